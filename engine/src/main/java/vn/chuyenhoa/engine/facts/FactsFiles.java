package vn.chuyenhoa.engine.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Shown;

/**
 * The files that the paths given to a command stand for, by one policy (docs/files.md) for every command that reads
 * folders ({@code review}, {@code diff}):
 * <ul>
 * <li>a path named is read as it is, following a symbolic link: its user named it;</li>
 * <li>a folder stands for every facts file ({@code .json}, {@code .yaml}, {@code .yml}) below it, sub-folders
 * included, in path order; hidden entries ({@code .name}) and other files (a README, a CSV) are left out without a
 * word;</li>
 * <li>inside a folder, a symbolic link is not followed, to a file or to a folder alike, and a FIFO, a device or a
 * socket is not opened: each is skipped with a line saying so (a link can lead anywhere, or in a loop; a FIFO can
 * keep a reader waiting for ever, a device never end);</li>
 * <li>a folder or sub-folder that cannot be read is one invalid input with the system's reason, and every other file
 * is still read.</li>
 * </ul>
 */
public final class FactsFiles {
    private FactsFiles() {}

    /** One input: a file to read, or a path that gave none, with why. */
    public record Entry(Path path, InputError error) {}

    /** What the paths stand for, in order, and the entries skipped (one notice each). */
    public record Listing(List<Entry> entries, List<InputError> skipped) {
        public Listing {
            entries = List.copyOf(entries);
            skipped = List.copyOf(skipped);
        }
    }

    /** The files {@code paths} stand for: each folder replaced by the facts files below it. */
    public static Listing list(List<Path> paths) {
        List<Entry> entries = new ArrayList<>();
        List<InputError> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                entries.add(new Entry(path, null));
                continue;
            }
            int first = entries.size();
            walk(path, entries, skipped);
            if (entries.size() == first) {
                entries.add(new Entry(path, InputErrors.noFactsFiles(path.toString())));
            }
        }
        return new Listing(entries, skipped);
    }

    /** A facts file by its name: JSON or YAML (the reader picks the format by the same extensions). */
    public static boolean isFactsFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * The bytes of a file named as an input, at most {@code limit} + 1 of them: enough to tell that it is too large
     * without reading it all. A FIFO, a device or a socket is refused without being opened.
     */
    public static byte[] read(Path file, int limit) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(InputErrors.fileUnreadable(name, "Is a directory"));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InvalidInputException(InputErrors.notARegularFile(name));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit + 1);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputErrors.fileNotFound(name));
        } catch (IOException e) {
            throw new InvalidInputException(InputErrors.fileUnreadable(name, Shown.reason(e)));
        }
    }

    private static void walk(Path folder, List<Entry> entries, List<InputError> skipped) {
        List<Path> found = new ArrayList<>();
        List<Entry> unreadable = new ArrayList<>();
        try {
            // Links are followed only to tell what they lead to; each one inside the folder is skipped below.
            Files.walkFileTree(
                    folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            if (dir.equals(folder)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (hidden(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (Files.isSymbolicLink(dir)) {
                                skipped.add(InputErrors.skippedLink(dir.toString()));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (hidden(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (Files.isSymbolicLink(file)) {
                                skipped.add(InputErrors.skippedLink(file.toString()));
                            } else if (!attributes.isRegularFile()) {
                                skipped.add(InputErrors.skippedSpecialFile(file.toString()));
                            } else if (isFactsFile(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!hidden(file)) {
                                if (Files.isSymbolicLink(file)) {
                                    skipped.add(InputErrors.skippedLink(file.toString()));
                                } else {
                                    unreadable.add(new Entry(
                                            file, InputErrors.folderUnreadable(file.toString(), Shown.reason(e))));
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                unreadable.add(
                                        new Entry(dir, InputErrors.folderUnreadable(dir.toString(), Shown.reason(e))));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        private boolean hidden(Path path) {
                            for (Path part : folder.relativize(path)) {
                                if (part.toString().startsWith(".")) {
                                    return true;
                                }
                            }
                            return false;
                        }
                    });
        } catch (IOException e) {
            unreadable.add(new Entry(folder, InputErrors.folderUnreadable(folder.toString(), Shown.reason(e))));
        }
        found.stream().sorted().forEach(file -> entries.add(new Entry(file, null)));
        entries.addAll(unreadable);
    }
}
