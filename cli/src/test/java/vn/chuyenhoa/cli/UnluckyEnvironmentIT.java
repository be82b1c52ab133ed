package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar where things go wrong around it: a full disk, standard output closed or full. Each run is a
 * process of its own, as a user's is, started through {@code sh} where the shell sets the scene.
 */
class UnluckyEnvironmentIT {
    private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();
    private static final String AREA =
            SAMPLES.resolve("tra-vinh-2023/phuong-5.json").toString();

    private record Result(int exit, String out, String err) {}

    /**
     * {@code sh -c SCRIPT} in {@code folder}, where {@code $CHUYENHOA} runs the jar ({@code $JAVA -jar $JAR}); stdout to
     * {@code stdout}.
     */
    private static Result shell(Path folder, String script, File stdout, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path err = Files.createTempFile("err", ".txt");
        Path out = Files.createTempFile("out", ".txt");
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script)
                .directory(folder.toFile())
                .redirectOutput(stdout == null ? out.toFile() : stdout)
                .redirectError(err.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        builder.environment().put("JAVA", java);
        builder.environment().put("JAR", System.getProperty("chuyenhoa.jar"));
        builder.environment().put("CHUYENHOA", java + " -XX:-UsePerfData -jar " + System.getProperty("chuyenhoa.jar"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(finished).as("finishes within a minute: " + script).isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    @DisplayName("evaluate > /dev/full exits 2 with one line saying the output was lost, not 0")
    void standardOutputFull(@TempDir Path folder) throws Exception {
        Result result = shell(folder, "exec $CHUYENHOA evaluate " + AREA, new File("/dev/full"), Map.of());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo("stdout: không ghi được kết quả ra đầu ra chuẩn (No space left on device): kết quả không đầy"
                        + " đủ\n");
    }

    @Test
    @DisplayName("With standard output closed, evaluate --lang en exits 2 with one line in English")
    void standardOutputClosed(@TempDir Path folder) throws Exception {
        Result result = shell(folder, "exec $CHUYENHOA evaluate --lang en " + AREA + " >&-", null, Map.of());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo("stdout: cannot write to standard output (Bad file descriptor): the output is incomplete\n");
    }

    @Test
    @DisplayName("A disk that fills while the CSV report is written (a 2 KB file size limit) is a one-line error,"
            + " exit 2; the previous report stays whole and no half or temporary file is left")
    void diskFullOnAReport(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("ket-qua.csv"), "the previous report\n");
        Result result = shell(
                folder,
                "ulimit -f 4; exec $CHUYENHOA review " + SAMPLES.resolve("review-dong-nai-2019")
                        + " --csv-out ket-qua.csv --no-html --overwrite > /dev/null",
                null,
                Map.of());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("ket-qua.csv: không ghi được tệp (File too large)\n");
        assertThat(Files.readString(folder.resolve("ket-qua.csv"))).isEqualTo("the previous report\n");
        assertThat(names(folder)).containsExactly("ket-qua.csv");
    }

    @Test
    @DisplayName("An unreadable sub-folder of a reviewed folder is one invalid input with the system's reason"
            + " (Permission denied, no class name); every other area is still reviewed")
    void unreadableSubFolder(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("so-lieu"));
        Files.createDirectories(folder.resolve("huyen-a"));
        Files.createDirectories(folder.resolve("huyen-b"));
        Files.copy(
                SAMPLES.resolve("review-dong-nai-2019/bien-hoa-ho-nai.json"),
                folder.resolve("huyen-a/bien-hoa-ho-nai.json"));
        Files.copy(
                SAMPLES.resolve("review-dong-nai-2019/bien-hoa-tam-hiep.json"),
                folder.resolve("huyen-b/bien-hoa-tam-hiep.json"));
        Path locked = Files.createDirectories(folder.resolve("khoa"));
        Files.copy(SAMPLES.resolve("review-dong-nai-2019/bien-hoa-hoa-an.json"), locked.resolve("hoa-an.json"));
        for (Path path : List.of(dir, folder, folder.resolve("huyen-a"), folder.resolve("huyen-b"))) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // Root reads every folder: the review then runs as the unprivileged user "nobody", from a copy of the jar it
        // can read wherever the build is.
        Path jar = Files.copy(Path.of(System.getProperty("chuyenhoa.jar")), dir.resolve("chuyenhoa.jar"));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        String asUser = "root".equals(System.getProperty("user.name"))
                ? "setpriv --reuid=65534 --regid=65534 --clear-groups "
                : "";
        Result result = shell(
                dir,
                "exec " + asUser + "$JAVA -XX:-UsePerfData -jar chuyenhoa.jar review so-lieu --no-html --plan "
                        + ReviewCommandTest.PLAN,
                null,
                Map.of());
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("so-lieu/khoa: $: không đọc được thư mục (Permission denied)\n");
        assertThat(result.out())
                .contains("Toàn tỉnh Đồng Nai           3    1         1                0             1")
                .contains("3. [KHÔNG HỢP LỆ] so-lieu/khoa\n    $: không đọc được thư mục (Permission denied)\n");
    }

    @Test
    @DisplayName(
            "A FIFO named WorkDefinitions.conf in the working directory and a link to /dev/zero of that name in the"
                    + " home folder are never read: evaluate and check --rules (which compiles DRL) finish as usual")
    void nothingReadFromHereOrHome(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Process mkfifo =
                new ProcessBuilder("mkfifo", dir.resolve("WorkDefinitions.conf").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Path zero = Files.createSymbolicLink(home.resolve("WorkDefinitions.conf"), Path.of("/dev/zero"));
        String java = "exec $JAVA -XX:-UsePerfData -Duser.home=" + home + " -jar $JAR ";
        Result evaluate = shell(dir, java + "evaluate --plan 45-KH-BCD-2023@1.0.0 " + AREA, null, Map.of());
        assertThat(evaluate.exit()).isZero();
        assertThat(evaluate.out()).contains("KẾT QUẢ: ĐẠT");
        assertThat(evaluate.err()).isEmpty();
        Path draft =
                Path.of("src/test/resources/authoring/45-KH-BCD-2023/99.0.0").toAbsolutePath();
        Result check = shell(dir, java + "check --rules " + draft + " 45-KH-BCD-2023@99.0.0", null, Map.of());
        assertThat(check.out()).contains("45-KH-BCD-2023@99.0.0 — ").contains("Độ phủ:");
        Files.delete(zero); // JUnit's clean-up warns of a link out of its folder
    }

    @Test
    @DisplayName("Under LC_ALL=C a file named phường-5.json is still read through ./chuyenhoa; the bare jar says in"
            + " one line what to do, with no Java class name")
    void fileNameOutsideTheLocale(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(AREA), dir.resolve("phường-5.json"));
        Path launcher = Path.of("../chuyenhoa").toAbsolutePath().normalize();
        Result launched = shell(dir, "exec " + launcher + " evaluate phường-5.json", null, Map.of("LC_ALL", "C"));
        assertThat(launched.exit()).isZero();
        assertThat(launched.out()).startsWith("Phường 5 (Thành phố Trà Vinh, Trà Vinh) — năm 2023 — phường-5.json\n");
        Result bare = shell(dir, "exec $CHUYENHOA evaluate phường-5.json", null, Map.of("LC_ALL", "C"));
        assertThat(bare.exit()).isEqualTo(2);
        assertThat(bare.err())
                .contains("không viết được bằng bảng mã của ngôn ngữ hệ thống (ANSI_X3.4-1968): chạy bằng ./chuyenhoa,"
                        + " hoặc đặt LC_ALL=C.UTF-8")
                .doesNotContain("Exception");
    }
}
