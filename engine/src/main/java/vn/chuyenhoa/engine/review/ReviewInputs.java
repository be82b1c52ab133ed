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
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.review.csv.CsvAreas;
import vn.chuyenhoa.engine.workbook.WorkbookAreas;

/**
 * Reads what a review is given: facts files, folders (every facts file below them, as {@link FactsFiles} lists them:
 * links and special files inside are skipped with a notice to {@link Progress#skipped}), CSV files (a row per area;
 * a named file ending in {@code .csv} is one) and Excel workbooks (a row per area, read as CSV is; a named file
 * ending in {@code .xlsx} is one), each table of at most {@link #MAX_TABLE_BYTES}. Nothing is dropped: a file that
 * cannot be read, and a folder with no facts file, is an invalid input with its error. A file reached twice (named,
 * and inside a named folder) is read once. A JSON Schema found in a folder (the {@code PLAN.schema.json} kept beside
 * facts files) is skipped with a notice, as a link is; named, it is an invalid input.
 */
public final class ReviewInputs {
    /** A CSV of every commune in Vietnam is a few megabytes; a larger file is the wrong one, refused unread. */
    public static final int MAX_TABLE_BYTES = 32 * 1024 * 1024;

    private ReviewInputs() {}

    /** The inputs, in the order given; {@code csvFiles} after {@code paths}. */
    public static List<AreaInput> read(FactsReader reader, List<Path> paths, List<Path> csvFiles, Progress progress) {
        return read(reader, paths, csvFiles, List.of(), progress);
    }

    /** The inputs, in the order given; {@code csvFiles} after {@code paths}, then {@code workbooks}. */
    public static List<AreaInput> read(
            FactsReader reader, List<Path> paths, List<Path> csvFiles, List<Path> workbooks, Progress progress) {
        FactsFiles.Listing listing = FactsFiles.list(paths);
        listing.skipped().forEach(progress::skipped);
        List<Source> sources = new ArrayList<>();
        for (FactsFiles.Entry entry : listing.entries()) {
            Path path = entry.path();
            Kind kind = entry.error() != null || path.getFileName() == null
                    ? Kind.FACTS
                    : Kind.of(path.getFileName().toString());
            sources.add(new Source(path, kind, entry.error()));
        }
        csvFiles.forEach(csv -> sources.add(new Source(csv, Kind.CSV, null)));
        workbooks.forEach(workbook -> sources.add(new Source(workbook, Kind.WORKBOOK, null)));
        Set<Path> seen = new LinkedHashSet<>();
        List<AreaInput> inputs = new ArrayList<>();
        int done = 0;
        for (Source source : sources) {
            if (source.error() != null) {
                inputs.add(AreaInput.invalid(source.path().toString(), null, List.of(source.error()), null));
            } else if (seen.add(source.path().toAbsolutePath().normalize())) {
                if (source.kind() != Kind.FACTS) {
                    inputs.addAll(table(reader, source.path(), source.kind()));
                } else {
                    AreaInput input = facts(reader, source.path());
                    if (!paths.contains(source.path()) && FactsReader.isJsonSchema(input.errors())) {
                        progress.skipped(InputErrors.skippedSchema(source.path().toString()));
                    } else {
                        inputs.add(input);
                    }
                }
            }
            progress.advanced(Progress.Stage.READING, ++done, sources.size());
        }
        return inputs;
    }

    /** A file given by its name and its bytes, such as a file uploaded to the server. */
    public record FileContent(String name, byte[] content) {}

    /**
     * The inputs in files given as bytes, in the order given: a file whose name ends in {@code .csv} is read as CSV
     * rows, one ending in {@code .xlsx} as a workbook's rows, any other as a facts file (YAML by a {@code .yaml} or
     * {@code .yml} name, else JSON).
     */
    public static List<AreaInput> read(FactsReader reader, List<FileContent> files) {
        List<AreaInput> inputs = new ArrayList<>();
        for (FileContent file : files) {
            Kind kind = Kind.of(file.name());
            if (kind != Kind.FACTS) {
                inputs.addAll(kind.read(reader, file.name(), file.content()));
            } else {
                try {
                    inputs.add(AreaInput.read(file.name(), null, reader.read(file.name(), file.content())));
                } catch (InvalidInputException e) {
                    inputs.add(AreaInput.invalid(file.name(), null, e.errors(), null));
                }
            }
        }
        return inputs;
    }

    /** How a file is read: as one facts file, or as a table with a row per area. */
    private enum Kind {
        FACTS,
        CSV,
        WORKBOOK;

        /** By the file's name: {@code .csv}, {@code .xlsx}, else a facts file. */
        static Kind of(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".csv") ? CSV : lower.endsWith(".xlsx") ? WORKBOOK : FACTS;
        }

        List<AreaInput> read(FactsReader reader, String name, byte[] content) {
            return this == CSV ? CsvAreas.read(reader, name, content) : WorkbookAreas.read(reader, name, content);
        }
    }

    /** A file to read, as a facts file or as a table, or a path that gave none with the reason. */
    private record Source(Path path, Kind kind, InputError error) {}

    private static AreaInput facts(FactsReader reader, Path file) {
        try {
            return AreaInput.read(file.toString(), null, reader.read(file));
        } catch (InvalidInputException e) {
            return AreaInput.invalid(file.toString(), null, e.errors(), null);
        }
    }

    /** A CSV or a workbook, read whole once it is known to be within the limit. */
    private static List<AreaInput> table(FactsReader reader, Path file, Kind kind) {
        String name = file.toString();
        byte[] content;
        try {
            content = FactsFiles.read(file, MAX_TABLE_BYTES);
        } catch (InvalidInputException e) {
            return List.of(AreaInput.invalid(name, null, e.errors(), null));
        }
        if (content.length > MAX_TABLE_BYTES) {
            return List.of(
                    AreaInput.invalid(name, null, List.of(InputErrors.csvTooLarge(name, MAX_TABLE_BYTES)), null));
        }
        return kind.read(reader, name, content);
    }
}
