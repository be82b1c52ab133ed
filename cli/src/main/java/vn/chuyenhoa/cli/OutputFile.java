package vn.chuyenhoa.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file a command writes, never seen half-written: the content goes to a temporary file beside it, which then
 * takes the file's name in one step. A reader (Excel, a browser, a script) finds the old file or the new one,
 * never a part, and a failure in the middle leaves what was there.
 */
final class OutputFile {
    /** Writes the content to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {}

    /** Writes {@code target}, replacing what it held. */
    static void replace(Path target, Content content) throws IOException {
        Path temporary = temporary(target, content);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes {@code target}, which must not exist (a template may already hold figures filled in).
     *
     * @throws java.nio.file.FileAlreadyExistsException when it does
     */
    static void create(Path target, Content content) throws IOException {
        if (Files.exists(target)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString());
        }
        Path temporary = temporary(target, content);
        try {
            Files.move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The content in a new file in the target's folder (made if missing), so that the move is a rename. */
    private static Path temporary(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }
}
