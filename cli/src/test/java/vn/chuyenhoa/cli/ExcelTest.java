package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel both ways on the command line: the template a district fills in, reviewed back with {@code --xlsx} to the
 * verdicts the CSV gives; {@code --xlsx-out} read by LibreOffice (when present) to the same table as
 * {@code --csv-out}; the Excel library's classes never loaded by a command that touches no workbook.
 */
class ExcelTest {
    private static final String PLAN = ReviewCommandTest.PLAN;
    private static final Path SAMPLE_CSV = Path.of(ReviewCommandTest.SAMPLE_CSV);

    /** The sample review's CSV rows typed into the template of {@code template --format xlsx}. */
    static Path districtWorkbook(Path folder) throws IOException {
        Path template = folder.resolve("mau-so-ket-2019.xlsx");
        Run made = Run.of("template", "--plan", PLAN, "--year", "2019", "--format", "xlsx", "-o", template.toString());
        assertThat(made.exit()).as(made.err()).isZero();
        Path filled = folder.resolve("so-ket-2019.xlsx");
        DistrictWorkbook.fill(template, SAMPLE_CSV, filled);
        return filled;
    }

    @Test
    @DisplayName("The template filled in as a district would and reviewed with --xlsx gives the CSV's review: the same"
            + " areas, rows, verdicts and exit code")
    void workbookRoundTrip(@TempDir Path folder) throws IOException {
        Path workbook = districtWorkbook(folder);
        Run fromCsv = Run.of("review", "--no-html", "--format", "json", "--csv", SAMPLE_CSV.toString());
        Run fromWorkbook = Run.of("review", "--no-html", "--format", "json", "--xlsx", workbook.toString());
        assertThat(fromWorkbook.err()).isEqualTo(fromCsv.err().replace(SAMPLE_CSV.toString(), workbook.toString()));
        assertThat(fromWorkbook.exit()).isEqualTo(fromCsv.exit()).isEqualTo(1);
        assertThat(fromWorkbook.out())
                .isEqualTo(fromCsv.out()
                        .replace(
                                SAMPLE_CSV.toString().replace("/", "\\/"),
                                workbook.toString().replace("/", "\\/"))
                        .replace(SAMPLE_CSV.toString(), workbook.toString()));
        assertThat(fromWorkbook.out()).contains("\"pass\" : 8").contains("Xã Phước Thiền");
    }

    @Test
    @DisplayName("template --format xlsx needs -o and never overwrites; a report is never written over an input")
    void neverOverwrites(@TempDir Path folder) throws IOException {
        assertThat(Run.of("template", "--plan", PLAN, "--format", "xlsx").exit())
                .isEqualTo(2);
        Path workbook = districtWorkbook(folder);
        byte[] filled = Files.readAllBytes(workbook);
        Run again = Run.of("template", "--plan", PLAN, "-o", workbook.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("tệp đã có").contains("--overwrite");
        Run over = Run.of(
                "review", "--no-html", "--xlsx", workbook.toString(), "--xlsx-out", workbook.toString(), "--overwrite");
        assertThat(over.exit()).isEqualTo(2);
        assertThat(over.err()).contains("tệp này là đầu vào của chính lần chạy này");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(filled);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("no temporary file left behind")
                    .containsExactlyInAnyOrder("mau-so-ket-2019.xlsx", "so-ket-2019.xlsx");
        }
    }

    @Test
    @DisplayName(
            "--xlsx-out twice gives the same bytes, and LibreOffice reads its sheet of areas as the CSV of --csv-out")
    void workbookOutReadByLibreOffice(@TempDir Path folder) throws IOException, InterruptedException {
        Path csv = folder.resolve("ket-qua.csv");
        Path xlsx = folder.resolve("ket-qua.xlsx");
        Run run = Run.of(
                "review",
                "--no-html",
                "--csv-separator",
                ",",
                "--csv",
                SAMPLE_CSV.toString(),
                "--csv-out",
                csv.toString(),
                "--xlsx-out",
                xlsx.toString());
        assertThat(run.exit()).isEqualTo(1);
        byte[] first = Files.readAllBytes(xlsx);
        assertThat(Run.of(
                                "review",
                                "--no-html",
                                "--csv",
                                SAMPLE_CSV.toString(),
                                "--xlsx-out",
                                xlsx.toString(),
                                "--overwrite")
                        .exit())
                .isEqualTo(1);
        assertThat(Files.readAllBytes(xlsx)).as("same review, same bytes").isEqualTo(first);

        Optional<Path> office = onPath("soffice", "libreoffice");
        Assumptions.assumeTrue(
                office.isPresent(),
                "no LibreOffice (soffice) on PATH: the workbook was not read by an independent program; install"
                        + " Debian's libreoffice-calc-nogui to run this check");
        Path converted = folder.resolve("converted");
        Files.createDirectories(converted);
        // Every sheet to its own CSV (LibreOffice 7.2+: the last token -1), UTF-8 (76), comma-separated (44).
        Process process = new ProcessBuilder(List.of(
                        office.get().toString(),
                        "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                        "--outdir",
                        converted.toString(),
                        xlsx.toString()))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile())
                .start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as("LibreOffice finished")
                .isTrue();
        Path areas = converted.resolve("ket-qua-Địa bàn.csv");
        assertThat(areas).as(Files.readString(folder.resolve("soffice.log"))).exists();
        List<String> expected =
                lines(Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        assertThat(lines(Files.readString(areas, StandardCharsets.UTF_8))).isEqualTo(expected);
        assertThat(expected).hasSize(13); // the header and the sample's twelve areas
    }

    /** CSV lines, each cell unquoted: LibreOffice quotes text cells that our CSV leaves bare. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            lines.add(line.replace("\"", ""));
        }
        return lines;
    }

    @Test
    @DisplayName("evaluate, validate and a review without a workbook load no class of the Excel library; review --xlsx"
            + " does (-verbose:class)")
    void excelOffTheStartUp(@TempDir Path folder) throws IOException, InterruptedException {
        assertThat(excelClasses("evaluate", Run.SAMPLES + "tra-vinh-2023/phuong-5.json"))
                .isZero();
        assertThat(excelClasses("validate", Run.SAMPLES + "tra-vinh-2023/phuong-5.json"))
                .isZero();
        assertThat(excelClasses("review", "--no-html", ReviewCommandTest.SAMPLE))
                .isZero();
        Path workbook = districtWorkbook(folder);
        assertThat(excelClasses("review", "--no-html", "--xlsx", workbook.toString()))
                .isGreaterThan(10);
    }

    /** How many classes of fastexcel and the zip and XML libraries it brings a run of the command line loads. */
    private static long excelClasses(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class",
                "-cp",
                System.getProperty("java.class.path"),
                Chuyenhoa.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> loaded;
        try (Stream<String> lines = process.inputReader(StandardCharsets.UTF_8).lines()) {
            loaded = lines.filter(line -> line.contains("org.dhatim.")
                            || line.contains("org.apache.commons.compress.")
                            || line.contains("com.fasterxml.aalto."))
                    .toList();
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return loaded.size();
    }

    static Optional<Path> onPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
