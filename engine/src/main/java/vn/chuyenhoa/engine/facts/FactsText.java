package vn.chuyenhoa.engine.facts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.message.InputErrors;

/**
 * The bytes of a facts file made text: at most {@link FactsReader#MAX_FILE_BYTES}, UTF-8 with or without a
 * byte-order mark. Anything else is refused with where it goes wrong and how to fix it, because the usual
 * cause is an editor's setting (Notepad's "Unicode" is UTF-16; old Vietnamese files are TCVN3, VNI or
 * Windows-1258), which a person can change once told.
 */
final class FactsText {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private FactsText() {}

    static String of(String source, byte[] content) {
        if (content.length > FactsReader.MAX_FILE_BYTES) {
            throw new InvalidInputException(InputErrors.fileTooLarge(source, FactsReader.MAX_FILE_BYTES));
        }
        if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            throw new InvalidInputException(InputErrors.savedAsUtf16(source));
        }
        for (int at = 0; at < content.length; at++) {
            if (content[at] == 0) {
                throw new InvalidInputException(InputErrors.nulCharacter(source, line(content, at)));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            String bad = String.format("0x%02X", content[at] & 0xFF);
            throw new InvalidInputException(InputErrors.notUtf8(source, bad, line(content, at)));
        }
        String text = out.flip().toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static boolean startsWith(byte[] content, int first, int second) {
        return content.length >= 2 && (content[0] & 0xFF) == first && (content[1] & 0xFF) == second;
    }

    private static int line(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
