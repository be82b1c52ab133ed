package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a file follows one policy (docs/files.md): an existing file is replaced only with
 * {@code --overwrite}, an input of the same run never, nothing through a symbolic link.
 */
class SafeWritesTest {
    private static final String FACTS = Run.SAMPLES + "review-dong-nai-2019/bien-hoa-ho-nai.json";
    private static final String EXISTS =
            ": tệp đã có; tệp có sẵn chỉ được ghi đè khi yêu cầu: chọn tên khác, xóa tệp" + " cũ hoặc thêm --overwrite";
    private static final String INPUT =
            ": tệp này là đầu vào của chính lần chạy này: không bao giờ ghi kết quả đè" + " lên đầu vào; chọn tên khác";

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("review --csv a.csv --csv-out a.csv and review area.json --html area.json are refused before any"
            + " work, even with --overwrite: the input stays as it was")
    void neverOverAnInput(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("a.csv");
        Files.copy(Path.of(ReviewCommandTest.SAMPLE_CSV), csv);
        Path facts = dir.resolve("area.json");
        Files.copy(Path.of(FACTS), facts);
        byte[] csvBefore = Files.readAllBytes(csv);
        byte[] factsBefore = Files.readAllBytes(facts);
        for (Run run : List.of(
                Run.of("review", "--csv", csv.toString(), "--csv-out", csv.toString(), "--no-html"),
                Run.of("review", "--csv", csv.toString(), "--csv-out", csv.toString(), "--no-html", "--overwrite"))) {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo(csv + INPUT + "\n");
        }
        Run html = Run.of("review", facts.toString(), "--html", facts.toString(), "--overwrite");
        assertThat(html.exit()).isEqualTo(2);
        assertThat(html.err()).isEqualTo(facts + INPUT + "\n");
        assertThat(Files.readAllBytes(csv)).isEqualTo(csvBefore);
        assertThat(Files.readAllBytes(facts)).isEqualTo(factsBefore);
    }

    @Test
    @DisplayName("A file read from a reviewed folder is an input too: the review prints its summary, refuses the"
            + " report over it and exits 2")
    void inputFoundInAFolder(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("so-lieu");
        Files.createDirectories(folder);
        Path facts = folder.resolve("ho-nai.json");
        Files.copy(Path.of(FACTS), facts);
        byte[] before = Files.readAllBytes(facts);
        Run run = Run.of("review", folder.toString(), "--html", facts.toString(), "--overwrite");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).startsWith("Sơ kết chuyển hóa địa bàn");
        assertThat(run.err()).isEqualTo(facts + INPUT + "\n");
        assertThat(Files.readAllBytes(facts)).isEqualTo(before);
    }

    @Test
    @DisplayName("One overwrite policy for template, schema, review (CSV and HTML) and test --format junit: an"
            + " existing file is refused, the same words each time, and replaced with --overwrite")
    void onePolicy(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("mau.yaml");
        Path schema = dir.resolve("45-KH-BCD-2023.schema.json");
        Path csv = dir.resolve("ket-qua.csv");
        Path html = dir.resolve("so-ket-2019.html");
        Path junit = dir.resolve("golden.xml");
        List<Path> outputs = List.of(yaml, schema, csv, html, junit);
        for (Path output : outputs) {
            Files.writeString(output, "a file already there");
        }
        List<List<String>> commands = List.of(
                List.of("template", "--plan", "45-KH-BCD-2023@1.0.0", "-o", yaml.toString()),
                List.of("schema", "--plan", "45-KH-BCD-2023@1.0.0", "-o", schema.toString()),
                List.of("review", FACTS, "--csv-out", csv.toString(), "--no-html"),
                List.of("review", FACTS, "--html", html.toString()),
                List.of("test", "45-KH-BCD-2023@1.0.0", "--format", "junit", junit.toString()));
        for (int i = 0; i < commands.size(); i++) {
            Run refused = Run.of(commands.get(i).toArray(String[]::new));
            assertThat(refused.exit()).as(commands.get(i).toString()).isEqualTo(2);
            assertThat(refused.err()).isEqualTo(outputs.get(i) + EXISTS + "\n");
            assertThat(Files.readString(outputs.get(i))).isEqualTo("a file already there");
        }
        for (List<String> command : commands) {
            Run replaced = Run.of(
                    Stream.concat(command.stream(), Stream.of("--overwrite")).toArray(String[]::new));
            assertThat(replaced.exit()).as(command.toString()).isIn(0, 1);
        }
        assertThat(Files.readString(yaml, StandardCharsets.UTF_8)).startsWith("# yaml-language-server");
        assertThat(Files.readString(schema)).startsWith("{");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFTệp;");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(junit)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(names(dir))
                .as("no temporary file is left")
                .containsExactly(
                        "45-KH-BCD-2023.schema.json", "golden.xml", "ket-qua.csv", "mau.yaml", "so-ket-2019.html");
    }

    @Test
    @DisplayName("Every output into folders that do not exist yet makes them (template, schema, review's CSV, HTML"
            + " and Excel, test --format junit); a file in the way of a folder is named, without a JSON path")
    void makesMissingFolders(@TempDir Path dir) throws IOException {
        List<List<String>> commands = List.of(
                List.of(
                        "template",
                        "--plan",
                        "45-KH-BCD-2023",
                        "-o",
                        dir.resolve("a/b/mau.yaml").toString()),
                List.of(
                        "schema",
                        "--plan",
                        "45-KH-BCD-2023",
                        "-o",
                        dir.resolve("c/45.schema.json").toString()),
                List.of(
                        "review",
                        FACTS,
                        "--csv-out",
                        dir.resolve("d/e/ket-qua.csv").toString(),
                        "--xlsx-out",
                        dir.resolve("f/ket-qua.xlsx").toString(),
                        "--html",
                        dir.resolve("g/so-ket.html").toString()),
                List.of(
                        "test",
                        "45-KH-BCD-2023",
                        "--format",
                        "junit",
                        dir.resolve("h/golden.xml").toString()));
        for (List<String> command : commands) {
            Run run = Run.of(command.toArray(String[]::new));
            assertThat(run.exit()).as(run.err()).isIn(0, 1);
        }
        for (String written : List.of(
                "a/b/mau.yaml",
                "c/45.schema.json",
                "d/e/ket-qua.csv",
                "f/ket-qua.xlsx",
                "g/so-ket.html",
                "h/golden.xml")) {
            assertThat(dir.resolve(written)).isNotEmptyFile();
        }
        Path file = dir.resolve("a/b/mau.yaml");
        Path inside = file.resolve("mau.yaml");
        Run blocked = Run.of("template", "--plan", "45-KH-BCD-2023", "-o", inside.toString());
        assertThat(blocked.exit()).isEqualTo(2);
        assertThat(blocked.err())
                .isEqualTo(inside + ": không tạo được thư mục " + file + ": đã có một tệp cùng tên; chọn tên khác\n");
    }

    @Test
    @DisplayName(
            "Nothing is written through a symbolic link, even with --overwrite: the file it points to is untouched")
    void neverThroughALink(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("elsewhere.txt");
        Files.writeString(secret, "someone else's file");
        Path link = Files.createSymbolicLink(dir.resolve("ket-qua.csv"), secret);
        Run run = Run.of("review", FACTS, "--csv-out", link.toString(), "--no-html", "--overwrite");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(link + ": đây là một liên kết tượng trưng (symbolic link): không bao giờ ghi qua liên kết"
                        + " tới nơi khác; hãy ghi vào chính tệp đích\n");
        assertThat(Files.readString(secret)).isEqualTo("someone else's file");
    }
}
