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
}
