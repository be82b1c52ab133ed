package vn.chuyenhoa.engine;

/** The outcome for one area: achieved, not achieved, or not decidable from the facts given. */
public enum Outcome {
    PASS("ĐẠT", "ACHIEVED", "ĐẠT TOÀN BỘ CHỈ TIÊU", "ALL TARGETS MET"),
    FAIL("CHƯA ĐẠT", "NOT ACHIEVED", "CHƯA ĐẠT TOÀN BỘ CHỈ TIÊU", "NOT ALL TARGETS MET"),
    INDETERMINATE("CHƯA ĐỦ DỮ LIỆU", "UNDECIDED", "CHƯA ĐỦ DỮ LIỆU", "UNDECIDED");

    private final String vi;
    private final String en;
    private final String scorecardVi;
    private final String scorecardEn;

    Outcome(String vi, String en, String scorecardVi, String scorecardEn) {
        this.vi = vi;
        this.en = en;
        this.scorecardVi = scorecardVi;
        this.scorecardEn = scorecardEn;
    }

    /**
     * The label under a scorecard (DESIGN 1.3: a city's year against its targets): a summary of the targets, not a
     * conclusion the plan draws, so it never says ĐẠT alone.
     */
    public String label(Language language, boolean scorecard) {
        return scorecard ? language.pick(scorecardVi, scorecardEn) : label(language);
    }

    /** The label that every screen and file uses for this outcome. */
    public String label(Language language) {
        return language.pick(vi, en);
    }
}
