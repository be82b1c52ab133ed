package vn.chuyenhoa.engine.message;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.manifest.InForce;

/**
 * Every input error the engine reports, in Vietnamese and English side by side: the one place to read or translate
 * them. Each method makes one error with its {@link ErrorCode}; fragments shared by several messages (where in a
 * file, how a value looks) are made by the reader that finds them and passed in both languages.
 */
public final class InputErrors {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private InputErrors() {}

    private static InputError at(String file, String path, ErrorCode code, String vi, String en) {
        return new InputError(file, path, null, code, Phrase.of(vi, en), null);
    }

    private static InputError at(String file, String path, ErrorCode code, String vi, String en, String suggestion) {
        return new InputError(file, path, null, code, Phrase.of(vi, en), suggestion);
    }

    private static InputError of(String file, Parameter parameter, ErrorCode code, Phrase text, String suggestion) {
        return new InputError(file, null, parameter, code, text, suggestion);
    }

    // ── Files and folders ────────────────────────────────────────────────────────────────────────────────────

    public static InputError fileNotFound(String file) {
        return at(file, "$", ErrorCode.FILE_NOT_FOUND, "không tìm thấy tệp", "file not found");
    }

    /** {@code reason}: what the system said. */
    public static InputError fileUnreadable(String file, String reason) {
        return at(
                file,
                "$",
                ErrorCode.FILE_UNREADABLE,
                "không đọc được tệp (" + reason + ")",
                "cannot read the file (" + reason + ")");
    }

    /** A folder given as an input (a review's, a diff's). */
    public static InputError folderUnreadable(String folder, String reason) {
        return at(
                folder,
                "$",
                ErrorCode.FILE_UNREADABLE,
                "không đọc được thư mục (" + reason + ")",
                "cannot read the folder (" + reason + ")");
    }

    /** A FIFO, a device or a socket named as an input: never opened (it could keep the reader waiting for ever). */
    public static InputError notARegularFile(String file) {
        return at(
                file,
                "$",
                ErrorCode.FILE_UNREADABLE,
                "không phải tệp thường (là FIFO, thiết bị hoặc socket): không đọc",
                "not a regular file (a FIFO, a device or a socket): not read");
    }

    /** A symbolic link inside a folder read for its facts files (docs/files.md): a notice, not an error. */
    public static InputError skippedLink(String path) {
        return at(
                path,
                "$",
                ErrorCode.SKIPPED,
                "bỏ qua: liên kết tượng trưng (symbolic link) trong thư mục không được đọc theo; muốn đọc nơi nó trỏ"
                        + " tới thì nêu nơi đó trên dòng lệnh",
                "skipped: a symbolic link inside a folder is not followed; to read what it points to, name that on"
                        + " the command line");
    }

    /** A FIFO, a device or a socket inside a folder read for its facts files: a notice, not an error. */
    public static InputError skippedSpecialFile(String path) {
        return at(
                path,
                "$",
                ErrorCode.SKIPPED,
                "bỏ qua: không phải tệp thường (là FIFO, thiết bị hoặc socket)",
                "skipped: not a regular file (a FIFO, a device or a socket)");
    }

    /** A JSON Schema found in a folder: a notice, not an error. */
    public static InputError skippedSchema(String path) {
        return at(
                path,
                "$",
                ErrorCode.SKIPPED,
                "bỏ qua: đây là một JSON Schema (mô tả tệp số liệu cho trình soạn thảo), không phải tệp số liệu",
                "skipped: a JSON Schema (which describes facts files to an editor), not a facts file");
    }

    /** A JSON Schema named where a facts file is expected. */
    public static InputError jsonSchema(String file) {
        return at(
                file,
                "$",
                ErrorCode.JSON_SCHEMA,
                "đây là một JSON Schema (mô tả tệp số liệu cho trình soạn thảo), không phải tệp số liệu: hãy nêu tệp"
                        + " số liệu",
                "this is a JSON Schema (which describes facts files to an editor), not a facts file: name a facts"
                        + " file");
    }

    public static InputError noFactsFiles(String folder) {
        return at(
                folder,
                "$",
                ErrorCode.NO_FACTS_FILES,
                "thư mục không có tệp số liệu .json, .yaml nào",
                "the directory holds no .json or .yaml facts file");
    }

    // ── The bytes of a facts file ────────────────────────────────────────────────────────────────────────────

    public static InputError fileTooLarge(String file, long limit) {
        return at(
                file,
                "$",
                ErrorCode.FILE_TOO_LARGE,
                "tệp lớn hơn giới hạn " + Language.VI.number(limit)
                        + " byte (1 MiB); một tệp số liệu chỉ vài KB: có chọn" + " nhầm tệp không?",
                "the file is larger than the limit of " + Language.EN.number(limit)
                        + " bytes (1 MiB); a facts file is a" + " few KB: is it the right file?");
    }

    public static InputError savedAsUtf16(String file) {
        return at(
                file,
                "$",
                ErrorCode.NOT_UTF8,
                "tệp được lưu với bảng mã UTF-16 (\"Unicode\"): hãy lưu lại với bảng mã" + " UTF-8",
                "the file is saved as UTF-16 (\"Unicode\"): save it again as UTF-8");
    }

    public static InputError nulCharacter(String file, int line) {
        return at(
                file,
                "$",
                ErrorCode.NOT_UTF8,
                "tệp có ký tự NUL (mã 0) ở dòng " + line
                        + ": tệp không phải văn bản, hoặc được lưu với bảng mã UTF-16 —"
                        + " hãy lưu lại với bảng mã UTF-8",
                "the file has a NUL character (code 0) on line " + line + ": it is not text, or it is saved as UTF-16 —"
                        + " save it again as UTF-8");
    }

    /** {@code bad}: the byte as {@code 0xC3}. */
    public static InputError notUtf8(String file, String bad, int line) {
        return at(
                file,
                "$",
                ErrorCode.NOT_UTF8,
                "tệp không phải văn bản UTF-8: byte " + bad + " ở dòng " + line
                        + " không hợp lệ; hãy lưu lại tệp với bảng"
                        + " mã Unicode UTF-8 (tệp gõ bằng bảng mã TCVN3, VNI hay Windows-1258 cần chuyển mã)",
                "the file is not UTF-8 text: invalid byte " + bad + " on line " + line + "; save it again as UTF-8");
    }

    /** A CSV file in another encoding: {@code found} is what it is, in both languages. */
    public static InputError csvNotUtf8(String file, String foundVi, String foundEn) {
        return at(
                file,
                "$",
                ErrorCode.NOT_UTF8,
                "tệp CSV cần mã UTF-8 để giữ đúng tiếng Việt, gặp " + foundVi + " — trong Excel chọn Lưu thành → \"CSV"
                        + " UTF-8 (Comma delimited) (*.csv)\"",
                "the CSV file must be UTF-8 to keep Vietnamese intact, found " + foundEn + " — in Excel use Save As →"
                        + " \"CSV UTF-8 (Comma delimited) (*.csv)\"");
    }

    // ── The syntax of a facts file (JSON or YAML) ────────────────────────────────────────────────────────────

    /** " (dòng 3, cột 7)": where in the file a parser stopped. */
    public static Phrase location(int line, int column) {
        return Phrase.of(" (dòng " + line + ", cột " + column + ")", " (line " + line + ", column " + column + ")");
    }

    public static InputError emptyFile(String file) {
        return at(
                file,
                "$",
                ErrorCode.EMPTY_FILE,
                "tệp rỗng, cần các mục plan, area, year, facts",
                "the file is empty; expected plan, area, year, facts");
    }

    public static InputError contentAfterDocument(String file, Phrase where) {
        return new InputError(
                file,
                "$",
                null,
                ErrorCode.SYNTAX,
                (l, s) -> l.pick(
                        "có nội dung thừa sau khi tệp đã kết thúc" + where.in(l, s)
                                + ": mỗi tệp chỉ chứa số liệu của một địa bàn",
                        "content after the end of the document" + where.in(l, s) + ": a file holds one area's facts"),
                null);
    }

    public static InputError numberUnreadable(String file, String path, Phrase where) {
        return new InputError(
                file,
                path,
                null,
                ErrorCode.SYNTAX,
                (l, s) -> l.pick(
                        "số không đọc được" + where.in(l, s) + ": số mũ quá lớn",
                        "a number that cannot be read" + where.in(l, s) + ": its exponent is too large"),
                null);
    }

    /** A YAML anchor ({@code &name}) or alias ({@code *name}), which Jackson would read as the text of the name. */
    public static InputError yamlReference(String file, Phrase where) {
        return new InputError(
                file,
                "$",
                null,
                ErrorCode.SYNTAX,
                (language, spelling) -> language.pick(
                        "YAML không hợp lệ" + where.in(language, spelling) + ": không dùng neo (&tên) và tham chiếu"
                                + " (*tên) của YAML; hãy ghi thẳng từng giá trị",
                        "invalid YAML" + where.in(language, spelling) + ": YAML anchors (&name) and aliases (*name) are"
                                + " not allowed; write each value itself"),
                null);
    }

    /** {@code format}: JSON or YAML; {@code detail}: the parser's own words. */
    /** {@code detail}: the parser's words for what is wrong, in the reader's language. */
    public static InputError syntax(String file, String path, String format, Phrase where, Phrase detail) {
        return new InputError(
                file,
                path,
                null,
                ErrorCode.SYNTAX,
                (l, s) -> l.pick(
                        format + " không hợp lệ" + where.in(l, s) + ": " + detail.in(l, s),
                        "invalid " + format + where.in(l, s) + ": " + detail.in(l, s)),
                null);
    }

    public static InputError duplicateKey(String file, String path, Phrase where, Phrase detail) {
        return new InputError(
                file,
                path,
                null,
                ErrorCode.DUPLICATE_KEY,
                (l, s) -> l.pick(
                        "khóa bị lặp lại" + where.in(l, s) + ": " + detail.in(l, s),
                        "duplicate key" + where.in(l, s) + ": " + detail.in(l, s)),
                null);
    }

    /** The reading limits a facts file can exceed. */
    public enum Limit {
        NESTING,
        NUMBER_LENGTH,
        STRING_LENGTH,
        KEY_LENGTH,
        OTHER
    }

    /** {@code limit}: how many levels, digits or characters; {@code detail}: the parser's words for {@link Limit#OTHER}. */
    public static InputError limitExceeded(
            String file, String path, Limit kind, int limit, String detail, Phrase where) {
        Phrase what = switch (kind) {
            case NESTING ->
                Phrase.of(
                        "lồng nhau quá sâu (quá " + limit + " cấp)",
                        "nested too deeply (more than " + limit + " levels)");
            case NUMBER_LENGTH ->
                Phrase.of(
                        "số quá dài (quá " + limit + " chữ số)", "a number too long (more than " + limit + " digits)");
            case STRING_LENGTH ->
                Phrase.of(
                        "chuỗi quá dài (quá " + Language.VI.number(limit) + " ký tự)",
                        "a text too long (more than " + Language.EN.number(limit) + " characters)");
            case KEY_LENGTH ->
                Phrase.of(
                        "tên khóa quá dài (quá " + limit + " ký tự)",
                        "a key too long (more than " + limit + " characters)");
            case OTHER -> Phrase.of("vượt giới hạn đọc tệp: " + detail, "over a reading limit: " + detail);
        };
        return new InputError(
                file,
                path,
                null,
                ErrorCode.LIMIT_EXCEEDED,
                (l, s) -> l.pick(
                        "tệp vượt giới hạn: " + what.in(l, s) + where.in(l, s),
                        "the file exceeds a limit: " + what.in(l, s) + where.in(l, s)),
                null);
    }

    // ── The content of a facts file ──────────────────────────────────────────────────────────────────────────

    /** {@code found}: how the value looks ("string \"x\"", "number 12"), the same in both languages. */
    public static InputError notAFactsObject(String file, String found) {
        return at(
                file,
                "$",
                ErrorCode.WRONG_TYPE,
                "cần một đối tượng gồm các mục plan, area, year, facts, gặp " + found,
                "expected an object of plan, area, year and facts, found " + found);
    }

    /** An object with none of the keys of a facts file: {@code first} is its first key, quoted and shortened. */
    public static InputError notAFactsFile(String file, String first, int keys) {
        return at(
                file,
                "$",
                ErrorCode.WRONG_TYPE,
                "không phải tệp số liệu: trong " + keys + " khóa không có khóa nào là plan, area, year, facts (khóa"
                        + " đầu tiên: " + first + ") — có chọn nhầm tệp không?",
                "not a facts file: none of its " + keys + " keys is plan, area, year or facts (the first: " + first
                        + ") — is it the right file?");
    }

    public static InputError schemaNotAString(String file, String found) {
        return at(
                file,
                "$.$schema",
                ErrorCode.WRONG_TYPE,
                "cần một chuỗi (tên tệp JSON Schema), gặp " + found,
                "expected a string (the JSON Schema's file name), found " + found);
    }

    public static InputError badPlanId(String file, String quoted) {
        return at(
                file,
                "$.plan",
                ErrorCode.INVALID_VALUE,
                "cần mã kế hoạch như 45-KH-BCD-2023 hoặc 45-KH-BCD-2023@1.0.0, gặp " + quoted,
                "expected a plan id such as 45-KH-BCD-2023 or 45-KH-BCD-2023@1.0.0, found " + quoted);
    }

    public static InputError areaMissing(String file) {
        return at(
                file,
                "$.area",
                ErrorCode.MISSING_FIELD,
                "thiếu thông tin địa bàn (cần \"area\": {\"name\": …})",
                "the area is missing (expected \"area\": {\"name\": …})");
    }

    public static InputError expectedObject(String file, String path, String found) {
        return at(
                file,
                path,
                ErrorCode.WRONG_TYPE,
                "cần một đối tượng, gặp " + found,
                "expected an object, found " + found);
    }

    public static InputError expectedString(String file, String path, String found) {
        return at(file, path, ErrorCode.WRONG_TYPE, "cần một chuỗi, gặp " + found, "expected a string, found " + found);
    }

    public static InputError areaNameMissing(String file) {
        return at(file, "$.area.name", ErrorCode.MISSING_FIELD, "thiếu tên địa bàn", "the area's name is missing");
    }

    public static InputError areaNameEmpty(String file) {
        return at(
                file,
                "$.area.name",
                ErrorCode.INVALID_VALUE,
                "tên địa bàn không được để trống",
                "the area's name is empty");
    }

    public static InputError typesNotAList(String file, String found) {
        return at(
                file,
                "$.area.types",
                ErrorCode.WRONG_TYPE,
                "cần một danh sách loại địa bàn, ví dụ [\"LOAI_4\"], gặp " + found,
                "expected a list of area types such as [\"LOAI_4\"], found " + found);
    }

    public static InputError typeNotAString(String file, String path, String found) {
        return at(
                file,
                path,
                ErrorCode.WRONG_TYPE,
                "cần tên loại địa bàn, gặp " + found,
                "expected an area type, found " + found);
    }

    /**
     * An area type that does not exist, in a file ({@code path}) or a request ({@code parameter}): one error
     * whichever the reader, with the types there are and the closest.
     */
    public static InputError unknownAreaType(
            String file, String path, Parameter parameter, String quoted, List<String> known, String suggestion) {
        Phrase text = Phrase.of(
                "loại địa bàn không có: " + quoted + " (có: " + String.join(", ", known) + ")",
                "unknown area type " + quoted + " (known: " + String.join(", ", known) + ")");
        return new InputError(file, path, parameter, ErrorCode.UNKNOWN_AREA_TYPE, text, suggestion);
    }

    /**
     * The year is missing; {@code periods} are the plans the file may be evaluated under, by id, with the dates they
     * are in force: the one it or the request names, else every plan (a hint of a year outside its plan's period would
     * be followed by a refusal).
     */
    public static InputError yearMissing(String file, Map<String, InForce> periods) {
        String vi;
        String en;
        if (periods.size() == 1) {
            Map.Entry<String, InForce> plan = periods.entrySet().iterator().next();
            InForce period = plan.getValue();
            int from = period.from().getYear();
            int to = period.to().getYear();
            String dates = DAY.format(period.from()) + " – " + DAY.format(period.to());
            vi = "cần \"year\": " + (from == to ? from : "một năm từ " + from + " đến " + to)
                    + ", trong thời gian hiệu lực của kế hoạch " + plan.getKey() + ": " + dates;
            en = "expected \"year\": " + (from == to ? from : "a year from " + from + " to " + to)
                    + ", within the period of plan " + plan.getKey() + ": " + dates;
        } else {
            List<String> vis = new ArrayList<>();
            List<String> ens = new ArrayList<>();
            periods.forEach((id, period) -> {
                int from = period.from().getYear();
                int to = period.to().getYear();
                vis.add(id + " " + (from == to ? "năm " + from : "từ " + from + " đến " + to));
                ens.add(id + " " + (from == to ? String.valueOf(from) : from + "–" + to));
            });
            vi = "cần \"year\": năm của số liệu"
                    + (vis.isEmpty() ? "" : ", trong thời gian hiệu lực của kế hoạch: " + String.join("; ", vis));
            en = "expected \"year\": the year of the figures"
                    + (ens.isEmpty() ? "" : ", within the period of its plan: " + String.join("; ", ens));
        }
        return at(
                file,
                "$.year",
                ErrorCode.MISSING_FIELD,
                "thiếu năm đánh giá (" + vi + ")",
                "the evaluation year is missing (" + en + ")");
    }

    /** A year given beside the files (the command line's --year) that no facts file could hold. */
    public static InputError yearOutOfRange(Parameter parameter, int from, int to, String found) {
        return of(
                null,
                parameter,
                ErrorCode.INVALID_VALUE,
                Phrase.of(
                        "cần một năm từ " + from + " đến " + to + ", gặp " + found,
                        "expected a year from " + from + " to " + to + ", found " + found),
                null);
    }

    public static InputError yearOutOfRange(String file, int from, int to, String found) {
        return at(
                file,
                "$.year",
                ErrorCode.INVALID_VALUE,
                "cần một năm từ " + from + " đến " + to + ", gặp " + found,
                "expected a year from " + from + " to " + to + ", found " + found);
    }

    public static InputError factsMissing(String file) {
        return at(
                file,
                "$.facts",
                ErrorCode.MISSING_FIELD,
                "thiếu phần số liệu (cần \"facts\": { … }, có thể để trống)",
                "the facts are missing (expected \"facts\": { … }, which may be empty)");
    }

    public static InputError negativeCount(String file, String path, String number) {
        return at(
                file,
                path,
                ErrorCode.INVALID_VALUE,
                "cần một số nguyên ≥ 0, gặp số âm " + number,
                "expected a whole number ≥ 0, found the negative " + number);
    }

    public static InputError countTooLarge(String file, String path, String number) {
        return at(file, path, ErrorCode.INVALID_VALUE, "số quá lớn: " + number, "the number is too large: " + number);
    }

    /** How a count was probably meant to be written, when it was not written as one. */
    public enum CountHint {
        NONE,
        THOUSANDS_SEPARATOR,
        QUOTED,
        YAML_NOTATION
    }

    /**
     * A count that is not a whole number as written; {@code fraction} when it is a number with a fractional part
     * ({@code written}), else {@code found} shows the value.
     */
    public static InputError notACount(
            String file,
            String path,
            boolean fraction,
            String written,
            String found,
            CountHint hint,
            String suggestion) {
        String what = fraction ? "số có phần lẻ " + written : found;
        String whatEn = fraction ? "a fraction " + written : found;
        String[] hints = switch (hint) {
            case NONE -> new String[] {"", ""};
            case THOUSANDS_SEPARATOR ->
                new String[] {
                    " — số nguyên viết liền, không có dấu phân cách hàng nghìn",
                    " — write whole numbers without a thousands separator"
                };
            case QUOTED -> new String[] {" — viết số không có dấu ngoặc kép", " — write numbers without quotes"};
            case YAML_NOTATION ->
                new String[] {
                    " — viết số nguyên dạng thập phân, không có số 0 ở đầu, dấu + hay dấu _",
                    " — write whole numbers in decimals, without leading zeros, + or _"
                };
        };
        return at(
                file,
                path,
                ErrorCode.NOT_A_COUNT,
                "cần một số nguyên ≥ 0 (để null nếu chưa có số liệu), gặp " + what + hints[0],
                "expected a whole number ≥ 0 (null when the figure is not known), found " + whatEn + hints[1],
                suggestion);
    }

    public static InputError notAFlag(String file, String path, String found) {
        return at(
                file,
                path,
                ErrorCode.WRONG_TYPE,
                "cần true hoặc false, viết không có dấu ngoặc kép (để null nếu chưa có kết luận), gặp " + found,
                "expected true or false, without quotes (null when not yet assessed), found " + found);
    }

    public static InputError partOverWhole(String file, String path, String whole, long wholeValue, long part) {
        return at(
                file,
                path,
                ErrorCode.PART_OVER_WHOLE,
                "là một phần của " + whole + " (" + wholeValue + ") nên không thể lớn hơn, gặp " + part,
                "is part of " + whole + " (" + wholeValue + ") so cannot be larger, found " + part);
    }

    /** Two parts of one whole that never overlap (areas ĐẠT, areas CHƯA ĐẠT) add up to more than it. */
    public static InputError partsOverWhole(
            String file, String path, String other, long otherValue, String whole, long wholeValue, long part) {
        return at(
                file,
                path,
                ErrorCode.PART_OVER_WHOLE,
                "cộng với " + other + " (" + otherValue + ") không thể lớn hơn " + whole + " (" + wholeValue + "), gặp "
                        + part,
                "with " + other + " (" + otherValue + ") cannot be more than " + whole + " (" + wholeValue + "), found "
                        + part);
    }

    public static InputError evidenceNotAnObject(String file, String found) {
        return at(
                file,
                "$.evidence",
                ErrorCode.WRONG_TYPE,
                "cần một đối tượng {\"tên số liệu\": \"nguồn\"}, gặp " + found,
                "expected an object {\"fact\": \"source\"}, found " + found);
    }

    public static InputError evidenceNotAString(String file, String path, String found) {
        return at(
                file,
                path,
                ErrorCode.WRONG_TYPE,
                "cần một chuỗi mô tả nguồn số liệu, gặp " + found,
                "expected a string naming the figure's source, found " + found);
    }

    public static InputError unknownKey(String file, String path, String quoted, String suggestion) {
        return at(
                file,
                path,
                ErrorCode.UNKNOWN_KEY,
                "khóa không có trong danh mục: " + quoted,
                "unknown key " + quoted,
                suggestion);
    }

    public static InputError unknownFact(String file, String path, String quoted, String suggestion) {
        return at(
                file,
                path,
                ErrorCode.UNKNOWN_FACT,
                "số liệu không có trong danh mục: " + quoted,
                "unknown fact " + quoted,
                suggestion);
    }

    // ── Plans ────────────────────────────────────────────────────────────────────────────────────────────────

    /** An unknown plan named in a file ({@code path}) or a request ({@code parameter}). */
    public static InputError unknownPlan(
            String file, String path, Parameter parameter, String reference, List<String> known, String suggestion) {
        Phrase text = Phrase.of(
                "không có kế hoạch \"" + reference + "\" (có: " + String.join(", ", known) + ")",
                "no plan \"" + reference + "\" (known: " + String.join(", ", known) + ")");
        return new InputError(file, path, parameter, ErrorCode.UNKNOWN_PLAN, text, suggestion);
    }

    public static InputError planMismatch(String file, String named, String asked) {
        return new InputError(
                file,
                "$.plan",
                null,
                ErrorCode.PLAN_MISMATCH,
                (l, s) -> l.pick(
                        "tệp ghi kế hoạch " + named + " nhưng lệnh chọn " + s.of(Parameter.PLAN) + " " + asked,
                        "the file names plan " + named + " but " + s.of(Parameter.PLAN) + " says " + asked),
                null);
    }

    public static InputError yearOutsidePlan(String file, int year, String plan, String period) {
        return at(
                file,
                "$.year",
                ErrorCode.YEAR_OUTSIDE_PLAN,
                "năm " + year + " nằm ngoài thời gian hiệu lực của kế hoạch " + plan + " (" + period + ")",
                "the year " + year + " is outside the period of plan " + plan + " (" + period + ")");
    }

    /**
     * No plan fits; {@code conditions}: what the area is known by ("tỉnh, thành phố \"Hà Nội\", loại LOAI_4, năm
     * 2023"); {@code plans}: the plans there are.
     */
    public static InputError noPlanFits(
            String file, String path, Parameter parameter, Phrase conditions, String plans, String suggestion) {
        return new InputError(
                file,
                path,
                parameter,
                ErrorCode.NO_PLAN_FITS,
                (l, s) -> l.pick(
                        "không có kế hoạch nào cho " + conditions.in(l, s) + " (có: " + plans + ")",
                        "no plan for " + conditions.in(l, s) + " (known: " + plans + ")"),
                suggestion);
    }

    /** What would tell several fitting plans apart. */
    public enum Telling {
        PROVINCE,
        DISTRICT,
        AREA_TYPE,
        PLAN
    }

    public static InputError severalPlansFit(
            String file, String path, Phrase conditions, String plans, Telling telling) {
        return new InputError(
                file,
                path,
                null,
                ErrorCode.SEVERAL_PLANS_FIT,
                (l, s) -> {
                    String plan = s.of(Parameter.PLAN);
                    String hint = switch (telling) {
                        case PROVINCE ->
                            l.pick(
                                    "ghi tỉnh, thành phố ($.area.province hoặc " + s.of(Parameter.PROVINCE)
                                            + ") hoặc tên kế hoạch (\"plan\" hoặc " + plan + ")",
                                    "give the province ($.area.province or " + s.of(Parameter.PROVINCE)
                                            + ") or the plan (\"plan\" or " + plan + ")");
                        case DISTRICT ->
                            l.pick(
                                    "ghi huyện, thị xã, thành phố ($.area.district) hoặc tên kế hoạch (\"plan\" hoặc "
                                            + plan + ")",
                                    "give the district ($.area.district) or the plan (\"plan\" or " + plan + ")");
                        case AREA_TYPE ->
                            l.pick(
                                    "ghi loại địa bàn ($.area.types hoặc " + s.of(Parameter.AREA_TYPE)
                                            + ") hoặc tên kế hoạch (\"plan\" hoặc " + plan + ")",
                                    "give the area type ($.area.types or " + s.of(Parameter.AREA_TYPE)
                                            + ") or the plan (\"plan\" or " + plan + ")");
                        case PLAN ->
                            l.pick(
                                    "ghi tên kế hoạch (\"plan\" hoặc " + plan + ")",
                                    "name the plan (\"plan\" or " + plan + ")");
                    };
                    return l.pick(
                            "nhiều kế hoạch cùng áp dụng cho " + conditions.in(l, s) + ": " + plans + " — " + hint,
                            "several plans apply to " + conditions.in(l, s) + ": " + plans + " — " + hint);
                },
                null);
    }

    /** The plan named does not fit a field the request gives to choose by ({@code parameter}). */
    public static InputError planDoesNotFit(String file, Parameter parameter, String plan, Phrase condition) {
        return of(
                file,
                parameter,
                ErrorCode.PLAN_DOES_NOT_FIT,
                (l, s) -> l.pick(
                        "kế hoạch " + plan + " không áp dụng cho " + condition.in(l, s),
                        "plan " + plan + " does not apply to " + condition.in(l, s)),
                null);
    }

    /**
     * The plan named does not reach the area ({@code misfits}: what does not fit); {@code fitting}: the plans that
     * do, or null when none does.
     */
    public static InputError outsideReach(String file, String path, String plan, Phrase misfits, String fitting) {
        return new InputError(
                file,
                path,
                null,
                ErrorCode.OUTSIDE_REACH,
                (l, s) -> l.pick(
                        "kế hoạch " + plan + " không áp dụng cho địa bàn này: " + misfits.in(l, s) + " — "
                                + (fitting == null ? "không kế hoạch nào áp dụng" : "kế hoạch áp dụng: " + fitting)
                                + "; muốn chạy thử ngoài phạm vi kế hoạch thì thêm "
                                + s.of(Parameter.IGNORE_JURISDICTION),
                        "plan " + plan + " does not reach this area: " + misfits.in(l, s) + " — "
                                + (fitting == null ? "no plan reaches it" : "plans that do: " + fitting)
                                + "; for a what-if outside the plan's reach add "
                                + s.of(Parameter.IGNORE_JURISDICTION)),
                null);
    }

    /** {@code --reading} not written as ID=CHOICE. */
    public static InputError readingMalformed(String given) {
        return of(
                null,
                Parameter.READING,
                ErrorCode.INVALID_VALUE,
                Phrase.of(
                        "cần dạng ID=LỰA_CHỌN, ví dụ not-applicable-target=leaves-count, không phải \"" + given + "\"",
                        "expected ID=CHOICE, e.g. not-applicable-target=leaves-count, not \"" + given + "\""),
                null);
    }

    /** A reading the plan does not declare; {@code known}: those it does. */
    public static InputError unknownReading(
            String file, String reading, String plan, List<String> known, String suggestion) {
        return of(
                file,
                Parameter.READING,
                ErrorCode.UNKNOWN_READING,
                Phrase.of(
                        "kế hoạch " + plan + " không có cách hiểu \"" + reading + "\" ("
                                + (known.isEmpty()
                                        ? "kế hoạch không nêu cách hiểu nào"
                                        : "có: " + String.join(", ", known))
                                + ")",
                        "plan " + plan + " declares no reading \"" + reading + "\" ("
                                + (known.isEmpty() ? "it declares none" : "known: " + String.join(", ", known)) + ")"),
                suggestion);
    }

    /** A choice a declared reading does not offer; {@code known}: those it does. */
    public static InputError unknownReadingChoice(
            String file, String reading, String choice, String plan, List<String> known, String suggestion) {
        return of(
                file,
                Parameter.READING,
                ErrorCode.UNKNOWN_READING,
                Phrase.of(
                        "cách hiểu \"" + reading + "\" của kế hoạch " + plan + " không có lựa chọn \"" + choice
                                + "\" (có: " + String.join(", ", known) + ")",
                        "reading \"" + reading + "\" of plan " + plan + " has no choice \"" + choice + "\" (known: "
                                + String.join(", ", known) + ")"),
                suggestion);
    }

    // ── The year review ──────────────────────────────────────────────────────────────────────────────────────

    public static InputError communesInvalid(long communes) {
        return of(
                null,
                Parameter.COMMUNES,
                ErrorCode.INVALID_VALUE,
                Phrase.of(
                        "cần số xã, phường, thị trấn của tỉnh, ít nhất 1, gặp " + communes,
                        "expected the province's number of communes, at least 1, found " + communes),
                null);
    }

    public static InputError negativeFigure(Parameter parameter, long value) {
        return of(
                null,
                parameter,
                ErrorCode.INVALID_VALUE,
                Phrase.of("cần một số nguyên ≥ 0, gặp " + value, "expected a whole number ≥ 0, found " + value),
                null);
    }

    public static InputError moreRelapsedThanTransformed(long relapsed, long transformed) {
        return of(
                null,
                Parameter.RELAPSED,
                ErrorCode.INVALID_VALUE,
                (l, s) -> l.pick(
                        "số địa bàn phức tạp trở lại (" + relapsed
                                + ") không thể lớn hơn số địa bàn đã chuyển hóa thành công ("
                                + s.of(Parameter.PREVIOUSLY_TRANSFORMED) + " " + transformed + ")",
                        "the areas complex again (" + relapsed + ") cannot outnumber the areas transformed before ("
                                + s.of(Parameter.PREVIOUSLY_TRANSFORMED) + " " + transformed + ")"),
                null);
    }

    public static InputError windowReversed() {
        return of(
                null,
                Parameter.WINDOW,
                ErrorCode.INVALID_VALUE,
                Phrase.of(
                        "kỳ thống kê phải có ngày bắt đầu không sau ngày kết thúc",
                        "the window needs a start no later than its end"),
                null);
    }

    public static InputError windowTooLong(String window) {
        return of(
                null,
                Parameter.WINDOW,
                ErrorCode.INVALID_VALUE,
                Phrase.of(
                        "kỳ thống kê của một lần sơ kết dài nhiều nhất một năm, gặp " + window,
                        "a review's window is at most one year long, found " + window),
                null);
    }

    public static InputError windowNotTwoDates(String text) {
        return of(
                null,
                Parameter.WINDOW,
                ErrorCode.INVALID_VALUE,
                Phrase.of(
                        "cần hai ngày nối bằng \"..\", ví dụ 2018-11-16..2019-11-15 hoặc 16/11/2018..15/11/2019, gặp \""
                                + text + "\"",
                        "expected two dates joined by \"..\", such as 2018-11-16..2019-11-15 or 16/11/2018..15/11/2019, found \""
                                + text + "\""),
                null);
    }

    public static InputError windowNotADate(String text, String whole) {
        return of(
                null,
                Parameter.WINDOW,
                ErrorCode.INVALID_VALUE,
                Phrase.of(
                        "\"" + text + "\" không phải một ngày (năm-tháng-ngày hoặc ngày/tháng/năm) trong \"" + whole
                                + "\"",
                        "\"" + text + "\" is not a date (year-month-day or day/month/year) in \"" + whole + "\""),
                null);
    }

    public static InputError windowOfAnotherYear(String window, int windowYear, int year) {
        return of(
                null,
                Parameter.YEAR,
                ErrorCode.INVALID_VALUE,
                Phrase.of(
                        "kỳ thống kê " + window + " là của lần sơ kết năm " + windowYear + ", không phải năm " + year,
                        "the window " + window + " is the " + windowYear + " review's, not " + year),
                null);
    }

    public static InputError outsideWindow(String file, int year, int reviewYear, String window) {
        return at(
                file,
                "$.year",
                ErrorCode.OUTSIDE_WINDOW,
                "số liệu năm " + year + " không thuộc kỳ thống kê của lần sơ kết năm " + reviewYear + " (" + window
                        + "); sơ kết năm " + year + " riêng, hoặc sửa năm",
                "facts for " + year + " are outside the window of the " + reviewYear + " review (" + window
                        + "); review " + year + " on its own, or correct the year");
    }

    /** {@code first}: where the area came first ("a.csv, dòng 7" / "a.csv, row 7"), in both languages. */
    public static InputError duplicateArea(String file, String name, int year, String firstVi, String firstEn) {
        return at(
                file,
                "$.area.name",
                ErrorCode.DUPLICATE_AREA,
                "địa bàn \"" + name + "\" năm " + year + " đã có trong " + firstVi + "; mỗi địa bàn chỉ tính một lần",
                "area \"" + name + "\" for " + year + " is already in " + firstEn + "; each area counts once");
    }

    public static InputError csvRowTooLong(String file, String path, int cells, int columns) {
        return at(
                file,
                path,
                ErrorCode.CSV_LAYOUT,
                "dòng có " + cells + " ô, nhiều hơn " + columns + " cột của dòng tiêu đề",
                "the row has " + cells + " cells, more than the " + columns + " columns of the header");
    }

    public static InputError csvUnnamedColumn(String file, String path, int column, String value) {
        return at(
                file,
                path,
                ErrorCode.CSV_LAYOUT,
                "ô ở cột " + column + " có giá trị \"" + value + "\" nhưng cột này không có tên ở dòng tiêu đề",
                "the cell in column " + column + " holds \"" + value + "\" but the column has no name in the header");
    }

    public static InputError csvUnclosedQuote(String file, int row) {
        return at(
                file,
                "$[" + row + "]",
                ErrorCode.SYNTAX,
                "dấu ngoặc kép mở ở dòng " + row + " không được đóng đến hết tệp",
                "a quote opened in row " + row + " is never closed");
    }

    public static InputError csvTooLarge(String file, long limit) {
        return at(
                file,
                "$",
                ErrorCode.FILE_TOO_LARGE,
                "tệp CSV lớn hơn giới hạn " + Language.VI.number(limit) + " byte (" + limit / (1024 * 1024)
                        + " MiB): có chọn nhầm tệp không? Chia thành nhiều tệp nếu thật sự có nhiều địa bàn đến vậy",
                "the CSV file is larger than the limit of " + Language.EN.number(limit) + " bytes ("
                        + limit / (1024 * 1024)
                        + " MiB): is it the right file? Split it if there really are that many areas");
    }

    /**
     * A header and not one row: there is nothing to review, as in a folder with no facts file. {@code sheet}: the
     * workbook's sheet, whose template rows left unfilled do not count; null for a CSV file.
     */
    public static InputError csvNoRows(String file, String sheet) {
        return sheet == null
                ? at(
                        file,
                        "$",
                        ErrorCode.EMPTY_FILE,
                        "tệp CSV chỉ có dòng tiêu đề, không có dòng địa bàn nào",
                        "the CSV file has a header row and no row of an area")
                : at(
                        file,
                        "$['" + sheet + "']",
                        ErrorCode.EMPTY_FILE,
                        "trang " + sheet + " của sổ Excel chưa điền dòng địa bàn nào (chỉ có dòng tiêu đề và các dòng"
                                + " mẫu để trống)",
                        "sheet " + sheet + " of the workbook has no area filled in (only its header and empty template"
                                + " rows)");
    }

    public static InputError csvEmpty(String file) {
        return at(
                file,
                "$",
                ErrorCode.EMPTY_FILE,
                "tệp CSV rỗng, cần một dòng tiêu đề và mỗi địa bàn một dòng",
                "the CSV file is empty; expected a header row and a row per area");
    }

    public static InputError csvColumnTwice(String file, String column) {
        return csvColumnTwice(file, "$[1]." + column, column);
    }

    /** A column named twice in a header at {@code path} (a worksheet's header names its sheet). */
    public static InputError csvColumnTwice(String file, String path, String column) {
        return at(
                file,
                path,
                ErrorCode.CSV_LAYOUT,
                "cột \"" + column + "\" có hai lần ở dòng tiêu đề",
                "column \"" + column + "\" appears twice in the header row");
    }

    /** A file given as an Excel workbook that cannot be read as one (another format, damaged, protected). */
    public static InputError workbookUnreadable(String file, String reasonVi, String reasonEn) {
        return at(
                file,
                "$",
                ErrorCode.SYNTAX,
                "không đọc được tệp Excel: " + reasonVi
                        + " — trong Excel chọn Lưu thành → \"Sổ làm việc Excel (*.xlsx)\"",
                "cannot read the Excel workbook: " + reasonEn
                        + " — in Excel use Save As → \"Excel Workbook (*.xlsx)\"");
    }

    public static InputError workbookEmpty(String file) {
        return at(
                file,
                "$",
                ErrorCode.EMPTY_FILE,
                "tệp Excel không có trang tính nào có dữ liệu; cần một dòng tiêu đề và mỗi địa bàn một dòng",
                "the Excel workbook has no sheet with data; expected a header row and a row per area");
    }

    // ── Rule sets being authored ─────────────────────────────────────────────────────────────────────────────

    public static InputError ruleSetFolderShape(String folder) {
        return at(
                folder,
                "$",
                ErrorCode.RULE_SET,
                "thư mục bộ quy tắc phải có dạng <mã kế hoạch>/<phiên bản>, phiên bản" + " như 1.1.0",
                "a rule-set folder must be <plan id>/<version>, the version like 1.1.0");
    }

    public static InputError ruleSetFileMissing(String file, String manifest, String drl) {
        return at(
                file,
                "$",
                ErrorCode.FILE_NOT_FOUND,
                "không tìm thấy tệp (thư mục bộ quy tắc cần " + manifest + " và " + drl + ")",
                "file not found (a rule-set folder needs " + manifest + " and " + drl + ")");
    }

    public static InputError rulesNotAFolder(String folder) {
        return of(folder, Parameter.RULES, ErrorCode.RULE_SET, Phrase.of("không phải thư mục", "not a folder"), null);
    }

    public static InputError rulesFolderUnreadable(String folder, String reason) {
        return of(
                folder,
                Parameter.RULES,
                ErrorCode.FILE_UNREADABLE,
                Phrase.of("không đọc được thư mục (" + reason + ")", "cannot read the folder (" + reason + ")"),
                null);
    }

    public static InputError noRuleSets(String folder, String manifest) {
        return of(
                folder,
                Parameter.RULES,
                ErrorCode.RULE_SET,
                Phrase.of(
                        "không có bộ quy tắc nào (không có tệp " + manifest + ")",
                        "no rule sets here (no " + manifest + ")"),
                null);
    }

    public static InputError ruleSetTwice(String folder, String reference, String first) {
        return of(
                folder,
                Parameter.RULES,
                ErrorCode.RULE_SET,
                Phrase.of(
                        "hai thư mục cùng chứa " + reference + ": " + first + " và " + folder,
                        "two folders hold " + reference + ": " + first + " and " + folder),
                null);
    }

    public static InputError ruleSetReleased(String folder, String reference, String lock) {
        return of(
                folder,
                Parameter.RULES,
                ErrorCode.RULE_SET,
                Phrase.of(
                        reference + " đã phát hành (có trong " + lock
                                + "): bộ quy tắc đã phát hành không bao giờ thay đổi nên thư"
                                + " mục này không được thay nó; hãy chép sang một phiên bản mới (docs/adding-a-plan.md)",
                        reference + " is released (in " + lock
                                + "): a released rule set never changes, so this folder cannot"
                                + " replace it; copy it to a new version (docs/adding-a-plan.md)"),
                null);
    }

    /** {@code problems}: why the version cannot be loaded; {@code path}: what named it (a parameter of the command). */
    public static InputError ruleSetNotLoadable(String manifest, String path, String reference, Phrase problems) {
        return new InputError(manifest, path, null, ErrorCode.RULE_SET, notLoadable(reference, problems), null);
    }

    /** A draft's rules ({@code --rules}) that do not compile, found when they are first evaluated. */
    public static InputError draftNotCompiled(String folder, String reference, Phrase why) {
        return of(folder, Parameter.RULES, ErrorCode.RULE_SET, notLoadable(reference, why), null);
    }

    private static Phrase notLoadable(String reference, Phrase why) {
        return (language, spelling) -> language.pick(
                        "bộ quy tắc " + reference + " chưa nạp được: ", "rule set " + reference + " cannot be loaded: ")
                + why.in(language, spelling);
    }

    // ── Scaffolds of new versions and plans ─────────────────────────────────────────────────────────────────

    public static InputError versionMalformed(String version) {
        return at(
                null,
                "ID@VERSION",
                ErrorCode.INVALID_VALUE,
                "phiên bản phải có dạng số.số.số, ví dụ 1.1.0, không phải \"" + version + "\"",
                "a version is number.number.number, such as 1.1.0, not \"" + version + "\"");
    }

    public static InputError noPlanToVersion(String id, String folder) {
        return at(
                null,
                "ID@VERSION",
                ErrorCode.UNKNOWN_PLAN,
                "chưa có kế hoạch " + id + " trong " + folder + " (kế hoạch mới: chuyenhoa new-plan " + id + ")",
                "no plan " + id + " in " + folder + " (a new plan: chuyenhoa new-plan " + id + ")");
    }

    public static InputError versionExists(String reference) {
        return at(null, "ID@VERSION", ErrorCode.RULE_SET, "đã có " + reference, reference + " exists already");
    }

    public static InputError noVersionBelow(String id, String version) {
        return at(
                null,
                "ID@VERSION",
                ErrorCode.RULE_SET,
                "không có phiên bản nào của " + id + " nhỏ hơn " + version + " để chép",
                "no version of " + id + " below " + version + " to copy");
    }

    public static InputError planIdMalformed(String id) {
        return at(
                null,
                "ID",
                ErrorCode.INVALID_VALUE,
                "mã kế hoạch là số, loại và năm của văn bản viết ASCII, ví dụ 102-KH-UBND-2023, không phải \"" + id
                        + "\"",
                "a plan id is the document's number, type and year in ASCII, such as 102-KH-UBND-2023, not \"" + id
                        + "\"");
    }

    public static InputError planExists(String id) {
        return at(
                null,
                "ID",
                ErrorCode.RULE_SET,
                "đã có kế hoạch " + id + " (phiên bản mới: chuyenhoa new-version " + id + "@…)",
                "plan " + id + " exists already (a new version: chuyenhoa new-version " + id + "@…)");
    }

    public static InputError planWithoutFacts() {
        return at(
                null,
                "facts",
                ErrorCode.MISSING_FIELD,
                "cần ít nhất một số liệu cho tiêu chí đầu tiên (số đếm hoặc cờ đúng/sai)",
                "name at least one fact for the first criterion (a count or a flag)");
    }

    public static InputError factOfAnotherKind(String fact, String kind) {
        return at(
                null,
                "facts",
                ErrorCode.INVALID_VALUE,
                "số liệu " + fact + " đã có trong danh mục, là " + kind,
                "fact " + fact + " is in the catalog already, as a " + kind);
    }

    public static InputError notARepository(String folder, String index) {
        return of(
                folder,
                Parameter.REPOSITORY,
                ErrorCode.NOT_A_REPOSITORY,
                Phrase.of(
                        "không phải thư mục gốc của kho chuyenhoa (không có " + index + ")",
                        "not the root of a chuyenhoa repository (no " + index + ")"),
                null);
    }

    /** Two versions to compare that are of different plans; {@code argument}: the second one's name in the request. */
    public static InputError versionsOfTwoPlans(String argument, String first, String second) {
        return at(
                null,
                argument,
                ErrorCode.INVALID_VALUE,
                "so sánh hai phiên bản của cùng một kế hoạch, không phải " + first + " và " + second,
                "diff compares two versions of one plan, not " + first + " and " + second);
    }

    // ── Outputs ──────────────────────────────────────────────────────────────────────────────────────────────

    // ── Outputs (docs/errors.md, "Files the tool writes") ─────────────────────────────────────────────────────

    public static InputError outputExists(String file) {
        return new InputError(
                file,
                null,
                null,
                ErrorCode.OUTPUT_EXISTS,
                (language, spelling) -> language.pick(
                        "tệp đã có; tệp có sẵn chỉ được ghi đè khi yêu cầu: chọn tên khác, xóa tệp cũ hoặc thêm "
                                + spelling.of(Parameter.OVERWRITE),
                        "the file exists; an existing file is replaced only when asked: choose another name, delete"
                                + " it, or add " + spelling.of(Parameter.OVERWRITE)),
                null);
    }

    public static InputError outputIsAnInput(String file) {
        return at(
                file,
                null,
                ErrorCode.OUTPUT_REFUSED,
                "tệp này là đầu vào của chính lần chạy này: không bao giờ ghi kết quả đè lên đầu vào; chọn tên khác",
                "this file is an input of this very run: an output is never written over an input; choose another name");
    }

    public static InputError outputIsALink(String file) {
        return at(
                file,
                null,
                ErrorCode.OUTPUT_REFUSED,
                "đây là một liên kết tượng trưng (symbolic link): không bao giờ ghi qua liên kết tới nơi khác; hãy ghi"
                        + " vào chính tệp đích",
                "this is a symbolic link: nothing is ever written through a link to somewhere else; name the file"
                        + " itself");
    }

    public static InputError outputNotAFile(String file) {
        return at(
                file,
                null,
                ErrorCode.OUTPUT_REFUSED,
                "đây không phải một tệp thường (mà là thư mục, thiết bị hoặc FIFO): không ghi đè lên nó",
                "this is not a regular file (a folder, a device or a FIFO): it is never written over");
    }

    /** Standard output could not take what the command printed: {@code reason} is the system's. */
    public static InputError standardOutputFailed(String reason) {
        return at(
                null,
                "stdout",
                ErrorCode.WRITE_FAILED,
                "không ghi được kết quả ra đầu ra chuẩn (" + reason + "): kết quả không đầy đủ",
                "cannot write to standard output (" + reason + "): the output is incomplete");
    }

    /** A folder of the output's path cannot be made: {@code folder} is a file already. */
    public static InputError folderInTheWay(String file, String folder) {
        return at(
                file,
                null,
                ErrorCode.WRITE_FAILED,
                "không tạo được thư mục " + folder + ": đã có một tệp cùng tên; chọn tên khác",
                "cannot make the folder " + folder + ": a file of that name is in the way; choose another name");
    }

    public static InputError writeFailed(String file, String reason) {
        return at(
                file,
                null,
                ErrorCode.WRITE_FAILED,
                "không ghi được tệp (" + reason + ")",
                "cannot write the file (" + reason + ")");
    }

    // ── A year review's figures as facts (evaluate --from-review) ────────────────────────────────────────────────

    /** The file is not the JSON of {@code chuyenhoa review --format json}: {@code path} is what it lacks. */
    public static InputError notAReview(String file, String path, String schema) {
        return at(
                file,
                path,
                ErrorCode.INVALID_VALUE,
                "không phải kết quả sơ kết dạng JSON (" + schema + ") do chuyenhoa review --format json tạo ra",
                "not a year review's JSON (" + schema + ") as chuyenhoa review --format json writes it");
    }

    public static InputError reviewTooLarge(String file, long limit) {
        return at(
                file,
                "$",
                ErrorCode.FILE_TOO_LARGE,
                "tệp lớn hơn giới hạn " + Language.VI.number(limit) + " byte của một kết quả sơ kết",
                "the file is larger than a review's limit of " + Language.EN.number(limit) + " bytes");
    }

    public static InputError reviewFigureNotACount(String file, String path, String found) {
        return at(
                file,
                path,
                ErrorCode.NOT_A_COUNT,
                "cần một số nguyên ≥ 0, gặp " + found,
                "expected a whole number ≥ 0, found " + found);
    }

    public static InputError planTakesNoReview(String file, String plan) {
        return at(
                file,
                "$",
                ErrorCode.INVALID_VALUE,
                "kế hoạch " + plan + " không nhận số liệu từ kết quả sơ kết (--from-review)",
                "plan " + plan + " takes no figures from a review (--from-review)");
    }

    public static InputError reviewOfAnotherYear(String file, int reviewed, int year) {
        return at(
                file,
                "$.summary.year",
                ErrorCode.INVALID_VALUE,
                "kết quả sơ kết năm " + reviewed + " không dùng được cho số liệu năm " + year,
                "a review of " + reviewed + " cannot feed the facts of " + year);
    }

    /** A fact the file gives that the review fills too: which would count is not for us to guess. */
    public static InputError factAlsoFromReview(String file, String path, String review) {
        return at(
                file,
                path,
                ErrorCode.INVALID_VALUE,
                "số liệu này được lấy từ kết quả sơ kết " + review + " (--from-review): bỏ nó khỏi tệp, hoặc không dùng"
                        + " --from-review",
                "this figure comes from the review " + review + " (--from-review): remove it from the file, or do"
                        + " without --from-review");
    }

    /** A file with area types under a plan whose subject is a city's year: refused even as a what-if. */
    public static InputError typedAreaUnderCitysYear(String file, String plan, java.util.List<String> types) {
        return at(
                file,
                "$.area.types",
                ErrorCode.OUTSIDE_REACH,
                "kế hoạch " + plan + " đánh giá năm của cả thành phố, không đánh giá một địa bàn có loại ("
                        + String.join(", ", types) + "), kể cả khi chạy thử với --ignore-jurisdiction: bỏ types"
                        + " nếu tệp là số liệu của thành phố",
                "plan " + plan + " judges a city's year, not an area with a type (" + String.join(", ", types)
                        + "), not even as a what-if with --ignore-jurisdiction: remove types if the file holds the"
                        + " city's figures");
    }
}
