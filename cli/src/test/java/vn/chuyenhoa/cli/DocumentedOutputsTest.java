package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command output quoted in README.md and docs/ is the real output: a code block whose lines start with
 * {@code $ ./chuyenhoa …} is run, in a scratch folder of its page (where {@code samples/} is the repository's),
 * and what follows each command must be what it prints (standard output, then standard error). A line {@code …}
 * stands for any lines. Comments in the page set up files between blocks, as the prose says a person does:
 * {@code <!-- doc-test: fill FILE with the next block -->} and {@code <!-- doc-test: fill FILE: area.name: "Phường 5";
 * year: 2023 -->} set those keys of a YAML file (keys under a section as {@code section.key}). So a rule change that
 * alters a documented output fails here until the page is updated; {@code -Dchuyenhoa.docs.update=true} rewrites
 * the blocks that quote an output whole (those with {@code …} are updated by hand).
 */
class DocumentedOutputsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final boolean UPDATE = Boolean.getBoolean("chuyenhoa.docs.update");
    private static final String ELISION = "…";
    private static final Pattern FILL =
            Pattern.compile("<!-- doc-test: fill (\\S+)(?: with the next block|: (.*?)) -->");
    private static final Pattern COMMAND = Pattern.compile("^\\$ \\./chuyenhoa (.*)$");

    @TempDir
    Path scratchRoot;

    @Test
    @DisplayName("Every output quoted in README.md and docs/ is what the command prints today")
    void everyQuotedOutputIsReal() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> stale = new ArrayList<>();
        int commands = 0;
        for (Path page : pages) {
            Page checked = check(page);
            stale.addAll(checked.stale());
            commands += checked.commands();
        }
        assertThat(commands).as("commands quoted with their output").isGreaterThanOrEqualTo(8);
        assertThat(stale)
                .as("outputs that differ from what the command prints (rerun with -Dchuyenhoa.docs.update=true to"
                        + " rewrite whole blocks)")
                .isEmpty();
    }

    private record Page(List<String> stale, int commands) {}

    /** One code block: its lines without indentation, and where they sit in the page. */
    private record Block(int first, int end, String indent, List<String> lines) {}

    private Page check(Path page) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(page, StandardCharsets.UTF_8));
        Path scratch = Files.createDirectories(
                scratchRoot.resolve(ROOT.relativize(page).toString().replace('/', '_')));
        Files.createSymbolicLink(scratch.resolve("samples"), ROOT.resolve("samples"));
        List<String> stale = new ArrayList<>();
        int commands = 0;
        boolean changed = false;
        String pendingFill = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher fill = FILL.matcher(lines.get(i));
            if (fill.find()) {
                if (fill.group(2) == null) {
                    pendingFill = fill.group(1);
                } else {
                    fill(scratch.resolve(fill.group(1)), List.of(fill.group(2).split(";\\s*")));
                }
                continue;
            }
            Block block = block(lines, i);
            if (block == null) {
                continue;
            }
            if (pendingFill != null) {
                fill(scratch.resolve(pendingFill), block.lines());
                pendingFill = null;
            } else if (!block.lines().isEmpty()
                    && COMMAND.matcher(block.lines().get(0)).matches()) {
                List<String> actual = new ArrayList<>();
                boolean elided = false;
                for (List<String> session : sessions(block.lines())) {
                    commands++;
                    List<String> printed = run(scratch, session.get(0));
                    List<String> expected = session.subList(1, session.size());
                    elided |= expected.contains(ELISION);
                    if (!matches(expected, printed)) {
                        stale.add(ROOT.relativize(page) + ":" + (block.first() + 1) + ": " + session.get(0)
                                + "\n  quoted:  " + expected + "\n  printed: " + printed);
                    }
                    actual.add(session.get(0));
                    actual.addAll(printed);
                }
                if (UPDATE && !elided && !actual.equals(block.lines())) {
                    for (int k = block.end() - 1; k >= block.first(); k--) {
                        lines.remove(k);
                    }
                    lines.addAll(
                            block.first(),
                            actual.stream().map(l -> block.indent() + l).toList());
                    changed = true;
                    stale.removeIf(s -> s.startsWith(ROOT.relativize(page) + ":" + (block.first() + 1) + ": "));
                }
            }
            i = block.end();
        }
        if (changed) {
            Files.write(page, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new Page(stale, commands);
    }

    /** The code block starting at line {@code i} (a fence, or indented lines after a blank line), or null. */
    private static Block block(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.startsWith("```")) {
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            return new Block(i + 1, end, "", new ArrayList<>(lines.subList(i + 1, end)));
        }
        if (line.startsWith("    ") && (i == 0 || lines.get(i - 1).isBlank())) {
            int end = i;
            while (end < lines.size() && lines.get(end).startsWith("    ")) {
                end++;
            }
            return new Block(
                    i,
                    end,
                    "    ",
                    lines.subList(i, end).stream().map(l -> l.substring(4)).toList());
        }
        return null;
    }

    /** A block's commands, each with the lines quoted after it. */
    private static List<List<String>> sessions(List<String> lines) {
        List<List<String>> sessions = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("$ ")) {
                sessions.add(new ArrayList<>(List.of(line)));
            } else if (!sessions.isEmpty()) {
                sessions.get(sessions.size() - 1).add(line);
            }
        }
        return sessions;
    }

    /** The quoted lines, where {@code …} stands for any lines, against what was printed. */
    private static boolean matches(List<String> quoted, List<String> printed) {
        if (quoted.isEmpty()) {
            return printed.isEmpty();
        }
        if (quoted.get(0).equals(ELISION)) {
            for (int skip = 0; skip <= printed.size(); skip++) {
                if (matches(quoted.subList(1, quoted.size()), printed.subList(skip, printed.size()))) {
                    return true;
                }
            }
            return false;
        }
        return !printed.isEmpty()
                && quoted.get(0).equals(printed.get(0))
                && matches(quoted.subList(1, quoted.size()), printed.subList(1, printed.size()));
    }

    /** Runs {@code $ ./chuyenhoa ARGS} in {@code scratch}, as a person would in a shell: what it prints, out then err. */
    private static List<String> run(Path scratch, String command) throws IOException {
        Matcher m = COMMAND.matcher(command);
        assertThat(m.matches()).isTrue();
        List<String> args = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Chuyenhoa.class.getName()));
        args.addAll(List.of(m.group(1).trim().split("\\s+")));
        Path out = scratch.resolve(".out");
        Path err = scratch.resolve(".err");
        Process process = new ProcessBuilder(args)
                .directory(scratch.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<String> printed = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
        printed.addAll(Files.readAllLines(err, StandardCharsets.UTF_8));
        return printed;
    }

    /**
     * Sets keys of a YAML file: each {@code key: value} (or {@code section.key: value}; in a block, keys indented
     * under a section line belong to it) replaces the file's line of that key in that section.
     */
    private static void fill(Path file, List<String> spec) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            String section = "";
            for (String item : spec) {
                if (item.isBlank() || item.strip().startsWith("#")) {
                    continue;
                }
                boolean nested = item.startsWith(" ");
                String entry = item.strip();
                int colon = entry.indexOf(':');
                String key = entry.substring(0, colon);
                String value = entry.substring(colon + 1).strip();
                if (!nested && value.isEmpty()) {
                    section = key;
                    continue;
                }
                String in = nested ? section : key.contains(".") ? key.substring(0, key.indexOf('.')) : "";
                String name = key.contains(".") ? key.substring(key.indexOf('.') + 1) : key;
                set(lines, in, name, value, file);
            }
            Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets {@code key} in {@code section} (top level when empty); a key the section lacks is added at its end. */
    private static void set(List<String> lines, String section, String key, String value, Path file) {
        String current = "";
        int sectionEnd = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith(" ") && !line.startsWith("#") && line.contains(":")) {
                current = line.substring(0, line.indexOf(':'));
            }
            String indent =
                    line.substring(0, line.length() - line.stripLeading().length());
            boolean here = section.isEmpty() ? indent.isEmpty() : current.equals(section) && !indent.isEmpty();
            if (here && line.stripLeading().startsWith(key + ":")) {
                lines.set(i, indent + key + ": " + value);
                return;
            }
            if (!section.isEmpty() && current.equals(section) && !line.isBlank()) {
                sectionEnd = i;
            }
        }
        if (sectionEnd < 0) {
            throw new AssertionError(file + " has no key " + (section.isEmpty() ? "" : section + ".") + key);
        }
        lines.add(sectionEnd + 1, "  " + key + ": " + value);
    }
}
