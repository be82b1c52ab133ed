package vn.chuyenhoa.engine.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.message.InputErrors;

/**
 * The areas a diff evaluates: facts files given one by one or as folders (every {@code .json} file under
 * a folder, in path order), and the errors of those that cannot be read, so that one bad file is reported
 * without hiding the others.
 */
public record Corpus(List<FactsFile> areas, List<InputError> unreadable) {
    public Corpus {
        areas = List.copyOf(areas);
        unreadable = List.copyOf(unreadable);
    }

    /** Reads every file of {@code paths}, each folder replaced by the .json files under it. */
    public static Corpus read(FactsReader reader, List<Path> paths) {
        List<FactsFile> areas = new ArrayList<>();
        List<InputError> unreadable = new ArrayList<>();
        for (Path file : files(paths)) {
            try {
                areas.add(reader.read(file));
            } catch (InvalidInputException e) {
                unreadable.addAll(e.errors());
            }
        }
        return new Corpus(areas, unreadable);
    }

    private static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> found = Files.walk(path)) {
                files.addAll(found.filter(p -> Files.isRegularFile(p)
                                && p.getFileName().toString().endsWith(".json"))
                        .sorted()
                        .toList());
            } catch (IOException e) {
                throw new InvalidInputException(InputErrors.folderUnreadable(path.toString(), e.getMessage()));
            }
        }
        return files;
    }
}
