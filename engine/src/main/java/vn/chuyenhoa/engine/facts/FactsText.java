package vn.chuyenhoa.engine.facts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;

/**
 * The bytes of a facts file made text: at most {@link FactsReader#MAX_FILE_BYTES}, UTF-8 with or without a
 * byte-order mark. Anything else is refused with where it goes wrong and how to fix it, because the usual
 * cause is an editor's setting (Notepad's "Unicode" is UTF-16; old Vietnamese files are TCVN3, VNI or
 * Windows-1258), which a person can change once told.
 */
final class FactsText {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private FactsText() {
    }

    static String of(String source, byte[] content) {
        if (content.length > FactsReader.MAX_FILE_BYTES) {
            throw invalid(source,
                    "tệp lớn hơn giới hạn " + Language.VI.number(FactsReader.MAX_FILE_BYTES) + " byte (1 MiB); một tệp số liệu"
                            + " chỉ vài KB: có chọn nhầm tệp không?",
                    "the file is larger than the limit of " + Language.EN.number(FactsReader.MAX_FILE_BYTES)
                            + " bytes (1 MiB); a facts file is a few KB: is it the right file?");
        }
        if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            throw invalid(source,
                    "tệp được lưu với bảng mã UTF-16 (\"Unicode\"): hãy lưu lại với bảng mã UTF-8",
                    "the file is saved as UTF-16 (\"Unicode\"): save it again as UTF-8");
        }
        for (int at = 0; at < content.length; at++) {
            if (content[at] == 0) {
                throw invalid(source,
                        "tệp có ký tự NUL (mã 0) ở dòng " + line(content, at) + ": tệp không phải văn bản, hoặc được lưu với"
                                + " bảng mã UTF-16 — hãy lưu lại với bảng mã UTF-8",
                        "the file has a NUL character (code 0) on line " + line(content, at) + ": it is not text, or it is"
                                + " saved as UTF-16 — save it again as UTF-8");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
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
            throw invalid(source,
                    "tệp không phải văn bản UTF-8: byte " + bad + " ở dòng " + line(content, at) + " không hợp lệ; hãy lưu lại"
                            + " tệp với bảng mã Unicode UTF-8 (tệp gõ bằng bảng mã TCVN3, VNI hay Windows-1258 cần chuyển mã)",
                    "the file is not UTF-8 text: invalid byte " + bad + " on line " + line(content, at)
                            + "; save it again as UTF-8");
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

    private static InvalidInputException invalid(String source, String vi, String en) {
        return new InvalidInputException(new InputError(source, "$", vi, en, null));
    }
}
