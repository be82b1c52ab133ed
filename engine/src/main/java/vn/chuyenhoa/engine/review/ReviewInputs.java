package vn.chuyenhoa.engine.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.facts.FactsFiles;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.manifest.Source;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.review.csv.CsvAreas;

/**
 * Reads what a review is given: facts files, folders (every facts file below them, as {@link FactsFiles} lists them:
 * links and special files inside are skipped with a notice to {@link Progress#skipped}) and CSV files (a row per area;
 * a named file ending in {@code .csv} is one, of at most {@link #MAX_CSV_BYTES}). Nothing is dropped: a file that
 * cannot be read, and a folder with no facts file, is an invalid input with its error. A file reached twice (named,
 * and inside a named folder) is read once.
 */
public final class ReviewInputs {
    /** A CSV of every commune in Vietnam is a few megabytes; a larger file is the wrong one, refused unread. */
    public static final int MAX_CSV_BYTES = 32 * 1024 * 1024;

    private ReviewInputs() {}

    /** The inputs, in the order given; {@code csvFiles} after {@code paths}. */
    public static List<AreaInput> read(FactsReader reader, List<Path> paths, List<Path> csvFiles, Progress progress) {
        FactsFiles.Listing listing = FactsFiles.list(paths);
        listing.skipped().forEach(progress::skipped);
        List<Source> sources = new ArrayList<>();
        for (FactsFiles.Entry entry : listing.entries()) {
            Path path = entry.path();
            sources.add(new Source(path, entry.error() == null && hasExtension(path, ".csv"), entry.error()));
        }
        csvFiles.forEach(csv -> sources.add(new Source(csv, true, null)));
        Set<Path> seen = new LinkedHashSet<>();
        List<AreaInput> inputs = new ArrayList<>();
        int done = 0;
        for (Source source : sources) {
            if (source.error() != null) {
                inputs.add(AreaInput.invalid(source.path().toString(), null, List.of(source.error()), null));
            } else if (seen.add(source.path().toAbsolutePath().normalize())) {
                inputs.addAll(source.csv() ? csv(reader, source.path()) : List.of(facts(reader, source.path())));
            }
            progress.advanced(Progress.Stage.READING, ++done, sources.size());
        }
        return inputs;
    }

    /** A file to read, as a facts file or as CSV, or a path that gave none with the reason. */
    private record Source(Path path, boolean csv, InputError error) {}

    private static boolean hasExtension(Path path, String extension) {
        return path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }

    private static AreaInput facts(FactsReader reader, Path file) {
        try {
            return AreaInput.read(file.toString(), null, reader.read(file));
        } catch (InvalidInputException e) {
            return AreaInput.invalid(file.toString(), null, e.errors(), null);
        }
    }

    private static List<AreaInput> csv(FactsReader reader, Path file) {
        String name = file.toString();
        byte[] content;
        try {
            content = FactsFiles.read(file, MAX_CSV_BYTES);
        } catch (InvalidInputException e) {
            return List.of(AreaInput.invalid(name, null, e.errors(), null));
        }
        if (content.length > MAX_CSV_BYTES) {
            return List.of(AreaInput.invalid(name, null, List.of(InputErrors.csvTooLarge(name, MAX_CSV_BYTES)), null));
        }
        return CsvAreas.read(reader, name, content);
    }
}
