package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.golden.GoldenCase;
import vn.chuyenhoa.engine.golden.GoldenCases;

/**
 * Every output the tool writes, recorded: each sample and each golden case evaluated in text and JSON, in both
 * languages; the year review in text, JSON, CSV and HTML; plans, explain, template and schema. Rework of the
 * inside (packages, renderers, messages) must give the same bytes; a change of an output is a deliberate one,
 * made visible by {@code ./mvnw -pl cli verify -Dchuyenhoa.snapshots.update=true}, which rewrites the records in
 * src/test/resources/snapshots for review. Samples and commands are recorded whole; the golden cases, hundreds of
 * verdicts, as one sha256 per case and format.
 */
class OutputSnapshotsTest {
    private static final Path RECORDS = Path.of("src/test/resources/snapshots");
    private static final boolean UPDATE = Boolean.getBoolean("chuyenhoa.snapshots.update");
    private static final List<String> SAMPLE_FOLDERS =
            List.of("tra-vinh-2023", "dong-nai-2017", "huong-tra-2023", "cam-pha-2023");
    private static final String REVIEW = Run.SAMPLES + "review-dong-nai-2019/";

    @Test
    @DisplayName(
            "Every sample evaluated in text and JSON, Vietnamese and English, gives the recorded bytes and exit code")
    void samples() throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String folder : SAMPLE_FOLDERS) {
            List<String> files = new ArrayList<>();
            try (Stream<Path> listed = Files.list(Path.of(Run.SAMPLES, folder))) {
                listed.map(Path::toString)
                        .filter(f -> f.endsWith(".json"))
                        .sorted()
                        .forEach(files::add);
            }
            for (String file : files) {
                for (String[] format : formats()) {
                    outputs.put(
                            "evaluate/" + folder + "/" + Path.of(file).getFileName() + "." + format[1] + "."
                                    + format[0],
                            run("evaluate", "--format", format[0], "--lang", format[1], file));
                }
            }
            List<String> all = new ArrayList<>(List.of("evaluate", "--format", "json"));
            all.addAll(files);
            outputs.put("evaluate/" + folder + "/all.vi.json", run(all.toArray(String[]::new)));
            for (String language : List.of("vi", "en")) {
                List<String> validate = new ArrayList<>(List.of("validate", "--lang", language));
                validate.addAll(files);
                outputs.put("validate/" + folder + "." + language + ".txt", run(validate.toArray(String[]::new)));
            }
        }
        compare(outputs);
    }

    @Test
    @DisplayName("The year review of the Đồng Nai 2019 sample, from its files and from its CSV, in text, JSON, CSV and"
            + " HTML, gives the recorded bytes")
    void review(@TempDir Path dir) throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String language : List.of("vi", "en")) {
            Path html = dir.resolve("report." + language + ".html");
            Path csv = dir.resolve("report." + language + ".csv");
            outputs.put(
                    "review/folder." + language + ".txt",
                    run(
                                    "review",
                                    "--lang",
                                    language,
                                    REVIEW,
                                    "--communes",
                                    "170",
                                    "--previously-transformed",
                                    "20",
                                    "--relapsed",
                                    "2",
                                    "--html",
                                    html.toString(),
                                    "--csv-out",
                                    csv.toString())
                            .replace(dir.toString(), "DIR"));
            outputs.put("review/folder." + language + ".html", Files.readString(html));
            outputs.put("review/folder." + language + ".csv", Files.readString(csv));
            outputs.put(
                    "review/folder." + language + ".json",
                    run("review", "--lang", language, "--format", "json", "--no-html", REVIEW));
            outputs.put(
                    "review/csv." + language + ".txt",
                    run("review", "--lang", language, "--no-html", "--csv", REVIEW + "so-ket-2019.csv"));
        }
        compare(outputs);
    }

    @Test
    @DisplayName("plans, explain, template and schema of every plan give the recorded bytes")
    void planCommands() {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String language : List.of("vi", "en")) {
            outputs.put("plans." + language + ".txt", run("plans", "--lang", language));
            for (Plan plan : Plans.load().all()) {
                String reference = plan.manifest().reference();
                outputs.put(
                        "explain/" + reference + "." + language + ".txt",
                        run("explain", "--lang", language, reference));
                outputs.put(
                        "template/" + reference + "." + language + ".yaml",
                        run("template", "--lang", language, "--format", "yaml", "--plan", reference));
            }
        }
        for (Plan plan : Plans.load().all()) {
            String reference = plan.manifest().reference();
            outputs.put("template/" + reference + ".json", run("template", "--format", "json", "--plan", reference));
            outputs.put("schema/" + reference + ".json", run("schema", "--plan", reference));
        }
        compare(outputs);
    }

    @Test
    @DisplayName("Every golden case of every plan, evaluated in text and JSON, Vietnamese and English, gives the"
            + " recorded bytes (one sha256 each)")
    void goldenCases() throws IOException {
        StringBuilder hashes = new StringBuilder();
        Path facts = Path.of("target/snapshot-golden-facts");
        for (Plan plan : Plans.load().all()) {
            GoldenCases golden = GoldenCases.of(plan, getClass().getClassLoader());
            int number = 0;
            for (GoldenCase golden1 : golden.cases()) {
                number++;
                Path file = facts.resolve(plan.id()).resolve(plan.version()).resolve(number + ".json");
                Files.createDirectories(file.getParent());
                Files.write(file, golden.document(golden1));
                for (String[] format : formats()) {
                    String output = run(
                            "evaluate",
                            "--plan",
                            plan.manifest().reference(),
                            "--format",
                            format[0],
                            "--lang",
                            format[1],
                            file.toString());
                    hashes.append(plan.manifest().reference())
                            .append(" #")
                            .append(number)
                            .append(' ')
                            .append(format[1])
                            .append('.')
                            .append(format[0])
                            .append(' ')
                            .append(sha256(output))
                            .append('\n');
                }
            }
        }
        compare(Map.of("golden-cases.sha256", hashes.toString()));
    }

    private static String[][] formats() {
        return new String[][] {{"text", "vi"}, {"text", "en"}, {"json", "vi"}, {"json", "en"}};
    }

    /** A command's exit code, standard output and standard error, as one record. */
    private static String run(String... args) {
        Run run = Run.of(args);
        return "exit " + run.exit() + "\n--- out\n" + run.out() + "--- err\n" + run.err();
    }

    private static void compare(Map<String, String> outputs) {
        List<String> differ = new ArrayList<>();
        outputs.forEach((name, output) -> {
            Path record = RECORDS.resolve(name);
            try {
                if (UPDATE) {
                    Files.createDirectories(record.getParent());
                    Files.writeString(record, output, StandardCharsets.UTF_8);
                } else if (!Files.exists(record)
                        || !Files.readString(record, StandardCharsets.UTF_8).equals(output)) {
                    differ.add(name);
                    Path actual = Path.of("target/snapshots-actual").resolve(name);
                    Files.createDirectories(actual.getParent());
                    Files.writeString(actual, output, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(differ)
                .as(
                        "outputs that differ from " + RECORDS + " (the actual bytes are under"
                                + " target/snapshots-actual; rerun with -Dchuyenhoa.snapshots.update=true if the change is meant)")
                .isEmpty();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
