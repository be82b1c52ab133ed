package vn.chuyenhoa.engine.check;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.chuyenhoa.engine.rule.AreaFacts;
import vn.chuyenhoa.engine.rule.Checks;
import vn.chuyenhoa.engine.rule.Finding;

/**
 * What a DRL file says about criteria and facts, read from its text so that a problem can be shown at its
 * line: each rule, the criterion it names in {@code @criterion("…")}, the criteria it decides
 * ({@code criterion("id", …)} calls) and the facts it reads: the string literals passed to the
 * {@link Checks} or to {@link AreaFacts}' readers. A number written as a string ({@code "100"}, a
 * percentage) is a threshold, not a fact.
 */
public final class DrlOutline {
    /** Where a rule consults a reading: {@code reading($area, "id", choice("…", …), …)}. */
    private static final String READING = "reading";

    /**
     * The methods whose string arguments are fact names: every check, and the readers of AreaFacts. Not
     * {@code reading}, whose strings are the reading's and its choices' ids; the checks inside it are read one by one.
     */
    private static final Set<String> FACT_READERS = Stream.concat(
                    Arrays.stream(Checks.class.getMethods())
                            .filter(m -> Modifier.isStatic(m.getModifiers())
                                    && m.getReturnType() == Finding.class
                                    && !m.getName().equals(READING)),
                    Arrays.stream(AreaFacts.class.getDeclaredMethods())
                            .filter(m -> Modifier.isPublic(m.getModifiers())
                                    && Arrays.equals(m.getParameterTypes(), new Class<?>[] {String.class})))
            .map(Method::getName)
            .collect(Collectors.toUnmodifiableSet());

    private static final String DECIDE = "criterion";

    private final List<Rule> rules;

    private DrlOutline(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * One rule of the file.
     *
     * @param line      the line of its {@code rule} keyword
     * @param criterion the id in its {@code @criterion(...)}, or null when it has none
     * @param decides   the criteria its consequence decides, by {@code criterion("id", …)}, in order
     * @param facts     each fact it reads, in order, with the line where it first does
     * @param readings  each reading it consults, in order, with the line where it first does
     */
    public record Rule(
            String name,
            int line,
            String criterion,
            Set<String> decides,
            Map<String, Integer> facts,
            Map<String, Integer> readings) {
        public Rule {
            decides = Collections.unmodifiableSet(new LinkedHashSet<>(decides));
            facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
            readings = Collections.unmodifiableMap(new LinkedHashMap<>(readings));
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Reads the rules of a DRL text. */
    public static DrlOutline parse(String drl) {
        List<Token> tokens = tokens(drl);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(Kind.WORD, "rule") && i + 1 < tokens.size() && tokens.get(i + 1).kind != Kind.SYMBOL) {
                i = rule(tokens, i, rules);
            }
        }
        return new DrlOutline(rules);
    }

    /** Reads the rule starting at {@code start}; returns the index of its {@code end}. */
    private static int rule(List<Token> tokens, int start, List<Rule> rules) {
        String name = tokens.get(start + 1).text;
        String criterion = null;
        Set<String> decides = new LinkedHashSet<>();
        Map<String, Integer> facts = new LinkedHashMap<>();
        Map<String, Integer> readings = new LinkedHashMap<>();
        int i = start + 2;
        for (; i < tokens.size() && !tokens.get(i).is(Kind.WORD, "end"); i++) {
            Token token = tokens.get(i);
            boolean annotation = i > 0 && tokens.get(i - 1).is(Kind.SYMBOL, "@");
            if (token.is(Kind.WORD, DECIDE) && opensWithString(tokens, i)) {
                String id = tokens.get(i + 2).text;
                if (annotation) {
                    criterion = criterion == null ? id : criterion;
                } else {
                    decides.add(id);
                }
            } else if (token.is(Kind.WORD, READING) && tokens.get(i + 1).is(Kind.SYMBOL, "(")) {
                arguments(tokens, i + 1).stream()
                        .filter(argument -> argument.kind == Kind.STRING)
                        .findFirst()
                        .ifPresent(id -> readings.putIfAbsent(id.text, id.line));
            } else if (token.kind == Kind.WORD
                    && !annotation
                    && FACT_READERS.contains(token.text)
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).is(Kind.SYMBOL, "(")) {
                for (Token argument : arguments(tokens, i + 1)) {
                    if (argument.kind == Kind.STRING && !argument.text.matches("-?\\d+(\\.\\d+)?")) {
                        facts.putIfAbsent(argument.text, argument.line);
                    }
                }
            }
        }
        rules.add(new Rule(name, tokens.get(start).line, criterion, decides, facts, readings));
        return i;
    }

    private static boolean opensWithString(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).is(Kind.SYMBOL, "(") && tokens.get(i + 2).kind == Kind.STRING;
    }

    /** The tokens between the parenthesis at {@code open} and the one that closes it. */
    private static List<Token> arguments(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is(Kind.SYMBOL, "(")) {
                depth++;
            } else if (tokens.get(i).is(Kind.SYMBOL, ")") && --depth == 0) {
                return tokens.subList(open + 1, i);
            }
        }
        return tokens.subList(open + 1, tokens.size());
    }

    private enum Kind {
        WORD,
        STRING,
        SYMBOL
    }

    private record Token(Kind kind, String text, int line) {
        boolean is(Kind expected, String value) {
            return kind == expected && text.equals(value);
        }
    }

    /** Words, string literals (unescaped) and single symbols, without comments, each with its line. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? text.length() : close + 2;
                line += (int)
                        text.substring(i, stop).chars().filter(ch -> ch == '\n').count();
                i = stop;
            } else if (c == '"' || c == '\'') {
                StringBuilder value = new StringBuilder();
                int startLine = line;
                i++;
                while (i < text.length() && text.charAt(i) != c) {
                    char ch = text.charAt(i);
                    if (ch == '\\' && i + 1 < text.length()) {
                        ch = text.charAt(++i);
                    }
                    if (ch == '\n') {
                        line++;
                    }
                    value.append(ch);
                    i++;
                }
                i++;
                tokens.add(new Token(Kind.STRING, value.toString(), startLine));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i), line));
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), line));
                i++;
            }
        }
        return tokens;
    }
}
