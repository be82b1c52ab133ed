package vn.chuyenhoa.engine.check;

import java.util.List;
import java.util.Optional;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.authoring.Problem;
import vn.chuyenhoa.engine.golden.Coverage;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Spelling;

/**
 * What {@code check} found in one rule-set version.
 *
 * @param reference the version checked ({@code 45-KH-BCD-2023@1.0.0})
 * @param location  its folder
 * @param sha256    the sha256 of its rule set, or null when it cannot be loaded
 * @param problems  everything refused, in the order found; empty when the version passes
 * @param coverage  the golden cases' coverage, or null when they could not be run
 * @param notRun    why the golden cases were not run, or null when they were
 */
public record CheckReport(
        String reference, String location, String sha256, List<Problem> problems, Coverage coverage, Phrase notRun) {
    public CheckReport {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    public Optional<Coverage> coverageIfRun() {
        return Optional.ofNullable(coverage);
    }

    /** Why the golden cases were not run, in {@code language}; null when they were. */
    public String notRun(Language language) {
        return notRun == null ? null : notRun.in(language, Spelling.QUERY);
    }
}
