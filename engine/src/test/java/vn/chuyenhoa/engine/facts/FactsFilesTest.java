package vn.chuyenhoa.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;

/** The one policy for what a folder given to a command stands for (docs/files.md). */
class FactsFilesTest {
    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process mkfifo =
                new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
    }

    @Test
    @Timeout(20)
    @DisplayName("Inside a folder, links to files and to folders, a link loop, a dangling link and a FIFO are skipped"
            + " with a notice each; hidden entries and other files silently; the facts files are listed in path order")
    void folderPolicy(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("so-lieu"));
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("secret.json"), "{}");
        Files.createDirectories(folder.resolve("huyen-b"));
        Files.writeString(folder.resolve("huyen-b/xa-2.yaml"), "year: 2019");
        Files.writeString(folder.resolve("xa-1.json"), "{}");
        Files.writeString(folder.resolve("README.md"), "notes");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/x.json"), "{}");
        Files.createSymbolicLink(folder.resolve("link-to-file.json"), elsewhere.resolve("secret.json"));
        Files.createSymbolicLink(folder.resolve("link-to-folder"), elsewhere);
        Files.createSymbolicLink(folder.resolve("loop"), folder.resolve("loop"));
        Files.createSymbolicLink(folder.resolve("up"), folder);
        Files.createSymbolicLink(folder.resolve("dangling.json"), root.resolve("nowhere.json"));
        mkfifo(folder.resolve("pipe.json"));

        FactsFiles.Listing listing = FactsFiles.list(List.of(folder));
        assertThat(listing.entries())
                .containsExactly(
                        new FactsFiles.Entry(folder.resolve("huyen-b/xa-2.yaml"), null),
                        new FactsFiles.Entry(folder.resolve("xa-1.json"), null));
        String link = ": $: skipped: a symbolic link inside a folder is not followed; to read what it points to, name"
                + " that on the command line";
        assertThat(listing.skipped().stream().map(e -> e.message(Language.EN)).sorted())
                .containsExactly(
                        folder.resolve("dangling.json") + link,
                        folder.resolve("link-to-file.json") + link,
                        folder.resolve("link-to-folder") + link,
                        folder.resolve("loop") + link,
                        folder.resolve("pipe.json") + ": $: skipped: not a regular file (a FIFO, a device or a socket)",
                        folder.resolve("up") + link);
        assertThat(listing.skipped()).allMatch(e -> e.code().id().equals("skipped"));
    }

    @Test
    @DisplayName("A link named on the command line is followed: its user named it")
    void namedLinkIsFollowed(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("real"));
        Files.writeString(folder.resolve("xa.json"), "{}");
        Path link = Files.createSymbolicLink(root.resolve("link"), folder);
        assertThat(FactsFiles.list(List.of(link)).entries())
                .containsExactly(new FactsFiles.Entry(link.resolve("xa.json"), null));
    }

    @Test
    @Timeout(10)
    @DisplayName("A FIFO named as an input is refused without being opened (it would wait for a writer for ever);"
            + " so is a device, and a folder named as a file")
    void specialFilesNamed(@TempDir Path root) throws Exception {
        Path pipe = root.resolve("pipe.json");
        mkfifo(pipe);
        for (Path special : List.of(pipe, Path.of("/dev/zero"))) {
            assertThatThrownBy(() -> FactsFiles.read(special, 100))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors().get(0).message(Language.EN))
                                    .isEqualTo(special
                                            + ": $: not a regular file (a FIFO, a device or a socket): not read"));
        }
        assertThatThrownBy(() -> FactsFiles.read(root, 100))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).message(Language.EN))
                                .isEqualTo(root + ": $: cannot read the file (Is a directory)"));
    }

    @Test
    @DisplayName("A file larger than the limit is read only to the limit and one byte: a 3 GB file costs nothing")
    void readsToTheLimit(@TempDir Path root) throws IOException {
        Path huge = root.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }
        assertThat(FactsFiles.read(huge, 1000)).hasSize(1001);
    }
}
