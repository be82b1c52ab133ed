package vn.chuyenhoa.engine.rule;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.printer.PrintUtil;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Shown;
import vn.chuyenhoa.engine.message.Spelling;

/**
 * What a rule set's DRL may contain, and nothing more: a rule matches the area's facts ({@link AreaFacts}, with
 * constraints on its properties and readers) and its action inserts one criterion result built from the checks of
 * {@link Checks}: {@code insert(criterion(check(…), …))}. The vocabulary is read from those two classes, so that a
 * check added to {@link Checks} is allowed at once. Everything else that DRL offers — other imports, {@code global},
 * {@code function}, {@code query}, {@code declare}, {@code eval}, rule attributes, other patterns or conditional
 * elements, and any other Java in an action or a constraint (a constructor, a field, another method) — can run code
 * the rule set's reader never asked for, and is refused with its line, before Drools compiles anything.
 *
 * <p>The text is read by the parsers Drools compiles it with: the DRL by {@link DrlParser}, each constraint and each
 * action by the executable model's own ({@link DrlxParseUtil}), so that what is checked is what would run. A Unicode
 * escape ({@code \u005cu0022}) is refused anywhere: the Java compiler decodes it before it reads the code, so it
 * could hide code inside a string.
 */
public final class RuleLanguage {
    private static final String CHECKS = Checks.class.getName();
    private static final String AREA_FACTS = AreaFacts.class.getName();
    private static final Set<String> IMPORTS = Set.of(AREA_FACTS, CHECKS);

    /** The checks: every public static method of {@link Checks}. */
    private static final Set<String> VOCABULARY = Arrays.stream(Checks.class.getMethods())
            .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == Checks.class)
            .map(Method::getName)
            .collect(Collectors.toUnmodifiableSet());

    /** What a rule may read of an area: the public methods that {@link AreaFacts} itself declares. */
    private static final List<Method> AREA_READERS = Arrays.stream(AreaFacts.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
            .toList();

    private static final Set<String> AREA_METHODS =
            AREA_READERS.stream().map(Method::getName).collect(Collectors.toUnmodifiableSet());

    /** The properties a constraint names ({@code year} for {@code getYear()}). */
    private static final Set<String> AREA_PROPERTIES = AREA_READERS.stream()
            .filter(m -> m.getParameterCount() == 0 && m.getName().startsWith("get"))
            .map(m -> Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4))
            .collect(Collectors.toUnmodifiableSet());

    /** Why only these imports, after "… is not allowed:". */
    private static final Phrase IMPORTS_ONLY = Phrase.of(
            "bộ quy tắc chỉ import " + AREA_FACTS + " và các hàm kiểm tra (import static " + CHECKS + ".*)",
            "a rule set imports only " + AREA_FACTS + " and the checks (import static " + CHECKS + ".*)");

    /** Why only these calls, naming each: after "… is not in the rule language:". */
    private static final Phrase CALLS_ONLY = Phrase.of(
            "quy tắc chỉ gọi các hàm kiểm tra (" + sortedNames(VOCABULARY) + ") và các hàm của địa bàn ("
                    + sortedNames(AREA_METHODS) + ")",
            "a rule calls only the checks (" + sortedNames(VOCABULARY) + ") and the area's "
                    + sortedNames(AREA_METHODS));

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u");
    private static final int SHOWN = 80;

    private RuleLanguage() {}

    /** One thing in a DRL text that the rule language does not allow, at its line (1 for the first). */
    public record Violation(int line, Phrase what) {}

    /** Whether Drools' parser reads {@code drl} at all: when it does not, nothing more of it can be checked. */
    public static boolean readable(String drl) {
        DrlParser parser = new DrlParser();
        try {
            return parser.parse(false, drl) != null && !parser.hasErrors();
        } catch (DroolsParserException e) {
            return false;
        }
    }

    /** Everything in {@code drl} that the rule language does not allow, in the order of the text; empty when none. */
    public static List<Violation> violations(String drl) {
        List<Violation> found = new ArrayList<>();
        Matcher escape = UNICODE_ESCAPE.matcher(drl);
        while (escape.find()) {
            found.add(new Violation(
                    lineAt(drl, escape.start()),
                    Phrase.of(
                            "không được dùng chuỗi thoát Unicode (\\u…): trình biên dịch Java giải mã nó trước khi đọc"
                                    + " mã nguồn, nên nó có thể giấu mã lệnh trong một chuỗi ký tự; hãy viết thẳng ký"
                                    + " tự cần dùng",
                            "a Unicode escape (\\u…) is not allowed: the Java compiler decodes it before it reads the"
                                    + " code, so it can hide code in a string; write the character itself")));
        }
        DrlParser parser = new DrlParser();
        PackageDescr drlPackage;
        try {
            drlPackage = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            found.add(new Violation(1, unreadable(e.getMessage())));
            return sorted(found);
        }
        if (drlPackage == null || parser.hasErrors()) {
            for (DroolsError error : parser.getErrors()) {
                int[] lines = error.getLines();
                found.add(new Violation(
                        lines != null && lines.length > 0 && lines[0] > 0 ? lines[0] : 1,
                        unreadable(error.getMessage())));
            }
            if (found.isEmpty()) {
                found.add(new Violation(1, Phrase.of("không đọc được DRL", "the DRL cannot be read")));
            }
            return sorted(found);
        }
        new Reading(drl, found).check(drlPackage);
        return sorted(found);
    }

    /** The parser's own words are a diagnostic of the code, quoted as they are in either language. */
    private static Phrase unreadable(String parserMessage) {
        String said = Shown.line(String.valueOf(parserMessage));
        return Phrase.of(
                "không đọc được DRL; trình phân tích của Drools báo: " + said, "the DRL cannot be read: " + said);
    }

    private static List<Violation> sorted(List<Violation> found) {
        return found.stream().sorted(Comparator.comparingInt(Violation::line)).toList();
    }

    /** One DRL text being checked. */
    private record Reading(String drl, List<Violation> found) {
        void check(PackageDescr drlPackage) {
            for (ImportDescr importDescr : drlPackage.getImports()) {
                if (!IMPORTS.contains(importDescr.getTarget())) {
                    notAllowed(importDescr, "import " + importDescr.getTarget(), IMPORTS_ONLY);
                }
            }
            for (FunctionImportDescr importDescr : drlPackage.getFunctionImports()) {
                if (!isCheckImport(importDescr.getTarget())) {
                    notAllowed(importDescr, "import static " + importDescr.getTarget(), IMPORTS_ONLY);
                }
            }
            for (GlobalDescr global : drlPackage.getGlobals()) {
                notAllowed(
                        global,
                        "global " + global.getIdentifier(),
                        Phrase.of("quy tắc chỉ đọc địa bàn ($area)", "a rule reads only the area"));
            }
            for (FunctionDescr function : drlPackage.getFunctions()) {
                notAllowed(
                        function,
                        "function " + function.getName(),
                        Phrase.of("quy tắc chỉ gọi các hàm kiểm tra", "a rule calls only the checks"));
            }
            for (TypeDeclarationDescr type : drlPackage.getTypeDeclarations()) {
                notAllowed(
                        type,
                        "declare " + type.getTypeName(),
                        Phrase.of("bộ quy tắc không khai báo kiểu dữ liệu nào", "a rule set declares no types"));
            }
            Stream.<BaseDescr>concat(
                            Stream.concat(
                                    drlPackage.getEnumDeclarations().stream(),
                                    drlPackage.getEntryPointDeclarations().stream()),
                            drlPackage.getWindowDeclarations().stream())
                    .forEach(declaration -> notAllowed(
                            declaration,
                            "declare …",
                            Phrase.of("bộ quy tắc không khai báo gì", "a rule set declares nothing")));
            for (AccumulateImportDescr importDescr : drlPackage.getAccumulateImports()) {
                notAllowed(importDescr, "import accumulate " + importDescr.getTarget());
            }
            if (drlPackage.getUnit() != null) {
                notAllowed(drlPackage.getUnit(), "unit " + drlPackage.getUnit().getTarget());
            }
            for (AttributeDescr attribute : drlPackage.getAttributes()) {
                refuse(
                        attribute,
                        Phrase.of(
                                "thuộc tính " + attribute.getName() + " không được phép",
                                "the attribute " + attribute.getName() + " is not allowed"));
            }
            for (RuleDescr rule : drlPackage.getRules()) {
                rule(rule);
            }
        }

        private void rule(RuleDescr rule) {
            String name = "\"" + Shown.line(rule.getName()) + "\"";
            if (rule.isQuery()) {
                notAllowed(
                        rule,
                        "query " + name,
                        Phrase.of("bộ quy tắc chỉ gồm các quy tắc (rule)", "a rule set holds rules only"));
                return;
            }
            Named named = new Named("quy tắc " + name, "rule " + name);
            if (rule.getParentName() != null) {
                refuse(
                        rule,
                        named.says(
                                "extends không được phép: hãy viết trọn từng quy tắc",
                                "extends is not allowed: write each rule whole"));
            }
            for (Map.Entry<String, AttributeDescr> attribute :
                    rule.getAttributes().entrySet()) {
                refuse(
                        attribute.getValue().getLine() > 0 ? attribute.getValue() : rule,
                        named.says(
                                "thuộc tính " + attribute.getKey() + " không được phép: mỗi quy tắc chạy đúng một lần"
                                        + " cho mỗi địa bàn, theo thứ tự bất kỳ",
                                "the attribute " + attribute.getKey()
                                        + " is not allowed: every rule fires once per area, in any order"));
            }
            if (!rule.getNamedConsequences().isEmpty()) {
                refuse(
                        rule,
                        named.says(
                                "phần hành động có tên (then[…]) không được phép",
                                "named consequences (then[…]) are not allowed"));
            }
            Set<String> bindings = new HashSet<>();
            Set<String> areas = new HashSet<>();
            condition(rule.getLhs(), rule, named, bindings, areas);
            action(rule, named, bindings, areas);
        }

        /** The {@code when} part: patterns of {@link AreaFacts} only. */
        private void condition(BaseDescr descr, RuleDescr rule, Named named, Set<String> bindings, Set<String> areas) {
            if (descr instanceof AndDescr and) {
                and.getDescrs().forEach(d -> condition(d, rule, named, bindings, areas));
                return;
            }
            if (!(descr instanceof PatternDescr pattern)) {
                Phrase element = conditionalElement(descr);
                refuse(
                        descr.getLine() > 0 ? descr : rule,
                        named.says((l, s) -> element.in(l, s)
                                + l.pick(
                                        " không được phép trong điều kiện: quy tắc chỉ khớp với địa bàn,",
                                        " is not allowed in a condition: a rule matches only the area,")
                                + " $area : AreaFacts(…)"));
                return;
            }
            String type = pattern.getObjectType();
            if (!type.equals(AreaFacts.class.getSimpleName()) && !type.equals(AREA_FACTS)) {
                refuse(
                        pattern,
                        named.says(
                                "mẫu " + type
                                        + " không được phép trong điều kiện: quy tắc chỉ khớp với địa bàn, AreaFacts(…)",
                                "it matches " + type + ": a rule matches only the area, AreaFacts(…)"));
                return;
            }
            if (pattern.getSource() != null) {
                String from = "AreaFacts(…) from "
                        + shown(String.valueOf(pattern.getSource().getText()));
                refuse(
                        pattern,
                        named.says(
                                from + " không được phép: địa bàn do chương trình đưa vào",
                                from + " is not allowed: the area comes from the engine"));
            }
            if (pattern.isQuery() || !pattern.getBehaviors().isEmpty()) {
                refuse(
                        pattern,
                        named.says(
                                "cách viết mẫu AreaFacts này không được phép: hãy viết $area : AreaFacts(…)",
                                "this pattern of AreaFacts is not allowed: write $area : AreaFacts(…)"));
            }
            if (pattern.getIdentifier() != null) {
                bindings.add(pattern.getIdentifier());
                areas.add(pattern.getIdentifier());
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (!(constraint instanceof ExprConstraintDescr expression)) {
                    refuse(
                            constraint.getLine() > 0 ? constraint : pattern,
                            named.says("ràng buộc này không được phép", "this constraint is not allowed"));
                    continue;
                }
                int line = expression.getLine() > 0 ? expression.getLine() : pattern.getLine();
                DrlxExpression parsed;
                try {
                    parsed = DrlxParseUtil.parseExpression(expression.getExpression());
                } catch (RuntimeException e) {
                    String written = shown(expression.getExpression());
                    add(
                            line,
                            named.says(
                                    "ràng buộc " + written + " không thuộc ngôn ngữ quy tắc",
                                    "the constraint " + written + " is not in the rule language"));
                    continue;
                }
                Set<String> names = new HashSet<>(bindings);
                names.addAll(AREA_PROPERTIES);
                expression(parsed.getExpr(), new Scope(named, line - 1, names, areas, true));
                if (parsed.getBind() != null) {
                    bindings.add(parsed.getBind().asString());
                }
            }
        }

        /** The {@code then} part: {@code insert(criterion(…));} statements only. */
        private void action(RuleDescr rule, Named named, Set<String> bindings, Set<String> areas) {
            String text = String.valueOf(rule.getConsequence());
            int firstLine = consequenceLine(rule, text);
            BlockStmt block;
            try {
                block = DrlxParseUtil.parseBlock(text);
            } catch (RuntimeException e) {
                add(
                        firstLine,
                        named.says(
                                "phần hành động không thuộc ngôn ngữ quy tắc: hãy viết insert(criterion(…));",
                                "its action is not in the rule language: write insert(criterion(…));"));
                return;
            }
            // parseBlock puts the action in braces from line 2 on.
            Scope scope = new Scope(named, firstLine - 2, bindings, areas, false);
            for (Statement statement : block.getStatements()) {
                if (statement instanceof ExpressionStmt expressionStatement
                        && expressionStatement.getExpression() instanceof MethodCallExpr insert
                        && insert.getScope().isEmpty()
                        && insert.getNameAsString().equals("insert")
                        && insert.getArguments().size() == 1
                        && isCriterion(insert.getArgument(0))) {
                    expression(insert.getArgument(0), scope);
                } else {
                    String written = shown(statement);
                    add(
                            scope.line(statement),
                            named.says(
                                    written + " không được phép: phần hành động chỉ thêm kết quả của một tiêu chí,"
                                            + " dạng insert(criterion(check(…), …));",
                                    written + " is not allowed: an action only inserts a criterion result,"
                                            + " insert(criterion(check(…), …));"));
                }
            }
        }

        /** An expression of the language: literals, operators, names bound in the rule, the checks, the area's readers. */
        private void expression(Expression expression, Scope scope) {
            if (expression instanceof LiteralExpr) {
                return;
            }
            if (expression instanceof EnclosedExpr enclosed) {
                expression(enclosed.getInner(), scope);
            } else if (expression instanceof UnaryExpr unary
                    && (unary.getOperator() == UnaryExpr.Operator.MINUS
                            || unary.getOperator() == UnaryExpr.Operator.PLUS
                            || unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT)) {
                expression(unary.getExpression(), scope);
            } else if (expression instanceof BinaryExpr binary) {
                expression(binary.getLeft(), scope);
                expression(binary.getRight(), scope);
            } else if (expression instanceof ConditionalExpr conditional) {
                expression(conditional.getCondition(), scope);
                expression(conditional.getThenExpr(), scope);
                expression(conditional.getElseExpr(), scope);
            } else if (expression instanceof NameExpr name) {
                String identifier = name.getNameAsString();
                if (!scope.names().contains(identifier)) {
                    add(
                            scope.line(expression),
                            scope.rule()
                                    .says(
                                            identifier + " không thuộc ngôn ngữ quy tắc: quy tắc chỉ dùng những tên"
                                                    + " do chính nó gán ($area)",
                                            identifier
                                                    + " is not in the rule language: a rule names only what it binds"
                                                    + " ($area)"));
                }
            } else if (expression instanceof MethodCallExpr call) {
                call(call, scope);
            } else {
                String written = shown(expression);
                add(
                        scope.line(expression),
                        scope.rule()
                                .says((l, s) -> written
                                        + l.pick(" không thuộc ngôn ngữ quy tắc: ", " is not in the rule language: ")
                                        + CALLS_ONLY.in(l, s)));
            }
        }

        private void call(MethodCallExpr call, Scope scope) {
            String name = call.getNameAsString();
            boolean allowed;
            if (call.getTypeArguments().isPresent()) {
                allowed = false;
            } else if (call.getScope().isEmpty()) {
                allowed = VOCABULARY.contains(name) || scope.constraint() && AREA_METHODS.contains(name);
            } else {
                Expression target = call.getScope().get();
                allowed = isChecks(target) && VOCABULARY.contains(name)
                        || target instanceof NameExpr variable
                                && scope.areas().contains(variable.getNameAsString())
                                && AREA_METHODS.contains(name);
            }
            if (!allowed) {
                String written = shown(call);
                add(
                        scope.line(call),
                        scope.rule()
                                .says((l, s) -> l.pick(
                                                "lời gọi " + written + " không thuộc ngôn ngữ quy tắc: ",
                                                "it calls " + written + ", which is not in the rule language: ")
                                        + CALLS_ONLY.in(l, s)));
                return;
            }
            call.getArguments().forEach(argument -> expression(argument, scope));
        }

        /** The line of the first character of the action, from the DRL text (the parser gives the {@code then} line). */
        private int consequenceLine(RuleDescr rule, String text) {
            int thenLine = Math.max(rule.getConsequenceLine(), 1);
            int from = 0;
            for (int line = 1; line < thenLine && from >= 0; line++) {
                from = drl.indexOf('\n', from) + 1;
            }
            String start = text.strip();
            int at = start.isEmpty() ? -1 : drl.indexOf(start.substring(0, Math.min(start.length(), 40)), from);
            return at < 0 ? thenLine : lineAt(drl, at);
        }

        /** "{@code written} is not allowed", with {@code why} after it when there is one. */
        private void notAllowed(BaseDescr descr, String written) {
            refuse(descr, Phrase.of(written + " không được phép", written + " is not allowed"));
        }

        private void notAllowed(BaseDescr descr, String written, Phrase why) {
            refuse(descr, (l, s) -> written + l.pick(" không được phép: ", " is not allowed: ") + why.in(l, s));
        }

        private void refuse(BaseDescr descr, Phrase what) {
            add(Math.max(descr.getLine(), 1), what);
        }

        private void add(int line, Phrase what) {
            found.add(new Violation(line, what));
        }
    }

    /** A rule as a violation names it: {@code quy tắc "x"} or {@code rule "x"}. */
    private record Named(String vi, String en) {
        /** What is wrong in this rule, after its name. */
        Phrase says(String vi, String en) {
            return says(Phrase.of(vi, en));
        }

        Phrase says(Phrase what) {
            return (l, s) -> l.pick(vi, en) + ": " + what.in(l, s);
        }
    }

    /**
     * Where an expression is: in which rule, the DRL line before its first line, the names it may use, those bound
     * to the area, and whether it is a constraint (where the area's readers are called without {@code $area.}).
     */
    private record Scope(Named rule, int lineBefore, Set<String> names, Set<String> areas, boolean constraint) {
        int line(Node node) {
            // A constraint's parser numbers its one line 0, an action's from 2 (its opening brace is line 1).
            return lineBefore + Math.max(1, node.getBegin().map(p -> p.line).orElse(1));
        }
    }

    /** A conditional element as DRL writes it: {@code eval(…)}, {@code not}, {@code accumulate}… */
    private static Phrase conditionalElement(BaseDescr descr) {
        String kind = descr.getClass().getSimpleName().replaceFirst("Descr$", "");
        if (kind.equals("NamedConsequence") || kind.equals("ConditionalBranch")) {
            return Phrase.of("do[…] hoặc break[…]", "do[…] or break[…]");
        }
        String code = switch (kind) {
            case "Eval" -> "eval(" + shown(String.valueOf(((EvalDescr) descr).getContent())) + ")";
            case "Not", "Exists", "Forall", "Accumulate", "Collect", "Or" -> kind.toLowerCase(Locale.ROOT);
            default -> shown(String.valueOf(descr.getText()));
        };
        return Phrase.of(code, code);
    }

    private static String sortedNames(Set<String> names) {
        return String.join(", ", names.stream().sorted().toList());
    }

    private static boolean isCheckImport(String target) {
        return target.equals(CHECKS + ".*")
                || target.startsWith(CHECKS + ".") && VOCABULARY.contains(target.substring(CHECKS.length() + 1));
    }

    private static boolean isCriterion(Expression expression) {
        return expression instanceof MethodCallExpr call
                && call.getNameAsString().equals("criterion")
                && call.getScope().map(RuleLanguage::isChecks).orElse(true);
    }

    /** {@code Checks} or {@code vn.chuyenhoa.engine.rule.Checks}. */
    private static boolean isChecks(Expression scope) {
        String written = scope instanceof NameExpr || scope instanceof FieldAccessExpr ? scope.toString() : "";
        return written.equals(Checks.class.getSimpleName()) || written.equals(CHECKS);
    }

    /** A node as Drools prints it (JavaParser's own printer does not know the DRL's nodes). */
    private static String shown(Node node) {
        return shown(PrintUtil.printNode(node));
    }

    private static String shown(String code) {
        String line = Shown.line(code.strip().replaceAll("\\s+", " "));
        return line.length() > SHOWN ? line.substring(0, SHOWN - 1) + "…" : line;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * A step of the rules build (rules/pom.xml), before Drools compiles the DRL: every {@code .drl} file under
     * {@code CLASSES} must be in the rule language, so that a rule set the jar ships was checked when it was built
     * and loading it costs nothing. Prints each violation as {@code file:line: what} and fails the build. English: it is the build's log.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            for (Violation violation : violations(Files.readString(file, StandardCharsets.UTF_8))) {
                problems.add(classes.relativize(file).toString().replace('\\', '/') + ":" + violation.line() + ": "
                        + violation.what().in(Language.EN, Spelling.QUERY));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "rule sets outside the rule language (docs/adding-a-plan.md):\n" + String.join("\n", problems));
        }
    }
}
