package vn.chuyenhoa.engine.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;

class OutputFilesTest {
    private static final OutputFiles REPLACING = new OutputFiles(true, List.of());

    private static String error(Runnable write) {
        try {
            write.run();
        } catch (InvalidInputException e) {
            assertThat(e.errors()).hasSize(1);
            return e.errors().get(0).code().id() + " " + e.errors().get(0).message(Language.EN);
        }
        throw new AssertionError("the write was not refused");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("A write that fails halfway (a full disk) leaves the previous file whole, no half file and no"
            + " temporary file, and says why in one line")
    void failedWriteKeepsThePreviousFile(@TempDir Path folder) throws IOException {
        Path report = folder.resolve("ket-qua.csv");
        Files.writeString(report, "the previous report, 5.7 MB of it");
        String refused = error(() -> REPLACING.write(report, out -> {
            out.write("half of the new report".repeat(1000));
            out.flush();
            throw new IOException("No space left on device");
        }));
        assertThat(refused).isEqualTo("write-failed " + report + ": cannot write the file (No space left on device)");
        assertThat(Files.readString(report)).isEqualTo("the previous report, 5.7 MB of it");
        assertThat(names(folder)).containsExactly("ket-qua.csv");
    }

    @Test
    @DisplayName("A write replaces the file in one step, keeping who may read it; a missing folder is made")
    void replacesWhole(@TempDir Path folder) throws IOException {
        Path report = folder.resolve("so-ket-2019.html");
        Files.writeString(report, "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        REPLACING.write(report, out -> out.write("mới: Phường 5"));
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("mới: Phường 5");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo("rw-r-----");
        Path nested = folder.resolve("so-lieu/2019/mau.yaml");
        OutputFiles.CREATE.write(nested, out -> out.write("plan: x\n"));
        assertThat(Files.readString(nested)).isEqualTo("plan: x\n");
        assertThat(names(folder)).containsExactly("so-ket-2019.html", "so-lieu");
        Path inTheWay = folder.resolve("so-ket-2019.html/2019/a.csv");
        assertThat(error(() -> OutputFiles.CREATE.write(inTheWay, out -> out.write("x"))))
                .isEqualTo("write-failed " + inTheWay + ": cannot make the folder " + report
                        + ": a file of that name is in the way; choose another name");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("mới: Phường 5");
    }

    @Test
    @DisplayName("An existing file is replaced only with leave (--overwrite); refused, it is left as it was")
    void existingFileNeedsLeave(@TempDir Path folder) throws IOException {
        Path filled = folder.resolve("phuong-5.yaml");
        Files.writeString(filled, "households: 1850\n");
        OutputFiles keeping = new OutputFiles(false, List.of());
        assertThat(error(() -> keeping.check(filled)))
                .isEqualTo("output-exists " + filled + ": the file exists; an existing file is replaced only"
                        + " when asked: choose another name, delete it, or add overwrite");
        assertThat(error(() -> keeping.write(filled, out -> out.write("households: null\n"))))
                .startsWith("output-exists ");
        assertThat(Files.readString(filled)).isEqualTo("households: 1850\n");
    }

    @Test
    @DisplayName("An input of the same run is never written, whatever path names it (a hard link too), even with"
            + " leave to replace")
    void neverOverAnInput(@TempDir Path folder) throws IOException {
        Path input = folder.resolve("a.csv");
        Files.writeString(input, "name;year\nPhường 5;2019\n");
        Path sameFile = folder.resolve("sub/../a.csv");
        Files.createDirectories(folder.resolve("sub"));
        Path hardLink = Files.createLink(folder.resolve("b.csv"), input);
        OutputFiles run = new OutputFiles(true, List.of(input));
        for (Path target : List.of(input, sameFile, hardLink)) {
            assertThat(error(() -> run.write(target, out -> out.write("report"))))
                    .isEqualTo("output-refused " + target + ": this file is an input of this very run: an output"
                            + " is never written over an input; choose another name");
        }
        assertThat(Files.readString(input)).isEqualTo("name;year\nPhường 5;2019\n");
    }

    @Test
    @DisplayName("Nothing is written through a symbolic link, nor over a folder or a device")
    void neverThroughALink(@TempDir Path folder) throws IOException {
        Path elsewhere = folder.resolve("elsewhere.txt");
        Files.writeString(elsewhere, "someone else's file");
        Path link = Files.createSymbolicLink(folder.resolve("report.html"), elsewhere);
        assertThat(error(() -> REPLACING.write(link, out -> out.write("report"))))
                .isEqualTo("output-refused " + link + ": this is a symbolic link: nothing is ever written through"
                        + " a link to somewhere else; name the file itself");
        assertThat(Files.readString(elsewhere)).isEqualTo("someone else's file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        for (Path special : List.of(folder, Path.of("/dev/null"))) {
            assertThat(error(() -> REPLACING.check(special)))
                    .isEqualTo("output-refused " + special + ": this is not a regular file (a folder, a device or"
                            + " a FIFO): it is never written over");
        }
    }

    @Test
    @DisplayName("A log gets whole lines, one write each: 8 threads appending 500 lines each leave 4 000 whole lines")
    void appendsWholeLines(@TempDir Path folder) throws Exception {
        Path log = folder.resolve("decisions.log");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(threads.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    OutputFiles.appendLine(
                            log,
                            "{\"thread\": " + thread + ", \"line\": " + i + ", \"pad\": \"" + "x".repeat(200 + i)
                                    + "\"}");
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        threads.shutdown();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(4000);
        assertThat(lines).allMatch(l -> l.matches("\\{\"thread\": \\d, \"line\": \\d+, \"pad\": \"x+\"}"));
        assertThat(Files.readString(log)).endsWith("}\n");
        Path link = Files.createSymbolicLink(folder.resolve("link.log"), log);
        assertThat(error(() -> OutputFiles.appendLine(link, "x")))
                .startsWith("output-refused " + link + ": this is a symbolic link");
        assertThatThrownBy(() -> OutputFiles.appendLine(log, "two\nlines"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
