package vn.chuyenhoa.engine;

/** The status of one criterion for one area. */
public enum Status {
    /** The criterion is met. */
    PASS("Đạt", "met"),
    /** The criterion is not met. */
    FAIL("Không đạt", "not met"),
    /** A fact the criterion needs is absent, and the facts present do not settle it. */
    MISSING("Thiếu dữ liệu", "missing data"),
    /** The criterion has nothing to measure (for example a 100 % target over zero people). */
    NOT_APPLICABLE("Không áp dụng", "not applicable"),
    /** Stated in the plan's text but not decisive for the outcome. */
    INFO("Tham khảo", "for information");

    private final String vi;
    private final String en;

    Status(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The label that every screen and file uses for this status. */
    public String label(Language language) {
        return language.pick(vi, en);
    }
}
