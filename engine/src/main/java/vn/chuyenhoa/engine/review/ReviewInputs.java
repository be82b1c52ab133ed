package vn.chuyenhoa.engine.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.manifest.Source;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.review.csv.CsvAreas;
import vn.chuyenhoa.engine.workbook.WorkbookAreas;

/**
 * Reads what a review is given: facts files, directories (every {@code .json} file below them, sub-directories
 * included, in path order, hidden ones skipped) and CSV files (a row per area; a named file ending in
 * {@code .csv} is one) and Excel workbooks (a row per area, read as CSV is; a named file ending in {@code .xlsx} is
 * one). Nothing is dropped: a file that cannot be read, and a directory with no facts file, is
 * an invalid input with its error. A file reached twice (named, and inside a named directory) is read once.
 */
public final class ReviewInputs {
    private ReviewInputs() {}

    /** The inputs, in the order given; {@code csvFiles} after {@code paths}. */
    public static List<AreaInput> read(FactsReader reader, List<Path> paths, List<Path> csvFiles, Progress progress) {
        return read(reader, paths, csvFiles, List.of(), progress);
    }

    /** The inputs, in the order given; {@code csvFiles} after {@code paths}, then {@code workbooks}. */
    public static List<AreaInput> read(
            FactsReader reader, List<Path> paths, List<Path> csvFiles, List<Path> workbooks, Progress progress) {
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            sources.addAll(expand(path));
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
                inputs.addAll(
                        source.kind() == Kind.FACTS
                                ? List.of(facts(reader, source.path()))
                                : table(reader, source.path(), source.kind()));
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

    private static List<Source> expand(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(new Source(
                    path,
                    path.getFileName() == null
                            ? Kind.FACTS
                            : Kind.of(path.getFileName().toString()),
                    null));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(p -> !hidden(path.relativize(p)) && Files.isRegularFile(p) && isFactsFile(p))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(new Source(path, Kind.FACTS, InputErrors.folderUnreadable(path.toString(), e.getMessage())));
        }
        if (files.isEmpty()) {
            return List.of(new Source(path, Kind.FACTS, InputErrors.noFactsFiles(path.toString())));
        }
        return files.stream().map(file -> new Source(file, Kind.FACTS, null)).toList();
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Facts files are JSON or YAML (the reader picks the format by the same extensions). */
    private static boolean isFactsFile(Path path) {
        return hasExtension(path, ".json") || hasExtension(path, ".yaml") || hasExtension(path, ".yml");
    }

    private static boolean hasExtension(Path path, String extension) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }

    private static AreaInput facts(FactsReader reader, Path file) {
        try {
            return AreaInput.read(file.toString(), null, reader.read(file));
        } catch (InvalidInputException e) {
            return AreaInput.invalid(file.toString(), null, e.errors(), null);
        }
    }

    private static List<AreaInput> table(FactsReader reader, Path file, Kind kind) {
        String name = file.toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of(AreaInput.invalid(name, null, List.of(InputErrors.fileNotFound(name)), null));
        } catch (IOException e) {
            return List.of(
                    AreaInput.invalid(name, null, List.of(InputErrors.fileUnreadable(name, e.getMessage())), null));
        }
        return kind.read(reader, name, content);
    }
}
