package vn.chuyenhoa.engine.message;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;

/**
 * Text that came from a file, made safe to show on a terminal or in a text report: every character that would move
 * the cursor, start a new line, run a terminal's escape sequence or reverse the reading order is written as an escape
 * instead ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}), so that a name in a file can never print a line of its
 * own ("KẾT QUẢ: ĐẠT") or recolour the screen. Letters, Vietnamese included, are left as they are.
 */
public final class Shown {
    /** "java.nio.file.AccessDeniedException: ", which Java puts before a wrapped exception's message. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*");

    private Shown() {}

    /**
     * The system's reason for a failed read or write, as a person reads it ({@code Permission denied}, {@code No space
     * left on device}), without Java's class names or a repeat of the file's name, which the message gives already.
     */
    public static String reason(Throwable failure) {
        Throwable e =
                failure instanceof UncheckedIOException && failure.getCause() != null ? failure.getCause() : failure;
        String reason;
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            reason = fileSystem.getReason();
        } else if (e instanceof AccessDeniedException) {
            reason = "Permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "No such file or directory";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "File exists";
        } else if (e instanceof NotDirectoryException) {
            reason = "Not a directory";
        } else if (e instanceof DirectoryNotEmptyException) {
            reason = "Directory not empty";
        } else if (e instanceof FileSystemLoopException) {
            reason = "Too many levels of symbolic links";
        } else if (e instanceof FileSystemException) {
            reason = "I/O error";
        } else {
            reason = CLASS_NAME.matcher(String.valueOf(e.getMessage())).replaceAll("");
        }
        return line(reason.isBlank() || reason.equals("null") ? "I/O error" : reason.strip());
    }

    /** {@code text} on one line, with its control characters escaped. */
    public static String line(String text) {
        if (text.codePoints().noneMatch(Shown::isControl)) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (isControl(c)) {
                        line.append("\\u").append(String.format(java.util.Locale.ROOT, "%04x", c));
                    } else {
                        line.appendCodePoint(c);
                    }
                }
            }
        });
        return line.toString();
    }

    /**
     * C0 and C1 controls and DEL; the line and paragraph separators, which some terminals break lines at; and the
     * marks that change the direction of text (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), with which a
     * name can show other words than it holds.
     */
    private static boolean isControl(int c) {
        return Character.isISOControl(c)
                || c == 0x2028
                || c == 0x2029
                || c == 0x061C
                || c == 0x200E
                || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
