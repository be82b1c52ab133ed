package vn.chuyenhoa.engine.review;

import vn.chuyenhoa.engine.InputError;

/**
 * Told how far a review has got, for a progress bar, and of what it skips while reading. Called on the thread running
 * the review.
 */
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

    /**
     * An entry of a reviewed folder that is not read (a symbolic link, a FIFO, a device: {@code notice}'s code is
     * {@code skipped}); the front end says so. Not an invalid input: the review's outcome does not change.
     */
    default void skipped(InputError notice) {}
}
