package vn.chuyenhoa.engine;

/** The outcome for one area: achieved, not achieved, or not decidable from the facts given. */
public enum Outcome {
    PASS("ĐẠT", "ACHIEVED"),
    FAIL("CHƯA ĐẠT", "NOT ACHIEVED"),
    INDETERMINATE("CHƯA ĐỦ DỮ LIỆU", "UNDECIDED");

    private final String vi;
    private final String en;

    Outcome(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The label that every screen and file uses for this outcome. */
    public String label(Language language) {
        return language.pick(vi, en);
    }
}
