package vn.chuyenhoa.engine.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rule sets' {@code CHANGELOG.md}, as far as the release gate reads it: under a heading {@code ## <plan id> — …},
 * one entry per version, {@code ### <version> — <date>}, with at least one line saying what changed. The rules
 * build ships it as {@code chuyenhoa/CHANGELOG.md}, so that {@code check} through the jar can read it.
 */
public final class RuleSetChangelog {
    public static final String FILE = "CHANGELOG.md";
    public static final String RESOURCE = "chuyenhoa/" + FILE;

    /** Each entry's text, by {@code id@version}. */
    private final Map<String, String> entries;

    private RuleSetChangelog(Map<String, String> entries) {
        this.entries = entries;
    }

    /** The changelog the rules jar ships; an empty one when it ships none. */
    public static RuleSetChangelog shipped(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return parse(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static RuleSetChangelog parse(String markdown) {
        Map<String, String> entries = new LinkedHashMap<>();
        String plan = null;
        String entry = null;
        StringBuilder body = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            boolean planHeading = line.startsWith("## ");
            boolean versionHeading = line.startsWith("### ");
            if (planHeading || versionHeading || line.startsWith("# ")) {
                if (entry != null) {
                    entries.put(entry, body.toString().strip());
                }
                entry = null;
                body.setLength(0);
            }
            if (planHeading) {
                plan = firstWord(line.substring(3));
            } else if (line.startsWith("# ")) {
                plan = null;
            } else if (versionHeading && plan != null) {
                entry = plan + "@" + firstWord(line.substring(4));
            } else if (entry != null) {
                body.append(line).append('\n');
            }
        }
        if (entry != null) {
            entries.put(entry, body.toString().strip());
        }
        return new RuleSetChangelog(entries);
    }

    private static String firstWord(String text) {
        String stripped = text.strip().replace("`", "");
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }

    /** Whether {@code reference} ({@code id@version}) has a finished entry: it says something, and no TODO is left. */
    public boolean hasEntry(String reference) {
        return state(reference) == Entry.READY;
    }

    /** How far the entry of a version is written. */
    public enum Entry {
        NONE,
        UNFINISHED,
        READY
    }

    public Entry state(String reference) {
        String body = entries.get(reference);
        if (body == null || body.isEmpty()) {
            return Entry.NONE;
        }
        return body.contains("TODO") ? Entry.UNFINISHED : Entry.READY;
    }
}
