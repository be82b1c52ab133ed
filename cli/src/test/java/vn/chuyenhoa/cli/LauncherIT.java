package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./chuyenhoa} launcher, in a copy of the repository's layout that holds the packaged jar as a build left
 * it (its sources older than the jar, so nothing is rebuilt): the pause while it makes its start-up archive is said.
 */
class LauncherIT {
    private record Result(int exit, String out, String err) {}

    private static Result run(Path launcher, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(
                        Stream.concat(List.of(launcher.toString()).stream(), List.of(args).stream())
                                .toList())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        int exit = builder.start().waitFor();
        Result result = new Result(
                exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    @Test
    @DisplayName("After a build, the first run says in one line that it prepares a faster start-up; the next says"
            + " nothing")
    void saysWhenItMakesTheStartUpArchive(@TempDir Path copy) throws Exception {
        Path launcher = copy.resolve("chuyenhoa");
        Files.copy(Path.of("../chuyenhoa"), launcher);
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        FileTime before = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(Files.writeString(copy.resolve("pom.xml"), "<project/>"), before);
        Files.setLastModifiedTime(Files.writeString(copy.resolve("CHANGELOG.md"), ""), before);
        for (String module : List.of("engine", "rules", "server", "cli")) {
            Files.setLastModifiedTime(Files.createDirectories(copy.resolve(module)), before);
        }
        Path target = Files.createDirectories(copy.resolve("cli/target"));
        Files.copy(Path.of(System.getProperty("chuyenhoa.jar")), target.resolve("chuyenhoa.jar"));
        Path samples = Files.createDirectories(copy.resolve("samples/tra-vinh-2023"));
        Files.copy(Path.of("../samples/tra-vinh-2023/phuong-5.json"), samples.resolve("phuong-5.json"));

        Result first = run(
                launcher,
                "evaluate",
                "--plan",
                "45-KH-BCD-2023",
                samples.resolve("phuong-5.json").toString());
        assertThat(first.err())
                .isEqualTo("chuyenhoa: preparing a faster start-up (once after a build, a few seconds)…\n");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("KẾT QUẢ: ĐẠT");
        assertThat(target.resolve("chuyenhoa.archive")).exists();

        Result next = run(
                launcher,
                "evaluate",
                "--plan",
                "45-KH-BCD-2023",
                samples.resolve("phuong-5.json").toString());
        assertThat(next.err()).isEmpty();
        assertThat(next.out()).isEqualTo(first.out());
    }
}
