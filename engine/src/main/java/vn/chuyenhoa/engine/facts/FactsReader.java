package vn.chuyenhoa.engine.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.FactDefinition;
import vn.chuyenhoa.engine.manifest.InForce;
import vn.chuyenhoa.engine.message.ErrorCode;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.message.Suggestions;

/**
 * Reads facts files strictly, JSON or YAML by the same rules ({@link Format#of}: by the file's extension).
 * Every problem becomes an {@link InputError} naming the file, the JSON path, what was expected and what
 * was found; all of them are reported at once. Absent and null facts are simply not there: never 0, never
 * false.
 *
 * <p>No input can break it: a file is refused with a clear error when it is larger than
 * {@link #MAX_FILE_BYTES}, is not UTF-8 (a byte-order mark and CRLF line ends are fine), nests deeper than
 * {@link #MAX_NESTING_DEPTH}, or has a number longer than {@link #MAX_NUMBER_LENGTH} digits, a text longer
 * than {@link #MAX_STRING_LENGTH} or a key longer than {@link #MAX_NAME_LENGTH} characters.
 */
public final class FactsReader {
    /** The area types of the two national schemes (2017–2020 and 2021–2025). */
    public static final List<String> AREA_TYPES = List.of("TTATXH", "LOAI_1", "LOAI_2", "LOAI_3", "LOAI_4");
    /** A facts file is a few kilobytes; a larger one is the wrong file, refused before it is parsed. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    /** A facts file nests three levels ({@code $.area.types}); deeper than this is not a facts file. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** Digits in one number: a count fits in 19, so a longer figure is reported as too large, not cut off. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** Characters in one text: an area's name, an evidence note. */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** Characters in one key: fact names are a few dozen. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The years an evaluation can be of, in a facts file or given beside one (--year). */
    public static final int MIN_YEAR = 1990;

    public static final int MAX_YEAR = 2100;

    /** How a facts file is written. */
    public enum Format {
        JSON,
        YAML;

        /** YAML for a name ending in .yaml or .yml (any case), JSON for anything else. */
        public static Format of(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
        }
    }

    /**
     * What reading one file found: every error, and the file as far as it could be read. The file leaves out
     * each value that was wrong, and is null when the area or the year could not be read; it is the whole
     * file only when there are no errors. ({@code validate} uses it to choose the plan and check the year
     * even when some facts are wrong, so that it reports every error at once.)
     */
    public record Reading(FactsFile file, List<InputError> errors) {
        public Reading {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Names whose suggestion is remembered, at most: a CSV's rows repeat the same few columns. */
    private static final int REMEMBERED = 4096;

    private final FactCatalog catalog;
    private final Map<String, InForce> periods;
    private final String requestPlan;
    private final List<String> factNames;
    private final Map<String, Optional<String>> closestFacts = new ConcurrentHashMap<>();

    public FactsReader(FactCatalog catalog) {
        this(catalog, Map.of(), null);
    }

    /**
     * A reader whose message for a missing year names the period of the plan the request ({@code requestPlan},
     * null for none) or the file names, else of every plan in {@code periods} (plan id to the dates it is in force, in the order listed).
     */
    public FactsReader(FactCatalog catalog, Map<String, InForce> periods, String requestPlan) {
        this.catalog = catalog;
        this.periods = Collections.unmodifiableMap(new LinkedHashMap<>(periods));
        this.requestPlan = requestPlan;
        this.factNames = catalog.all().stream().map(FactDefinition::name).toList();
    }

    /** Reads a facts file from disk; the name shown in messages is the path as given. */
    public FactsFile read(Path file) {
        return complete(examine(file));
    }

    /** Reads facts from bytes; {@code source} names them in messages and, by its extension, picks the format. */
    public FactsFile read(String source, byte[] content) {
        return complete(examine(source, content));
    }

    /**
     * Reads facts from bytes written in {@code format}, for content that has no file name (a request's body):
     * {@code source} names them in messages, or is null for no name.
     */
    public FactsFile read(String source, Format format, byte[] content) {
        return complete(examine(source, format, content));
    }

    /** Reads a facts file from disk and reports what it found instead of throwing. */
    public Reading examine(Path file) {
        byte[] content;
        try {
            content = FactsFiles.read(file, MAX_FILE_BYTES);
        } catch (InvalidInputException e) {
            return new Reading(null, e.errors());
        }
        return examine(file.toString(), content);
    }

    /** Reads facts from bytes and reports what it found instead of throwing. */
    public Reading examine(String source, byte[] content) {
        return examine(source, Format.of(source), content);
    }

    /** Reads facts from bytes written in {@code format} and reports what it found instead of throwing. */
    public Reading examine(String source, Format format, byte[] content) {
        JsonNode root;
        try {
            root = FactsParser.parse(source, format, FactsText.of(source, content));
        } catch (InvalidInputException e) {
            return new Reading(null, e.errors());
        }
        return new FactsContent(catalog, this::closestFact, this::yearMissing, source).file(root, sha256(content));
    }

    /**
     * Whether reading a file found a JSON Schema rather than a facts file ({@code schema -o} writes one beside them):
     * a folder's reader skips it with a notice instead of counting an invalid area.
     */
    public static boolean isJsonSchema(List<InputError> errors) {
        return errors.size() == 1 && errors.get(0).code() == ErrorCode.JSON_SCHEMA;
    }

    /** The missing year's error, naming the period of the plan the request or else the file names, or of each plan. */
    private InputError yearMissing(String source, String filePlan) {
        String named = requestPlan != null ? requestPlan : filePlan;
        String id = named == null ? null : named.contains("@") ? named.substring(0, named.indexOf('@')) : named;
        Map<String, InForce> hint = id != null && periods.containsKey(id) ? Map.of(id, periods.get(id)) : periods;
        return InputErrors.yearMissing(source, hint);
    }

    /** The catalog's name closest to an unknown fact's, remembered for the next file (the next row of a CSV). */
    private Optional<String> closestFact(String name) {
        Optional<String> remembered = closestFacts.get(name);
        if (remembered != null) {
            return remembered;
        }
        Optional<String> closest = Suggestions.closest(name, factNames);
        if (closestFacts.size() < REMEMBERED) {
            closestFacts.put(name, closest);
        }
        return closest;
    }

    private static FactsFile complete(Reading reading) {
        if (!reading.valid()) {
            throw new InvalidInputException(reading.errors());
        }
        return reading.file();
    }

    /**
     * A part larger than its whole cannot be (1.900 households reached out of 1.850), nor two parts apart from each
     * other together larger than their whole: each such fact of {@code facts}, as an error in {@code source}.
     */
    public static List<InputError> partsOverWholes(FactCatalog catalog, String source, Map<String, Object> facts) {
        List<InputError> errors = new ArrayList<>();
        for (Map.Entry<String, Object> fact : facts.entrySet()) {
            if (!(fact.getValue() instanceof Long part)) {
                continue;
            }
            for (String name : catalog.wholesOf(fact.getKey())) {
                if (facts.get(name) instanceof Long whole && part > whole) {
                    errors.add(InputErrors.partOverWhole(source, "$.facts." + fact.getKey(), name, whole, part));
                }
            }
            var definition = catalog.find(fact.getKey()).orElse(null);
            String apart = definition == null ? null : definition.apartFrom();
            if (apart != null
                    && facts.get(apart) instanceof Long other
                    && facts.get(definition.partOf()) instanceof Long whole
                    && part <= whole
                    && other <= whole
                    && part + other > whole) {
                errors.add(InputErrors.partsOverWhole(
                        source, "$.facts." + fact.getKey(), apart, other, definition.partOf(), whole, part));
            }
        }
        return errors;
    }

    /** The sha256 of an input's bytes, in hex: a verdict's {@code input_sha256}, a review's {@code from_review}. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** An area type that is not one of {@link #AREA_TYPES}, in a file ({@code path}) or a request ({@code parameter}). */
    public static InputError unknownAreaType(String source, String path, Parameter parameter, String typed) {
        return InputErrors.unknownAreaType(
                source,
                path,
                parameter,
                JsonPaths.quoted(typed),
                AREA_TYPES,
                Suggestions.closest(typed, AREA_TYPES).orElse(null));
    }
}
