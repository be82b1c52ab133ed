package vn.chuyenhoa.engine.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsFiles;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.message.InputErrors;

/**
 * The areas a diff evaluates: facts files given one by one or as folders (every facts file under a folder, in path
 * order, as {@link FactsFiles} lists them), the errors of those that cannot be read, so that one bad file is reported
 * without hiding the others, and the entries of folders that were skipped (links, special files, JSON Schemas), each a
 * notice.
 */
public record Corpus(List<FactsFile> areas, List<InputError> unreadable, List<InputError> skipped) {
    public Corpus {
        areas = List.copyOf(areas);
        unreadable = List.copyOf(unreadable);
        skipped = List.copyOf(skipped);
    }

    /** Reads every file of {@code paths}, each folder replaced by the facts files under it. */
    public static Corpus read(FactsReader reader, List<Path> paths) {
        FactsFiles.Listing listing = FactsFiles.list(paths);
        List<FactsFile> areas = new ArrayList<>();
        List<InputError> unreadable = new ArrayList<>();
        List<InputError> skipped = new ArrayList<>(listing.skipped());
        for (FactsFiles.Entry entry : listing.entries()) {
            if (entry.error() != null) {
                unreadable.add(entry.error());
                continue;
            }
            try {
                areas.add(reader.read(entry.path()));
            } catch (InvalidInputException e) {
                if (!paths.contains(entry.path()) && FactsReader.isJsonSchema(e.errors())) {
                    skipped.add(InputErrors.skippedSchema(entry.path().toString()));
                } else {
                    unreadable.addAll(e.errors());
                }
            }
        }
        return new Corpus(areas, unreadable, skipped);
    }
}
