package vn.chuyenhoa.engine.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.message.Phrase;

/**
 * A rules jar's {@code chuyenhoa/plans.index}: where Drools' executable model lists its generated classes, and
 * the plan folders ({@code <plan id>/<version>}) it ships, with the names of their files on the class path.
 * Internal: for loading the plans and for the rules build.
 */
public record PlansIndex(String modelIndex, List<String> folders) {
    public static final String ROOT = "chuyenhoa/";
    public static final String INDEX = ROOT + "plans.index";
    public static final String CATALOG = ROOT + "facts.yaml";
    /** Written by the rules build: every plan folder it ships, indexed or not, one {@code id/version} per line. */
    public static final String FOUND = ROOT + "plans.found";

    private static final String MODEL_INDEX = "model-index:";

    public PlansIndex {
        folders = List.copyOf(folders);
    }

    public static PlansIndex parse(String source, byte[] text) {
        List<String> lines = new String(text, StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        String modelIndex = lines.stream()
                .filter(l -> l.startsWith(MODEL_INDEX))
                .findFirst()
                .map(l -> l.substring(MODEL_INDEX.length()).strip())
                .orElseThrow(() -> new PlanLoadException(Phrase.of(
                        source + ": không có dòng '" + MODEL_INDEX + "'", source + ": no '" + MODEL_INDEX + "' line")));
        return new PlansIndex(
                modelIndex,
                lines.stream().filter(l -> !l.startsWith(MODEL_INDEX)).toList());
    }

    /** The plan folders a rules jar ships, as its build found them; none when the jar predates the list. */
    public static List<String> foundFolders(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(FOUND)) {
            return in == null
                    ? List.of()
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty())
                            .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOUND, e);
        }
    }

    /** The manifest of the plan folder {@code id/version}. */
    public static String manifestName(String folder) {
        return ROOT + "plans/" + folder + "/manifest.yaml";
    }

    /** The DRL of the plan folder {@code id/version}. */
    public static String drlName(String folder) {
        return ROOT + "plans/" + folder + "/rules.drl";
    }
}
