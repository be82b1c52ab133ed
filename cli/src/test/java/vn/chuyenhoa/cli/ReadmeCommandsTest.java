package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands run as written, in the order written, as a new user follows them on a fresh clone: each
 * {@code ./chuyenhoa …} line of its {@code sh} blocks (but {@code serve}, which runs until stopped) in a copy of the
 * repository's samples and test drafts, the Vietnamese half and the English half each on a fresh copy. A line
 * {@code #   … điền …} / {@code #   … fill …} is the user filling in the file the command before it wrote (a facts
 * file, as the sample; a workbook, with the sample review's rows). Every command must succeed (exit 0, or the
 * verdict's 1 or 3, never 2 or 4), and nothing may be written outside the folder .gitignore leaves out.
 */
class ReadmeCommandsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String PROMPT = "./chuyenhoa ";

    @Test
    @DisplayName("Every ./chuyenhoa command of the README succeeds as written, each half on a fresh copy, and writes"
            + " only into so-lieu/, which git ignores")
    void everyCommandSucceeds(@TempDir Path scratch) throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int english = readme.indexOf("## English");
        assertThat(english).isPositive();
        assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).contains("/so-lieu/");
        int commands = 0;
        for (List<String> half : List.of(readme.subList(0, english), readme.subList(english, readme.size()))) {
            Path clone = Files.createDirectories(scratch.resolve(commands == 0 ? "vi" : "en"));
            copy(ROOT.resolve("samples"), clone.resolve("samples"));
            copy(ROOT.resolve("cli/src/test/resources/authoring"), clone.resolve("cli/src/test/resources/authoring"));
            Set<String> before = files(clone);
            List<String> ran = new ArrayList<>();
            for (String line : commands(half)) {
                if (line.startsWith("#")) {
                    fill(clone, ran.get(ran.size() - 1));
                    continue;
                }
                List<String> printed = new ArrayList<>();
                int exit = run(clone, line, printed);
                assertThat(exit).as(line + "\n" + String.join("\n", printed)).isIn(0, 1, 3);
                ran.add(line);
                commands++;
            }
            Set<String> written = files(clone);
            written.removeAll(before);
            assertThat(written).allMatch(file -> file.startsWith("so-lieu/"));
            assertThat(written)
                    .contains(
                            "so-lieu/phuong-5.yaml",
                            "so-lieu/so-ket-2019.html",
                            "so-lieu/ket-qua.csv",
                            "so-lieu/so-ket-2019.xlsx",
                            "so-lieu/ket-qua.xlsx");
        }
        assertThat(commands).as("commands run").isGreaterThanOrEqualTo(15);
    }

    /** The README's {@code ./chuyenhoa} commands (joined across a trailing backslash) and fill-in lines, in order. */
    private static List<String> commands(List<String> lines) {
        List<String> commands = new ArrayList<>();
        boolean inShell = false;
        String pending = "";
        for (String line : lines) {
            if (line.startsWith("```")) {
                inShell = line.equals("```sh");
                continue;
            }
            if (!inShell) {
                continue;
            }
            String text = pending + line.strip();
            if (text.endsWith("\\")) {
                pending = text.substring(0, text.length() - 1).strip() + " ";
                continue;
            }
            pending = "";
            if (text.startsWith("#") && text.contains("…")) {
                commands.add(text);
            } else if (text.startsWith(PROMPT) && !text.startsWith(PROMPT + "serve")) {
                int comment = text.indexOf(" #");
                commands.add((comment < 0 ? text : text.substring(0, comment)).strip());
            }
        }
        return commands;
    }

    /** The user fills in what the command before wrote: a facts file as the sample, a workbook with its rows. */
    private static void fill(Path clone, String command) throws IOException {
        String written = command.substring(command.indexOf(" -o ") + 4).split("\\s+")[0];
        Path file = clone.resolve(written);
        if (written.endsWith(".xlsx")) {
            Path filled = clone.resolve("filled.tmp");
            DistrictWorkbook.fill(file, ROOT.resolve("samples/review-dong-nai-2019/so-ket-2019.csv"), filled);
            Files.move(filled, file, StandardCopyOption.REPLACE_EXISTING);
        } else {
            // A facts file in JSON is YAML too.
            Files.copy(ROOT.resolve("samples/tra-vinh-2023/phuong-5.json"), file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int run(Path clone, String command, List<String> printed) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Chuyenhoa.class.getName()));
        args.addAll(List.of(command.substring(PROMPT.length()).trim().split("\\s+")));
        Path output = Files.createTempFile("readme", ".out");
        try {
            Process process = new ProcessBuilder(args)
                    .directory(clone.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            int exit = process.waitFor();
            printed.addAll(Files.readAllLines(output, StandardCharsets.UTF_8));
            return exit;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.delete(output);
        }
    }

    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            Set<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile)
                    .forEach(f -> files.add(folder.relativize(f).toString()));
            return files;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
