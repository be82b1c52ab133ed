package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A draft copy of a shipped rule-set version in a temporary folder, for {@code --rules}: tests change the copy,
 * never the shipped files. A released version cannot be replaced by a folder, so the copy takes a version number
 * no real rule set uses ({@link #DRAFT}, 0.x), with its manifest, DRL package and golden cases renumbered.
 */
record PlanFolder(Path root, Path version) {
    static final Path SHIPPED = Path.of("../rules/src/main/resources/chuyenhoa/plans");
    static final String AUTHORING = "src/test/resources/authoring";
    /** The version of a draft copy: real rule sets start at 1.0.0. */
    static final String DRAFT = "0.0.0";

    /** A copy of the shipped {@code id@version} as the draft {@code id@}{@value #DRAFT}. */
    static PlanFolder copy(Path root, String id, String version) {
        return copy(root, id, version, DRAFT);
    }

    /** A copy of the shipped {@code id@version} as the draft {@code id@draft}. */
    static PlanFolder copy(Path root, String id, String version, String draft) {
        Path source = SHIPPED.resolve(id).resolve(version);
        Path target = root.resolve(id).resolve(draft);
        String packageSuffix = ".v" + version.replace('.', '_');
        String draftSuffix = ".v" + draft.replace('.', '_');
        try {
            Files.createDirectories(target);
            Files.writeString(
                    target.resolve("manifest.yaml"),
                    read(source.resolve("manifest.yaml"))
                            .replace("\nversion: " + version + "\n", "\nversion: " + draft + "\n")
                            .replace(packageSuffix + "\n", draftSuffix + "\n"),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    target.resolve("rules.drl"),
                    read(source.resolve("rules.drl")).replace(packageSuffix + ";", draftSuffix + ";"),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    target.resolve("golden.yaml"),
                    read(source.resolve("golden.yaml"))
                            .replace("plan: " + id + "@" + version + "\n", "plan: " + id + "@" + draft + "\n"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlanFolder(root, target);
    }

    /** A copy of the shipped {@code id@version} under its own number, which the lock may know. */
    static PlanFolder copyAsIs(Path root, String id, String version) {
        Path target = root.resolve(id).resolve(version);
        try {
            Files.createDirectories(target);
            for (String file : List.of("manifest.yaml", "rules.drl", "golden.yaml")) {
                Files.copy(SHIPPED.resolve(id).resolve(version).resolve(file), target.resolve(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlanFolder(root, target);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    Path file(String name) {
        return version.resolve(name);
    }

    /** Rewrites one file; the change must change something, so that a test cannot pass by editing nothing. */
    void edit(String name, UnaryOperator<String> change) {
        try {
            String before = Files.readString(file(name), StandardCharsets.UTF_8);
            String after = change.apply(before);
            assertThat(after).as("the edit of " + name + " changes it").isNotEqualTo(before);
            Files.writeString(file(name), after, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the golden case whose sentence is {@code rule}: its lines up to the next case or comment. */
    static String withoutCase(String golden, String rule) {
        List<String> kept = new ArrayList<>();
        boolean removing = false;
        for (String line : golden.split("\n", -1)) {
            if (line.equals("  - rule: " + rule)) {
                removing = true;
            } else if (removing && (line.startsWith("  - ") || line.startsWith("  #") || line.isBlank())) {
                removing = false;
            }
            if (!removing) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    /** Removes the {@code quote:} line of the source of criterion {@code id}. */
    static String withoutQuote(String manifest, String id) {
        int criterion = manifest.indexOf("  - id: " + id + "\n");
        int quote = manifest.indexOf("      quote: ", criterion);
        int end = manifest.indexOf('\n', quote);
        assertThat(criterion).as("criterion " + id).isNotNegative();
        return manifest.substring(0, quote) + manifest.substring(end + 1);
    }

    String place(String name) {
        return version + "/" + name;
    }
}
