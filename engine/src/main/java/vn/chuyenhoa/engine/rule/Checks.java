package vn.chuyenhoa.engine.rule;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.rule.Finding.CompareKind;
import vn.chuyenhoa.engine.rule.Finding.ShareKind;

/**
 * The checks a rule set is written with. Each reads facts from an {@link AreaFacts}, compares in exact
 * integer arithmetic, and returns a three-valued {@link Finding}: a figure that was not given is MISSING,
 * unless the figures present already settle the check (0 cases is "fewer than last year" whatever last year was).
 * Plans say which checks make up a criterion and with which thresholds; these say nothing about any plan.
 */
public final class Checks {
    private static final Map<String, BigDecimal> PERCENTS = new ConcurrentHashMap<>();

    private Checks() {}

    /**
     * The criterion of the rule that inserts this (its {@code @criterion}) is met when every finding is: FAIL wins,
     * then MISSING; all NOT_APPLICABLE is NOT_APPLICABLE. The id is the rule's, written once in its metadata.
     */
    public static CriterionResult criterion(Finding... findings) {
        return criterion(null, findings);
    }

    /**
     * The same, naming the criterion again: the form of the rule sets released before the id was read from the
     * rule's metadata; {@code check} verifies it is the rule's own.
     */
    public static CriterionResult criterion(String id, Finding... findings) {
        List<Finding> all = Arrays.asList(findings);
        return new CriterionResult(id, conjunction(all), all);
    }

    static Status conjunction(List<Finding> findings) {
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a criterion needs at least one finding");
        }
        boolean missing = false;
        boolean allNotApplicable = true;
        for (Finding finding : findings) {
            switch (finding.status()) {
                case FAIL -> {
                    return Status.FAIL;
                }
                case MISSING -> missing = true;
                default -> {}
            }
            allNotApplicable &= finding.status() == Status.NOT_APPLICABLE;
        }
        return missing ? Status.MISSING : allNotApplicable ? Status.NOT_APPLICABLE : Status.PASS;
    }

    /**
     * Where the plan's text is open (a reading the manifest declares), the checks of each choice: the finding
     * reports as those of the choice in force, and keeps the others so the verdict can say what each reading would
     * decide. {@code reading($area, "crime-and-vice-reduction", choice("combined-count", …), choice("each-reduced", …))}
     */
    public static Finding reading(AreaFacts area, String reading, Choice... choices) {
        Map<String, List<Finding>> byChoice = new java.util.LinkedHashMap<>();
        for (Choice choice : choices) {
            if (byChoice.put(choice.id(), choice.findings()) != null) {
                throw new IllegalStateException(
                        "reading '" + reading + "': choice '" + choice.id() + "' written twice");
            }
        }
        return new Finding.Reading(reading, area.reading(reading, byChoice.keySet()), byChoice);
    }

    /** One choice of a {@link #reading}: its id as the manifest declares it, and the checks it makes. */
    public static Choice choice(String id, Finding... findings) {
        if (findings.length == 0) {
            throw new IllegalArgumentException("choice '" + id + "' needs at least one finding");
        }
        return new Choice(id, List.of(findings));
    }

    /** A choice of a reading and its checks, as {@link #choice} writes it. */
    public record Choice(String id, List<Finding> findings) {}

    /** "giảm so với năm trước": lower than {@code previous}, or zero whatever {@code previous} was. */
    public static Finding fewerThanOrNone(AreaFacts area, String fact, String previous) {
        Long value = area.count(fact);
        Long before = area.count(previous);
        Status status;
        if (value != null && value == 0) {
            status = Status.PASS;
        } else if (value == null || before == null) {
            status = Status.MISSING;
        } else {
            status = value < before ? Status.PASS : Status.FAIL;
        }
        return new Finding.Comparison(CompareKind.FEWER_THAN_OR_NONE, fact, value, previous, before, 0, status);
    }

    /** "kiềm chế": not more than {@code limitFact}; zero meets it whatever the limit. */
    public static Finding atMost(AreaFacts area, String fact, String limitFact) {
        Long value = area.count(fact);
        Long limit = area.count(limitFact);
        Status status;
        if (value != null && value == 0) {
            status = Status.PASS;
        } else if (value == null || limit == null) {
            status = Status.MISSING;
        } else {
            status = value <= limit ? Status.PASS : Status.FAIL;
        }
        return new Finding.Comparison(CompareKind.AT_MOST, fact, value, limitFact, limit, 0, status);
    }

    /** "không để xảy ra": exactly zero. */
    public static Finding none(AreaFacts area, String fact) {
        Long value = area.count(fact);
        Status status = value == null ? Status.MISSING : value == 0 ? Status.PASS : Status.FAIL;
        return new Finding.Comparison(CompareKind.NONE, fact, value, null, null, 0, status);
    }

    /** "ít nhất n": at least {@code minimum}. */
    public static Finding atLeast(AreaFacts area, String fact, long minimum) {
        Long value = area.count(fact);
        Status status = value == null ? Status.MISSING : value >= minimum ? Status.PASS : Status.FAIL;
        return new Finding.Comparison(CompareKind.AT_LEAST, fact, value, null, null, minimum, status);
    }

    /** "từ p % trở lên" (and "100 %", which is {@code part = whole}); over a whole of zero: NOT_APPLICABLE. */
    public static Finding shareAtLeast(AreaFacts area, String part, String whole, String percent) {
        return share(ShareKind.AT_LEAST, area, part, whole, percent(percent));
    }

    /** "dưới p %": strictly below; exactly p % fails. Over a whole of zero: NOT_APPLICABLE. */
    public static Finding shareBelow(AreaFacts area, String part, String whole, String percent) {
        return share(ShareKind.BELOW, area, part, whole, percent(percent));
    }

    /** A rule set's percent, parsed once: it is a constant of the DRL, read for every area. */
    private static BigDecimal percent(String written) {
        return PERCENTS.computeIfAbsent(written, BigDecimal::new);
    }

    private static Finding share(ShareKind kind, AreaFacts area, String part, String whole, BigDecimal percent) {
        Long partValue = area.count(part);
        Long wholeValue = area.count(whole);
        Status status;
        if (wholeValue != null && wholeValue == 0) {
            status = Status.NOT_APPLICABLE;
        } else if (partValue == null || wholeValue == null) {
            status = Status.MISSING;
        } else {
            BigDecimal hundredfold = BigDecimal.valueOf(partValue).multiply(Finding.HUNDRED);
            int side = hundredfold.compareTo(percent.multiply(BigDecimal.valueOf(wholeValue)));
            boolean met = kind == ShareKind.AT_LEAST ? side >= 0 : side < 0;
            status = met ? Status.PASS : Status.FAIL;
        }
        return new Finding.Share(kind, part, partValue, whole, wholeValue, percent, status);
    }

    /**
     * Counts shown beside a criterion's decisive checks, for the reader: they never decide it and are never missing
     * (a council's assessment where the plan gives no figure, with the counts it weighed).
     */
    public static Finding shown(AreaFacts area, String... facts) {
        Map<String, Long> values = new java.util.LinkedHashMap<>();
        for (String fact : facts) {
            values.put(fact, area.count(fact));
        }
        return new Finding.Shown(values);
    }

    /** A flag that must be true: the council judged it so ("quản lý hiệu quả"). */
    public static Finding isTrue(AreaFacts area, String flag) {
        return assessment(area, flag, true);
    }

    /** A flag that must be false: the finding did not happen ("tình hình phức tạp"). */
    public static Finding isFalse(AreaFacts area, String flag) {
        return assessment(area, flag, false);
    }

    private static Finding assessment(AreaFacts area, String flag, boolean required) {
        Boolean value = area.flag(flag);
        Status status = value == null ? Status.MISSING : value == required ? Status.PASS : Status.FAIL;
        return new Finding.Assessment(flag, value, required, status);
    }
}
