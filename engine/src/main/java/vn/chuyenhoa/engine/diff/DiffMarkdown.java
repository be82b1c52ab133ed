package vn.chuyenhoa.engine.diff;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.diff.AreaChange.CriterionChange;
import vn.chuyenhoa.engine.diff.AreaChange.Side;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.message.Shown;
import vn.chuyenhoa.engine.message.Spelling;

/**
 * A {@link VersionDiff} as Markdown fit for a pull-request comment: a heading naming the two versions and
 * their rule sets' sha256, a count, and one table row per area that changes, with the outcome and each
 * criterion whose status changes. The same diff gives the same bytes.
 */
public final class DiffMarkdown {
    private final Language language;
    private final Spelling spelling;

    /** A table in {@code language}; an input's error names a parameter as {@code spelling} writes it. */
    public DiffMarkdown(Language language, Spelling spelling) {
        this.language = language;
        this.spelling = spelling;
    }

    public String render(VersionDiff diff) {
        Plan before = diff.before();
        Plan after = diff.after();
        StringBuilder md = new StringBuilder();
        line(
                md,
                "### " + words("Thay đổi kết quả", "Verdict changes") + ": " + before.id() + " " + before.version()
                        + " → " + after.version());
        line(md, "");
        line(
                md,
                "- " + before.version() + ": " + words("bộ quy tắc", "rule set") + " sha256 `" + before.sha256() + "`");
        line(md, "- " + after.version() + ": " + words("bộ quy tắc", "rule set") + " sha256 `" + after.sha256() + "`");
        line(
                md,
                "- " + words("Đã so sánh ", "Compared ") + diff.compared()
                        + words(
                                " địa bàn; số địa bàn thay đổi" + " kết quả hoặc trạng thái tiêu chí: ",
                                " areas; areas whose outcome or criterion statuses change: ")
                        + diff.changes().size() + ".");
        if (!diff.otherPlans().isEmpty()) {
            line(
                    md,
                    "- " + words("Bỏ qua tệp của kế hoạch khác", "Left out, for another plan") + ": "
                            + diff.otherPlans().stream()
                                    .map(f -> "`" + f.source() + "` (" + f.plan() + ")")
                                    .collect(Collectors.joining(", ")));
        }
        if (!diff.invalid().isEmpty()) {
            line(
                    md,
                    "- "
                            + words(
                                    "Số tệp không đánh giá được (mỗi tệp một dòng trong bảng): ",
                                    "Files that cannot be evaluated (a row each in the table): ")
                            + diff.invalid().size() + ".");
        }
        if (!diff.changed() && diff.invalid().isEmpty()) {
            return md.toString();
        }
        line(md, "");
        line(
                md,
                "| " + words("Địa bàn", "Area") + " | " + words("Năm", "Year") + " | " + words("Tệp", "File") + " | "
                        + words("Kết quả", "Outcome") + " " + before.version() + " → " + after.version() + " | "
                        + words("Tiêu chí thay đổi", "Criteria that change") + " |");
        line(md, "|---|---|---|---|---|");
        for (AreaChange change : diff.changes()) {
            FactsFile input = change.input();
            line(
                    md,
                    "| " + cell(place(input.area())) + " | " + input.year() + " | `" + cell(input.source()) + "` | "
                            + outcome(change) + " | " + criteria(change.criteria()) + " |");
        }
        for (InputError error : diff.invalid()) {
            line(
                    md,
                    "| — | — | `" + cell(error.file() == null ? "" : error.file()) + "` | "
                            + words("không đánh giá được: ", "cannot be evaluated: ")
                            + cell(error.inFile(null).message(language, spelling)) + " | — |");
        }
        return md.toString();
    }

    private String outcome(AreaChange change) {
        if (!change.outcomeChanged()) {
            return label(change.before()) + words(" (không đổi)", " (unchanged)");
        }
        return "**" + label(change.before()) + " → " + label(change.after()) + "**";
    }

    private String label(Side side) {
        return side.verdict() != null
                ? side.verdict().outcome().label(language)
                : words("không đánh giá được: ", "cannot be evaluated: ")
                        + cell(side.error().message(language, spelling));
    }

    private String criteria(List<CriterionChange> changes) {
        if (changes.isEmpty()) {
            return "—";
        }
        return changes.stream()
                .map(c -> c.id() + ": " + status(c.before()) + " → " + status(c.after()))
                .collect(Collectors.joining("; "));
    }

    private String status(CriterionVerdict criterion) {
        if (criterion == null) {
            return "—";
        }
        if (criterion.status() == Status.INFO) {
            return Status.INFO.label(language) + " ("
                    + criterion.measuredStatus().label(language).toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return criterion.status().label(language);
    }

    private static String place(Area area) {
        return Stream.of(area.name(), area.district(), area.province())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }

    /** Text inside a table cell: a pipe would end the cell, a line break the row. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private String words(String vi, String en) {
        return language.pick(vi, en);
    }

    /** Every line of the table, its control characters escaped: a name in a file never breaks a row. */
    private static void line(StringBuilder md, String line) {
        md.append(Shown.line(line)).append('\n');
    }
}
