package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.form.FactsCheck;
import vn.chuyenhoa.engine.manifest.FactDefinition;
import vn.chuyenhoa.engine.render.VerdictJson;
import vn.chuyenhoa.engine.render.VerdictText;

/**
 * No input breaks reading and evaluating. For any bytes, for any soup of JSON and YAML tokens, and for valid
 * facts files of every plan damaged byte by byte or value by value, the outcome is a verdict (printed in
 * both languages, as text and JSON) or an input error (exit 2) whose every message is one line — never an
 * internal error (exit 4), never a stack trace; and {@code validate} agrees with {@code evaluate}.
 *
 * <p>Each property runs {@code jqwik.tries.default} inputs (src/test/resources/junit-platform.properties; the
 * {@code fuzz} profile raises it). They run in this JVM on one loaded set of plans, as the command line
 * would, so ten thousand inputs take seconds; the last property goes through the command line itself.
 */
class FactsFuzzTest {
    private static final Plans PLANS = Plans.load();
    private static final FactsReader READER = PLANS.reader();
    private static final FactsCheck CHECK = new FactsCheck(PLANS);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> NAMES = List.of("facts.json", "facts.yaml");
    /** Valid files of every plan, JSON and YAML: the samples and each plan's template filled in. */
    private static final List<Seed> SEEDS = validFiles();

    /** A valid facts file to damage. */
    record Seed(String name, byte[] content) {
        JsonNode tree() {
            try {
                return (name.endsWith(".yaml") ? YAML : JSON).readTree(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Seed> validFiles() {
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(Run.SAMPLES))) {
            for (Path sample :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                byte[] json = Files.readAllBytes(sample);
                seeds.add(new Seed(sample.getFileName().toString(), json));
                seeds.add(new Seed(
                        sample.getFileName().toString().replace(".json", ".yaml"),
                        YAML.writeValueAsBytes(JSON.readTree(json))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Plan plan : PLANS.all()) {
            seeds.add(new Seed(plan.id() + ".json", FilledTemplate.json(plan).getBytes(StandardCharsets.UTF_8)));
            seeds.add(new Seed(plan.id() + ".yaml", FilledTemplate.yaml(plan).getBytes(StandardCharsets.UTF_8)));
        }
        return List.copyOf(seeds);
    }

    /**
     * What the command line would do with the file, in this JVM: read it, choose the plan, evaluate, print
     * the verdict; and what {@code validate} says. Anything thrown but an input error fails the property.
     */
    private static String outcome(String name, byte[] content) {
        FactsCheck.Result checked = CHECK.check(name, content, null);
        checked.errors().forEach(FactsFuzzTest::readable);
        try {
            FactsFile facts = READER.read(name, content);
            Verdict verdict = PLANS.evaluate(facts, null);
            assertThat(checked.valid())
                    .as("validate passes the file that evaluate evaluates")
                    .isTrue();
            assertThat(verdict.criteria()).hasSize(verdict.plan().criteria().size());
            for (Language language : Language.values()) {
                assertThat(new VerdictText(language).render(verdict)).isNotBlank();
                assertThat(new VerdictJson(language).toJson(verdict)).isNotBlank();
            }
            return "verdict " + verdict.outcome();
        } catch (InvalidInputException e) {
            e.errors().forEach(FactsFuzzTest::readable);
            assertThat(checked.valid())
                    .as("validate refuses the file that evaluate refuses")
                    .isFalse();
            assertThat(checked.errors())
                    .as("validate reports every error that evaluate stops at")
                    .containsAll(e.errors());
            return "input error";
        }
    }

    /** One line a person can read: a place, words, no stack trace. */
    private static void readable(InputError error) {
        for (Language language : Language.values()) {
            String message = error.message(language);
            assertThat(message).doesNotContain("\n", "\r", "Exception", "\tat ");
            assertThat(error.where(OptionNames.INSTANCE)).matches("\\$.*|--plan");
            assertThat(error.text(language)).isNotBlank();
        }
    }

    private static void collect(String outcome) {
        Statistics.label("outcome").collect(outcome);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Property
    @Label("Any bytes, named .json or .yaml, give a verdict or an input error")
    void anyBytesGiveAVerdictOrAnInputError(@ForAll @Size(max = 300) byte[] content, @ForAll("names") String name) {
        collect(outcome(name, content));
    }

    /** Pieces of JSON and YAML, so that random documents get past the first character. */
    private static final List<String> TOKENS = List.of(
            "{",
            "}",
            "[",
            "]",
            ":",
            ": ",
            ",",
            "\"",
            "'",
            "\n",
            "\r\n",
            "  ",
            "-",
            "- ",
            "#",
            "---",
            "...",
            "&a ",
            "*a",
            "!!binary ",
            "!!int ",
            "? ",
            "|",
            ">",
            "~",
            "null",
            "true",
            "false",
            "no",
            "0",
            "1",
            "-1",
            "010",
            "0x1F",
            "1_000",
            "1.850",
            "1e999",
            "99999999999999999999",
            "\"plan\"",
            "\"area\"",
            "\"name\"",
            "\"year\"",
            "\"facts\"",
            "\"evidence\"",
            "\"types\"",
            "plan",
            "area",
            "name",
            "year",
            "facts",
            "evidence",
            "types",
            "2023",
            "2024",
            "\"LOAI_4\"",
            "\"45-KH-BCD-2023\"",
            "Phường",
            "\uFEFF",
            "\t",
            "\\u0000",
            "\\",
            "\u00e9",
            "households",
            "households_reached",
            "\"households\"",
            "%YAML 1.2\n",
            "{}",
            "[]");

    @Provide
    Arbitrary<String> tokenSoups() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(80).map(tokens -> String.join("", tokens));
    }

    @Property
    @Label("Any soup of JSON and YAML tokens gives a verdict or an input error")
    void anySoupOfJsonAndYamlTokensGivesAVerdictOrAnInputError(
            @ForAll("tokenSoups") String text, @ForAll("names") String name) {
        collect(outcome(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** One change to a file's bytes: flip, delete, insert, truncate or repeat, somewhere in it. */
    record ByteEdit(int kind, int at, int length, byte[] inserted) {
        byte[] apply(byte[] content) {
            int position = at % (content.length + 1);
            int end = Math.min(content.length, position + length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (kind) {
                case 0 -> {
                    byte[] copy = content.clone();
                    if (position < copy.length) {
                        copy[position] ^= inserted.length == 0 ? (byte) 0x80 : inserted[0];
                    }
                    return copy;
                }
                case 1 -> {
                    out.write(content, 0, position);
                    out.write(content, end, content.length - end);
                }
                case 2 -> {
                    out.write(content, 0, position);
                    out.write(inserted, 0, inserted.length);
                    out.write(content, position, content.length - position);
                }
                case 3 -> out.write(content, 0, position);
                default -> {
                    out.write(content, 0, end);
                    out.write(content, position, content.length - position);
                }
            }
            return out.toByteArray();
        }
    }

    @Provide
    Arbitrary<List<ByteEdit>> byteEdits() {
        Arbitrary<byte[]> inserted = Arbitraries.oneOf(
                Arbitraries.of(TOKENS).map(token -> token.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of(
                        new byte[] {(byte) 0xC3},
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        new byte[] {0},
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        new byte[] {(byte) 0xE0, (byte) 0x80}),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(8));
        return Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().greaterOrEqual(0),
                        Arbitraries.integers().between(1, 64),
                        inserted)
                .as(ByteEdit::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    @Property
    @Label("Valid files of every plan, damaged byte by byte, give a verdict or an input error")
    void validFilesDamagedByteByByteGiveAVerdictOrAnInputError(
            @ForAll("seeds") Seed seed, @ForAll("byteEdits") List<ByteEdit> edits) {
        byte[] content = seed.content();
        for (ByteEdit edit : edits) {
            content = edit.apply(content);
        }
        collect(outcome(seed.name(), content));
    }

    @Provide
    Arbitrary<Seed> seeds() {
        return Arbitraries.of(SEEDS);
    }

    /** Values that test every rule of the reader, and the engine's arithmetic at its limits. */
    private static final List<JsonNode> VALUES = List.of(
            NODES.numberNode(0),
            NODES.numberNode(1),
            NODES.numberNode(-1),
            NODES.numberNode(7),
            NODES.numberNode(1850),
            NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(Long.MAX_VALUE - 1),
            NODES.numberNode(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)),
            NODES.numberNode(BigInteger.TEN.pow(30)),
            NODES.numberNode(new BigDecimal("1.5")),
            NODES.numberNode(new BigDecimal("1.850")),
            NODES.numberNode(new BigDecimal("1e400")),
            NODES.numberNode(1989),
            NODES.numberNode(2017),
            NODES.numberNode(2023),
            NODES.numberNode(2024),
            NODES.numberNode(2100),
            NODES.textNode(""),
            NODES.textNode(" "),
            NODES.textNode("12"),
            NODES.textNode("có"),
            NODES.textNode("LOAI_4"),
            NODES.textNode("TTATXH"),
            NODES.textNode("Trà Vinh"),
            NODES.textNode("45-KH-BCD-2023@9.9.9"),
            NODES.textNode("@"),
            NODES.textNode("x".repeat(FactsReader.MAX_STRING_LENGTH + 1)),
            NODES.textNode("line\nbreak\u0001"),
            NODES.booleanNode(true),
            NODES.booleanNode(false),
            NODES.nullNode(),
            NODES.arrayNode(),
            NODES.objectNode(),
            NODES.arrayNode().add(NODES.arrayNode().add(1)),
            deep(FactsReader.MAX_NESTING_DEPTH + 2));

    private static JsonNode deep(int levels) {
        ArrayNode root = NODES.arrayNode();
        ArrayNode level = root;
        for (int i = 1; i < levels; i++) {
            level = level.addArray();
        }
        return root;
    }

    /** Keys a person might write: every fact and top-level name, the plans' ids, and typos. */
    private static final List<String> KEYS = Stream.of(
                    PLANS.catalog().all().stream().map(FactDefinition::name),
                    Stream.of(
                            "$schema",
                            "plan",
                            "area",
                            "year",
                            "facts",
                            "evidence",
                            "name",
                            "district",
                            "province",
                            "types",
                            "househods",
                            "Households",
                            "",
                            " ",
                            "a.b",
                            "x".repeat(FactsReader.MAX_NAME_LENGTH + 1)),
                    PLANS.all().stream().map(Plan::id))
            .flatMap(s -> s)
            .toList();

    /** One change to a file's tree: a value replaced, a key removed, added or misspelt. */
    record TreeEdit(int kind, int target, JsonNode value, String key) {
        void apply(JsonNode root) {
            List<JsonNode> containers = new ArrayList<>();
            collectContainers(root, containers);
            JsonNode parent = containers.get(target % containers.size());
            if (parent instanceof ArrayNode array) {
                if (kind == 2 || array.isEmpty()) {
                    array.add(value.deepCopy());
                } else {
                    int index = target / containers.size() % array.size();
                    if (kind == 1) {
                        array.remove(index);
                    } else {
                        array.set(index, value.deepCopy());
                    }
                }
                return;
            }
            ObjectNode object = (ObjectNode) parent;
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            if (kind == 2 || keys.isEmpty()) {
                object.set(key, value.deepCopy());
                return;
            }
            String chosen = keys.get(target / containers.size() % keys.size());
            switch (kind) {
                case 0 -> object.set(chosen, value.deepCopy());
                case 1 -> object.remove(chosen);
                default -> object.set(typo(chosen), object.remove(chosen));
            }
        }

        private static String typo(String key) {
            if (key.length() < 2) {
                return key + "_";
            }
            char[] chars = key.toCharArray();
            char first = chars[0];
            chars[0] = chars[1];
            chars[1] = first;
            return new String(chars);
        }

        private static void collectContainers(JsonNode node, List<JsonNode> containers) {
            if (node.isContainerNode()) {
                containers.add(node);
                for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                    collectContainers(it.next(), containers);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<TreeEdit>> treeEdits() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().greaterOrEqual(0),
                        Arbitraries.of(VALUES),
                        Arbitraries.of(KEYS))
                .as(TreeEdit::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
    }

    @Property
    @Label(
            "Valid files of every plan, with wrong values or keys, give a verdict or an input error, and often reach the rules")
    void validFilesWithWrongValuesOrKeysGiveAVerdictOrAnInputError(
            @ForAll("seeds") Seed seed, @ForAll("treeEdits") List<TreeEdit> edits, @ForAll("names") String name)
            throws IOException {
        JsonNode tree = seed.tree();
        edits.forEach(edit -> edit.apply(tree));
        byte[] content = (name.endsWith(".yaml") ? YAML : JSON).writeValueAsBytes(tree);
        String outcome = outcome(name, content);
        collect(outcome);
        // Near-valid documents must often reach the rules, or this property would test only the reader.
        Statistics.label("outcome")
                .coverage(check -> check.checkQuery(
                                values -> values.get(0).toString().startsWith("verdict"))
                        .percentage(p -> p > 3));
    }

    /**
     * Through the command line itself, on files: evaluate exits 0, 1, 2 or 3 and prints no stack trace, and
     * validate exits 0 exactly when evaluate gives a verdict. Each run loads the plans anew, so fewer tries.
     */
    @Property(tries = 500)
    @Label("The command line exits 0, 1, 2 or 3 on any damaged file, never 4, and validate agrees with evaluate")
    void theCommandLineExitsWithAVerdictOrTwoAndNeverFour(
            @ForAll("seeds") Seed seed, @ForAll("byteEdits") List<ByteEdit> edits) throws IOException {
        byte[] content = seed.content();
        for (ByteEdit edit : edits) {
            content = edit.apply(content);
        }
        Path file = Files.createTempFile("fuzz", seed.name());
        try {
            Files.write(file, content);
            Run evaluate = Run.of("evaluate", file.toString());
            Run validate = Run.of("validate", file.toString());
            assertThat(evaluate.exit()).as(evaluate.toString()).isIn(0, 1, 2, 3);
            assertThat(validate.exit()).as(validate.toString()).isIn(0, 2);
            assertThat(validate.exit() == 0).as("validate agrees with evaluate").isEqualTo(evaluate.exit() != 2);
            for (Run run : List.of(evaluate, validate)) {
                assertThat(run.err() + run.out()).doesNotContain("Lỗi nội bộ", "Exception", "\tat ");
            }
            collect(evaluate.exit() == 2 ? "input error" : "verdict, exit " + evaluate.exit());
        } finally {
            Files.delete(file);
        }
    }
}
