package vn.chuyenhoa.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import vn.chuyenhoa.engine.message.Shown;

/**
 * The process's standard output, remembering why a write to it failed (a full disk, {@code /dev/full}, a closed
 * descriptor): the {@link java.io.PrintWriter} the commands print to keeps only that something failed, and a run
 * whose output was lost must say why and not exit as if all was well.
 */
final class StandardOutput extends FilterOutputStream {
    private static volatile String failure;

    StandardOutput() {
        super(new FileOutputStream(FileDescriptor.out));
    }

    /** The system's reason for the first failed write to standard output in this process. */
    static String failure() {
        return failure == null ? "I/O error" : failure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    private static IOException remembered(IOException e) {
        if (failure == null) {
            failure = Shown.reason(e);
        }
        return e;
    }
}
