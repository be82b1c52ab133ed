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
 * A copy of a shipped rule-set version in a temporary folder, for {@code --rules}: tests change the copy,
 * never the shipped files. An unchanged manifest and DRL reuse the precompiled rules.
 */
record PlanFolder(Path root, Path version) {
    static final Path SHIPPED = Path.of("../rules/src/main/resources/chuyenhoa/plans");
    static final String AUTHORING = "src/test/resources/authoring";

    static PlanFolder copy(Path root, String id, String version) {
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
