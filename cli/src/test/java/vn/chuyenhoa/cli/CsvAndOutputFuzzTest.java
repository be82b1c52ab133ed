package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.output.OutputFiles;
import vn.chuyenhoa.engine.render.ReviewCsv;
import vn.chuyenhoa.engine.render.ReviewHtml;
import vn.chuyenhoa.engine.render.ReviewJson;
import vn.chuyenhoa.engine.render.ReviewText;
import vn.chuyenhoa.engine.review.AreaInput;
import vn.chuyenhoa.engine.review.Progress;
import vn.chuyenhoa.engine.review.Review;
import vn.chuyenhoa.engine.review.ReviewOptions;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.review.csv.CsvAreas;

/**
 * No CSV breaks a review, and no write loses a file. For any bytes, and for the sample CSV with any cells put in
 * (separators, quotes, line breaks, formulas, control characters, texts longer than Excel holds), the review reads
 * every row as an area or an invalid input with one-line errors, and writes its four reports; the CSV it writes has
 * no formula and no cell over 32 767 characters. For any text and any point at which a write fails, the file written
 * is whole, old or new, and no temporary file is left.
 */
class CsvAndOutputFuzzTest {
    private static final Plans PLANS = Plans.load();
    private static final FactsReader READER = PLANS.reader();
    private static final String SAMPLE = read(Path.of(ReviewCommandTest.SAMPLE_CSV));

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reviews the rows, renders every report, and checks what a person or a spreadsheet would see. */
    private static void review(byte[] csv) {
        List<AreaInput> inputs = CsvAreas.read(READER, "so-ket.csv", csv);
        assertThat(inputs).isNotEmpty();
        ReviewResult review;
        try {
            review = new Review(PLANS).run(inputs, ReviewOptions.DEFAULT, Progress.NONE);
        } catch (InvalidInputException e) {
            throw new AssertionError("a review of rows never stops: " + e.errors(), e);
        }
        review.areas().forEach(area -> area.errors().forEach(CsvAndOutputFuzzTest::oneLine));
        for (Language language : Language.values()) {
            assertThat(new ReviewText(language, Spelling.QUERY).render(review)).doesNotContain("\r", "\u001b");
            new ReviewJson(language, Spelling.QUERY).write(review, new StringWriter());
            new ReviewHtml(language, Spelling.QUERY).write(review, new StringWriter());
            StringWriter table = new StringWriter();
            new ReviewCsv(language, Spelling.QUERY, ';').write(review, table);
            for (String cell : cells(table.toString())) {
                assertThat(cell.length()).isLessThanOrEqualTo(32_767);
                String start = cell.stripLeading();
                assertThat(cell.startsWith("\t")
                                || cell.startsWith("\r")
                                || !start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0)
                        .as("a formula in the report: %s", cell)
                        .isFalse();
            }
        }
    }

    private static void oneLine(InputError error) {
        for (Language language : Language.values()) {
            assertThat(error.message(language)).doesNotContain("\n", "\r", "Exception", "\tat ");
        }
    }

    /** The cells of a CSV written with ';' and RFC 4180 quotes, unquoted. */
    private static List<String> cells(String csv) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = csv.startsWith("\uFEFF") ? 1 : 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        return cells;
    }

    @Property
    @Label("Any bytes read as a CSV give areas or invalid inputs, never a crash, and every report is written")
    void anyBytes(@ForAll @Size(max = 400) byte[] content) {
        review(content);
    }

    @Provide
    Arbitrary<String> cellValues() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "=HYPERLINK(\"http://x\")",
                        " =1+1",
                        "\t-2",
                        "\r@SUM(A1)",
                        "+84 90",
                        "\"",
                        ";",
                        "\n",
                        "\r\n",
                        "",
                        "  ",
                        "Xã Phước\u001b[2J",
                        "1.850",
                        "2,140",
                        "TRUE",
                        "không",
                        "7488-KH-UBND-2017",
                        "LOAI_4",
                        "2019",
                        "-1",
                        "1e9"),
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.strings().withChars("=;\"\n x").ofMinLength(32_700).ofMaxLength(33_000));
    }

    @Property(tries = 300)
    @Label("The sample CSV with any cells put in is reviewed, and its reports hold no formula and no cell over 32 767"
            + " characters")
    void sampleWithAnyCells(
            @ForAll @IntRange(min = 1, max = 12) int row,
            @ForAll @IntRange(min = 0, max = 24) int column,
            @ForAll("cellValues") String value) {
        List<String> lines = new ArrayList<>(SAMPLE.lines().toList());
        List<String> cells = new ArrayList<>(List.of(lines.get(row).split(";", -1)));
        String quoted = "\"" + value.replace("\"", "\"\"") + "\"";
        cells.set(column % cells.size(), quoted);
        lines.set(row, String.join(";", cells));
        review((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    @Label("A write that fails at any point leaves the file whole, old or new, and no temporary file; one that succeeds"
            + " writes exactly the text")
    void writesAreWholeOrNothing(
            @ForAll @Size(max = 20) List<@Size(max = 5000) String> pieces,
            @ForAll @IntRange(min = -1, max = 20) int failAt)
            throws IOException {
        Path folder = Files.createTempDirectory("writes");
        try {
            Path target = folder.resolve("ket-qua.csv");
            Files.writeString(target, "the previous report", StandardCharsets.UTF_8);
            // As UTF-8 carries it: a lone surrogate becomes '?'.
            String whole = new String(String.join("", pieces).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            boolean fails = failAt >= 0 && failAt < pieces.size();
            try {
                new OutputFiles(true, List.of()).write(target, out -> {
                    for (int i = 0; i < pieces.size(); i++) {
                        if (i == failAt) {
                            throw new IOException("No space left on device");
                        }
                        out.write(pieces.get(i));
                    }
                });
                assertThat(fails).isFalse();
                assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(whole);
            } catch (InvalidInputException e) {
                assertThat(fails).isTrue();
                assertThat(e.errors().get(0).message(Language.EN))
                        .isEqualTo(target + ": cannot write the file (No space left on device)");
                assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("the previous report");
            }
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ket-qua.csv");
            }
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    @Property(tries = 300)
    @Label("Lines appended to a log read back as the same lines, whole")
    void appendedLinesReadBack(@ForAll @Size(max = 30) List<@Size(max = 300) String> lines) throws IOException {
        Path log = Files.createTempFile("decisions", ".log");
        try {
            Files.delete(log);
            List<String> written = new ArrayList<>();
            for (String line : lines) {
                String oneLine = new String(
                        line.replace('\n', ' ').replace('\r', ' ').getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8);
                OutputFiles.appendLine(log, oneLine);
                written.add(oneLine);
            }
            if (!written.isEmpty()) {
                assertThat(Files.readString(log, StandardCharsets.UTF_8)).isEqualTo(String.join("\n", written) + "\n");
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
