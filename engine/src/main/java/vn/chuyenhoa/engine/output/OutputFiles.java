package vn.chuyenhoa.engine.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Shown;

/**
 * The one way the tool writes a file, so that nothing is ever lost or left half-written:
 * <ul>
 * <li>the text goes to a temporary file beside the target ({@code .NAME.RANDOM.tmp}), is flushed to the disk, and
 * is moved over the target in one step: a kill, a crash or a full disk leaves the previous file whole (at worst a
 * hidden temporary file beside it, never a half file in its place);</li>
 * <li>never over a file the same run reads (an input), never through a symbolic link, never over what is not a
 * regular file (a folder, a device, a FIFO);</li>
 * <li>an existing file is replaced only when the run says so ({@code --overwrite} on the command line): one policy
 * for every command. Commands whose job is to edit a repository's files ({@code lock}, the scaffolds) use
 * {@link #EDIT}.</li>
 * </ul>
 * A missing folder of the target's path is made. Every failure is an {@link InvalidInputException} with the file and
 * the system's reason ({@code No space left on device}), never half a file. A log that is appended to rather than
 * replaced gets whole lines: {@link #appendLine}.
 */
public final class OutputFiles {
    /** Edits of files that the command exists to change in place (the lock, the index, the changelog). */
    public static final OutputFiles EDIT = new OutputFiles(true, List.of());
    /** New files only: an existing one is never replaced (a scaffold's new version). */
    public static final OutputFiles CREATE = new OutputFiles(false, List.of());

    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean replaceExisting;
    private final List<Path> inputs;

    /**
     * @param replaceExisting whether an existing file may be replaced ({@code --overwrite})
     * @param inputs          every file the run reads: none of them is ever written
     */
    public OutputFiles(boolean replaceExisting, Collection<Path> inputs) {
        this.replaceExisting = replaceExisting;
        this.inputs = List.copyOf(inputs);
    }

    /** What is written: the file's text, to a buffered UTF-8 writer. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** What is written: the file's bytes (a workbook), to a stream. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Refuses now a target this run may not write (one that exists without leave to replace it, a symbolic link, a
     * folder or device, an input), so that a command can stop before its work rather than after it.
     */
    public void check(Path target) {
        BasicFileAttributes existing = attributes(target);
        if (existing == null) {
            return;
        }
        if (existing.isSymbolicLink()) {
            throw new InvalidInputException(InputErrors.outputIsALink(target.toString()));
        }
        if (!existing.isRegularFile()) {
            throw new InvalidInputException(InputErrors.outputNotAFile(target.toString()));
        }
        if (isInput(target, existing)) {
            throw new InvalidInputException(InputErrors.outputIsAnInput(target.toString()));
        }
        if (!replaceExisting) {
            throw new InvalidInputException(InputErrors.outputExists(target.toString()));
        }
    }

    /** Writes {@code content} to {@code target} as UTF-8 text, whole or not at all. */
    public void write(Path target, Content content) {
        writeBytes(target, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            content.writeTo(out);
            out.flush();
        });
    }

    /** Writes {@code content} to {@code target}, whole or not at all. */
    public void writeBytes(Path target, Bytes content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = folder.resolve(
                "." + absolute.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp");
        try {
            makeFolders(target, folder);
            check(target);
            try (FileChannel channel =
                            FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, temporary);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(InputErrors.writeFailed(target.toString(), reason(e)));
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Nothing more to do: the temporary file is hidden, and the target is whole either way.
            }
        }
    }

    /**
     * Appends one line to a log with one write, so that a crash leaves at most one incomplete last line and lines
     * written at the same time by several threads or processes never mix. The line must not hold a line break.
     * Never through a symbolic link.
     */
    public static void appendLine(Path log, String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a log line holds no line break: " + Shown.line(line));
        }
        if (Files.isSymbolicLink(log)) {
            throw new InvalidInputException(InputErrors.outputIsALink(log.toString()));
        }
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        try (FileChannel channel = FileChannel.open(
                log,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND,
                LinkOption.NOFOLLOW_LINKS)) {
            // One write(2) of the whole line; a regular file takes it whole unless the disk is full.
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new InvalidInputException(InputErrors.writeFailed(log.toString(), reason(e)));
        }
    }

    /**
     * Makes the target's missing folders ({@code so-lieu/} of {@code so-lieu/phuong-5.yaml}); a file standing where a
     * folder is needed is named, rather than the system's bare "File exists".
     */
    private static void makeFolders(Path target, Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (FileSystemException e) {
            Path inTheWay = null;
            for (Path part = target.getParent(); part != null; part = part.getParent()) {
                if (Files.exists(part, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(part)) {
                    inTheWay = part;
                }
            }
            if (inTheWay == null) {
                throw e;
            }
            throw new InvalidInputException(InputErrors.folderInTheWay(target.toString(), inTheWay.toString()));
        }
    }

    private boolean isInput(Path target, BasicFileAttributes existing) {
        Object key = existing.fileKey();
        Path normalized = target.toAbsolutePath().normalize();
        for (Path input : inputs) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(input, BasicFileAttributes.class);
            } catch (IOException e) {
                continue;
            }
            if (key != null
                    ? key.equals(attributes.fileKey())
                    : normalized.equals(input.toAbsolutePath().normalize())) {
                return true;
            }
        }
        return false;
    }

    /** The target as it is, not following a link; null when there is none. */
    private static BasicFileAttributes attributes(Path target) {
        try {
            return Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new InvalidInputException(InputErrors.writeFailed(target.toString(), reason(e)));
        }
    }

    /** A replaced file keeps who may read it: a report shared with a group stays shared. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AtomicMoveNotSupportedException) {
            return "the file system cannot replace a file in one step";
        }
        return Shown.reason(Objects.requireNonNull(e));
    }
}
