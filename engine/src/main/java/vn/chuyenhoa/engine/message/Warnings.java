package vn.chuyenhoa.engine.message;

import vn.chuyenhoa.engine.Warning;

/** Every warning a verdict can carry, in Vietnamese and English side by side: the input was evaluated, but mind this. */
public final class Warnings {
    private Warnings() {}

    /** A fact the file gives that this plan does not use (one spreadsheet may feed several plans). */
    public static Warning unusedFact(String fact, String plan) {
        return new Warning(
                "$.facts." + fact,
                "số liệu này không dùng trong kế hoạch " + plan + " (đã bỏ qua)",
                "this fact is not used by plan " + plan + " (ignored)");
    }

    /** A verdict under a draft rule set, given with {@code --rules}: a trial, not an official verdict. */
    public static Warning draft(String reference, String folder) {
        return new Warning(
                "plan",
                "bộ quy tắc " + reference + " là bản nháp (thư mục " + folder + "), chưa phát hành: kết quả để thử,"
                        + " không phải kết luận chính thức",
                "rule set " + reference + " is a draft (folder " + folder + "), not released: a trial result, not an"
                        + " official verdict");
    }

    /** A field the file does not give, so the plan's reach over it could not be checked (DESIGN 1.1). */
    public static Warning reachUnchecked(String path, String planValue) {
        return new Warning(
                path,
                "tệp không nêu trường này nên không kiểm tra được kế hoạch có áp dụng cho địa bàn không (kế hoạch: "
                        + planValue + ")",
                "the file does not give this, so whether the plan reaches the area could not be checked (the plan's: "
                        + planValue + ")");
    }

    /** A place given under another official name that the plan's manifest lists (the 2025 reorganisation). */
    public static Warning otherName(String path, String fileName, String planName, String from) {
        return new Warning(
                path,
                "“" + fileName + "” là tên chính thức khác (từ " + from + ") của “" + planName + "”, tên kế hoạch dùng",
                "“" + fileName + "” is another official name (from " + from + ") of “" + planName
                        + "”, the name the plan uses");
    }

    /** An area of several types, evaluated under a plan for some of them. */
    public static Warning otherTypes(String others, String plan, String reached) {
        return new Warning(
                "$.area.types",
                "loại " + others + " không có kế hoạch ở đây và không được đánh giá; kế hoạch " + plan
                        + " chỉ đánh giá loại " + reached,
                "type " + others + " has no plan here and was not evaluated; plan " + plan + " evaluates type "
                        + reached + " only");
    }

    /** A verdict under a plan that does not reach the area, asked for with --ignore-jurisdiction: a what-if. */
    public static Warning outsideReach(String plan, Phrase misfits) {
        return new Warning(
                "plan",
                "thử ngoài phạm vi kế hoạch: kế hoạch " + plan + " không áp dụng cho địa bàn này ("
                        + misfits.in(vn.chuyenhoa.engine.Language.VI, Spelling.QUERY)
                        + "); kết quả chỉ để tham khảo, không phải kết luận chính thức",
                "what-if outside the plan's reach: plan " + plan + " does not reach this area ("
                        + misfits.in(vn.chuyenhoa.engine.Language.EN, Spelling.QUERY)
                        + "); a result for reference, not an official verdict");
    }

    /** A verdict under a reading other than the one the rule set chose (--reading). */
    public static Warning readingAsked(String reading, String choice, String chosen) {
        return new Warning(
                "readings." + reading,
                "đánh giá theo cách hiểu “" + choice + "”, không phải cách hiểu bộ quy tắc đã chọn (“" + chosen + "”)",
                "evaluated under the reading “" + choice + "”, not the one the rule set chose (“" + chosen + "”)");
    }
}
