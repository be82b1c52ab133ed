package vn.chuyenhoa.engine.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.FactDefinition;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.Text;
import vn.chuyenhoa.engine.message.Phrase;

/**
 * The released rule sets ({@code chuyenhoa/plans.lock}): one line per plan version with the sha256 of each file
 * it is made of, and of the fact catalog's definitions of the facts it uses. A version in the lock is released:
 * verdicts pin it, so it never changes. {@code check} compares every packaged version with its line; the
 * {@code lock} command adds lines for new versions and never rewrites one.
 */
public final class RuleSetLock {
    public static final String FILE = "plans.lock";
    public static final String RESOURCE = "chuyenhoa/" + FILE;
    /** What a line calls the catalog's part: the definitions of the facts the version uses, not the whole file. */
    public static final String FACTS = "facts";

    private static final List<String> PARTS =
            List.of(RuleSetFiles.MANIFEST, RuleSetFiles.DRL, RuleSetFiles.GOLDEN, FACTS);
    private static final String HEADER = """
            # Released rule sets: a version listed here has given verdicts that pin it (plan.version, plan.sha256),
            # so its files never change. One line per version: the sha256 of its manifest, DRL and golden cases, and
            # of the fact catalog's definitions of the facts it uses (a new fact elsewhere in the catalog changes
            # nothing here). `chuyenhoa check` fails when a packaged version differs from its line or has none;
            # `chuyenhoa lock` adds the lines of new versions and never rewrites one (docs/adding-a-plan.md).
            """;

    private final Map<String, Line> lines;

    private RuleSetLock(Map<String, Line> lines) {
        this.lines = lines;
    }

    /**
     * One released version.
     *
     * @param reference {@code 45-KH-BCD-2023@1.0.0}
     * @param hashes    the sha256 of each part ({@code manifest.yaml}, {@code rules.drl}, {@code golden.yaml},
     *                  {@code facts}), in that order
     */
    public record Line(String reference, Map<String, String> hashes) {
        public Line {
            hashes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hashes));
        }

        /** The line as the lock writes it. */
        public String format() {
            StringBuilder text = new StringBuilder(reference);
            hashes.forEach(
                    (part, hash) -> text.append(' ').append(part).append('=').append(hash));
            return text.toString();
        }

        /**
         * The parts whose hash differs in {@code other}, in the lock's order: file names, and {@link #FACTS} (see
         * {@link #described}).
         */
        public List<String> differences(Line other) {
            return PARTS.stream()
                    .filter(part -> !java.util.Objects.equals(hashes.get(part), other.hashes.get(part)))
                    .toList();
        }
    }

    /** Parts of a lock line in words: a file's name as it is, the facts' hash as what it covers. */
    public static String described(List<String> parts, Language language) {
        return String.join(
                ", ",
                parts.stream()
                        .map(part -> part.equals(FACTS)
                                ? language.pick(
                                        "định nghĩa trong danh mục số liệu của một số liệu nó dùng (facts.yaml)",
                                        "the fact catalog's definition of a fact it uses (facts.yaml)")
                                : part)
                        .toList());
    }

    /** The lock the rules jar ships; an empty one when it ships none (then no version is released). */
    public static RuleSetLock shipped(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return in == null ? new RuleSetLock(new TreeMap<>()) : parse(RESOURCE, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A lock's text; a line that is not {@code id@version part=sha256…} with every part is refused, naming it. */
    public static RuleSetLock parse(String source, byte[] text) {
        Map<String, Line> lines = new LinkedHashMap<>();
        int number = 0;
        for (String raw : new String(text, StandardCharsets.UTF_8).split("\n", -1)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            Map<String, String> hashes = new LinkedHashMap<>();
            for (int i = 1; i < fields.length; i++) {
                int equals = fields[i].indexOf('=');
                if (equals > 0) {
                    hashes.put(fields[i].substring(0, equals), fields[i].substring(equals + 1));
                }
            }
            boolean complete = fields[0].matches("[A-Za-z0-9-]+@\\d+\\.\\d+\\.\\d+")
                    && hashes.keySet().equals(new java.util.LinkedHashSet<>(PARTS))
                    && hashes.values().stream().allMatch(h -> h.matches("[0-9a-f]{64}"));
            if (!complete || fields.length != PARTS.size() + 1) {
                String expected = "\"<plan id>@<version> " + String.join("=<sha256> ", PARTS) + "=<sha256>\"";
                String at = source + ":" + number + ": ";
                throw new PlanLoadException(Phrase.of(
                        at + "không phải một dòng hợp lệ của plans.lock: cần " + expected,
                        at + "not a lock line: expected " + expected));
            }
            if (lines.put(fields[0], new Line(fields[0], hashes)) != null) {
                String at = source + ":" + number + ": " + fields[0];
                throw new PlanLoadException(Phrase.of(at + " có hai dòng trong plans.lock", at + " is locked twice"));
            }
        }
        return new RuleSetLock(lines);
    }

    /** The line of a version, if it is released. */
    public Optional<Line> line(String reference) {
        return Optional.ofNullable(lines.get(reference));
    }

    public boolean isReleased(String reference) {
        return lines.containsKey(reference);
    }

    /** Every line, in the lock's order. */
    public Collection<Line> lines() {
        return lines.values();
    }

    /**
     * The line a version's files would have: each file's sha256 and that of the catalog's definitions of the facts
     * its criteria use (with the wholes they are parts of). A version without golden cases hashes them as empty.
     */
    public static Line lineOf(RuleSetFiles files, PlanManifest manifest, FactCatalog catalog) {
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put(RuleSetFiles.MANIFEST, sha256(files.manifest()));
        hashes.put(RuleSetFiles.DRL, sha256(files.drl()));
        hashes.put(RuleSetFiles.GOLDEN, sha256(files.golden().orElse(new byte[0])));
        hashes.put(FACTS, sha256(factDefinitions(manifest, catalog).getBytes(StandardCharsets.UTF_8)));
        return new Line(files.reference(), hashes);
    }

    /**
     * The definitions of the facts a version uses, in a fixed text form: whatever changes the meaning, label,
     * unit, kind or whole of one of them changes this text, and nothing else in the catalog does.
     */
    static String factDefinitions(PlanManifest manifest, FactCatalog catalog) {
        Map<String, FactDefinition> used = new TreeMap<>();
        manifest.criteria().forEach(criterion -> criterion.facts().forEach(name -> addWithWholes(name, catalog, used)));
        manifest.readings()
                .forEach(reading -> reading.choices()
                        .forEach(choice -> choice.facts().forEach(name -> addWithWholes(name, catalog, used))));
        StringBuilder text = new StringBuilder();
        for (FactDefinition fact : used.values()) {
            text.append("name: ")
                    .append(fact.name())
                    .append('\n')
                    .append("kind: ")
                    .append(fact.kind())
                    .append('\n')
                    .append("part_of: ")
                    .append(fact.partOf())
                    .append('\n')
                    .append("unit: ")
                    .append(
                            fact.unit() == null
                                    ? null
                                    : fact.unit().vi() + " | " + fact.unit().en() + " | "
                                            + fact.unit().enOne())
                    .append('\n')
                    .append("label: ")
                    .append(text(fact.label()))
                    .append('\n')
                    .append("meaning: ")
                    .append(text(fact.meaning()))
                    .append('\n');
            // Added after the first releases: written only when given, so that their facts hash as before.
            if (!fact.parts().isEmpty()) {
                text.append("parts: ").append(String.join(", ", fact.parts())).append('\n');
            }
            if (fact.apartFrom() != null) {
                text.append("apart_from: ").append(fact.apartFrom()).append('\n');
            }
        }
        return text.toString();
    }

    private static void addWithWholes(String name, FactCatalog catalog, Map<String, FactDefinition> used) {
        Optional<FactDefinition> fact = catalog.find(name);
        // Wholes by part_of only: a whole that lists its parts (parts:) is hashed, with that list, where it is used.
        if (fact.isPresent() && used.put(name, fact.get()) == null && fact.get().partOf() != null) {
            addWithWholes(fact.get().partOf(), catalog, used);
        }
    }

    private static String text(Text text) {
        return text == null ? "null" : text.vi() + " | " + text.en();
    }

    /**
     * The lock file's text with {@code added} appended: the existing text is kept byte for byte (a released line
     * is never rewritten), and a new file starts with a header saying what the lock is.
     *
     * @param existing the file as it is, or null when there is none yet
     */
    public static String append(String existing, List<Line> added) {
        StringBuilder text = new StringBuilder(existing == null ? HEADER : existing);
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        added.forEach(line -> text.append(line.format()).append('\n'));
        return text.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
