package vn.chuyenhoa.engine.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Phrase;

/**
 * The JSON and YAML parsers' own words for what is wrong, which are English only, in the reader's language: the
 * mistakes a person makes typing a file (a missing comma or quote, an unclosed brace, a stray word) are said in
 * Vietnamese; any other is "lỗi cú pháp" in Vietnamese, its place given by the line and column, and the parser's
 * words in English.
 */
public final class ParserWords {
    private record Known(Pattern english, Function<Matcher, String> vietnamese) {}

    private static final String CHARACTER = "Unexpected character \\('(.{1,4})' \\(code \\d+\\)\\)";
    private static final List<Known> KNOWN = List.of(
            known("Unexpected end-of-input.*", m -> "tệp kết thúc giữa chừng (thiếu dấu đóng } hoặc ], hay dấu \")"),
            known(
                    CHARACTER + ": was expecting comma to separate (Object|Array) entries.*",
                    m -> "ký tự '" + m.group(1) + "' không đúng chỗ: thiếu dấu phẩy giữa hai mục"),
            known(
                    CHARACTER + ": was expecting double-quote to start field name.*",
                    m -> "ký tự '" + m.group(1) + "' không đúng chỗ: tên khóa phải đặt trong dấu ngoặc kép"),
            known(
                    CHARACTER + ": was expecting a colon to separate field name and value.*",
                    m -> "ký tự '" + m.group(1) + "' không đúng chỗ: thiếu dấu hai chấm giữa tên khóa và giá trị"),
            known(
                    CHARACTER + ".*",
                    m -> "ký tự '" + m.group(1) + "' không đúng chỗ: cần một giá trị (chuỗi trong ngoặc kép, số, [ ],"
                            + " { }, null, true hoặc false)"),
            known(
                    "Unrecognized token '(.*)': was expecting.*",
                    m -> "không đọc được '" + m.group(1) + "': chữ phải đặt trong dấu ngoặc kép; chỉ null, true và"
                            + " false viết không có ngoặc kép"),
            known(
                    "Unexpected close marker '(.)': expected '(.)'.*",
                    m -> "dấu đóng '" + m.group(1) + "' không khớp: cần '" + m.group(2) + "'"),
            known(
                    "Illegal unquoted character.*",
                    m -> "ký tự điều khiển (xuống dòng, tab) trong chuỗi phải viết thoát, ví dụ \\n"),
            known("Invalid numeric value: Leading zeroes not allowed.*", m -> "số không được viết có số 0 ở đầu"),
            known("Duplicate field '(.*)'.*", m -> "khóa '" + m.group(1) + "' xuất hiện hai lần"),
            // SnakeYAML's, for YAML files.
            known(
                    "while parsing a flow sequence: expected ',' or '\\]'.*",
                    m -> "danh sách [ … ] chưa đóng hoặc thiếu dấu phẩy: cần ',' hoặc ']'"),
            known(
                    "while parsing a flow mapping: expected ',' or '\\}'.*",
                    m -> "đối tượng { … } chưa đóng hoặc thiếu dấu phẩy: cần ',' hoặc '}'"),
            known(
                    "while scanning a quoted scalar: found unexpected end of stream.*",
                    m -> "chuỗi trong dấu ngoặc kép chưa đóng"),
            known("while scanning a simple key: could not find expected ':'.*", m -> "thiếu dấu hai chấm sau tên khóa"),
            known(
                    "mapping values are not allowed here.*",
                    m -> "dấu hai chấm không đúng chỗ (thiếu dấu cách sau nó, hoặc thụt lề sai)"),
            known("while parsing a block mapping.*", m -> "thụt lề không đúng"));

    private ParserWords() {}

    private static Known known(String english, Function<Matcher, String> vietnamese) {
        return new Known(Pattern.compile(english, Pattern.DOTALL), vietnamese);
    }

    /** The parser's own words for what is wrong, on one line: SnakeYAML's without its code excerpt, or Jackson's. */
    public static String detail(JsonProcessingException e) {
        return yamlProblem(e).orElse(oneLine(e.getOriginalMessage()));
    }

    /** Where the parser stopped, " (dòng 9, cột 9)", or nothing when it does not say. */
    public static Phrase where(JsonLocation location) {
        return location == null || location.getLineNr() <= 0
                ? Phrase.of("", "")
                : InputErrors.location(location.getLineNr(), location.getColumnNr());
    }

    /** SnakeYAML's own words ("while parsing a flow sequence: expected ',' or ']'"), without its code excerpt. */
    private static Optional<String> yamlProblem(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked) {
                String context = marked.getContext();
                return Optional.of(oneLine((context == null ? "" : context + ": ") + marked.getProblem()));
            }
        }
        return Optional.empty();
    }

    /** A parser's message on one line and of a readable length. */
    static String oneLine(String message) {
        String line = String.valueOf(message)
                // Jackson's "(for Array starting at [Source: REDACTED …; line: 2, column: 11])": noise to a person.
                .replaceAll("\\s*\\(for \\w+ starting at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s+", " ")
                .strip();
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }

    /** The parser's {@code detail} in the reader's language. */
    public static Phrase of(String detail) {
        for (Known known : KNOWN) {
            Matcher matcher = known.english().matcher(detail);
            if (matcher.matches()) {
                return Phrase.of(known.vietnamese().apply(matcher), detail);
            }
        }
        return Phrase.of("lỗi cú pháp", detail);
    }
}
