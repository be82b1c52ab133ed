package vn.chuyenhoa.engine.review;

/** Told how far a review has got, for a progress bar. Called on the thread running the review. */
@FunctionalInterface
public interface Progress {
    /** What the review is doing. */
    enum Stage {
        READING,
        EVALUATING
    }

    /** Tells nobody. */
    Progress NONE = (stage, done, total) -> {};

    /** {@code done} of {@code total} inputs (files while reading, areas while evaluating) are through {@code stage}. */
    void advanced(Stage stage, int done, int total);
}
