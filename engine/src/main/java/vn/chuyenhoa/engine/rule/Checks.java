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

    /** "nhiều hơn năm trước": strictly more than {@code other}; both figures are needed. */
    public static Finding moreThan(AreaFacts area, String fact, String other) {
        Long value = area.count(fact);
        Long than = area.count(other);
        Status status = value == null || than == null ? Status.MISSING : value > than ? Status.PASS : Status.FAIL;
        return new Finding.Comparison(CompareKind.MORE_THAN, fact, value, other, than, 0, status);
    }

    /**
     * "giảm p % so với năm trước": at most (100 − p) % of {@code previous}, {@code 100 × fact ≤ (100 − p) ×
     * previous} in integers; zero meets it whatever {@code previous} was, and a {@code previous} of zero leaves
     * only zero.
     */
    public static Finding reducedBy(AreaFacts area, String fact, String previous, String percent) {
        Long value = area.count(fact);
        Long before = area.count(previous);
        BigDecimal reduction = percent(percent);
        Status status;
        if (value != null && value == 0) {
            status = Status.PASS;
        } else if (value == null || before == null) {
            status = Status.MISSING;
        } else {
            status = value <= Finding.Reduction.allowed(reduction, before) ? Status.PASS : Status.FAIL;
        }
        return new Finding.Reduction(fact, value, previous, before, reduction, status);
    }

    /**
     * "tỷ lệ … thấp hơn năm trước": {@code part / whole} strictly below {@code partBefore / wholeBefore}, compared
     * cross-multiplied in integers. No case this year, or none the year before: NOT_APPLICABLE (no rate to compare).
     */
    public static Finding rateBelow(AreaFacts area, String part, String whole, String partBefore, String wholeBefore) {
        Long[] values = {area.count(part), area.count(whole), area.count(partBefore), area.count(wholeBefore)};
        Status status;
        if ((values[1] != null && values[1] == 0) || (values[3] != null && values[3] == 0)) {
            status = Status.NOT_APPLICABLE;
        } else if (java.util.Arrays.stream(values).anyMatch(v -> v == null)) {
            status = Status.MISSING;
        } else {
            BigDecimal now = BigDecimal.valueOf(values[0]).multiply(BigDecimal.valueOf(values[3]));
            BigDecimal then = BigDecimal.valueOf(values[2]).multiply(BigDecimal.valueOf(values[1]));
            status = now.compareTo(then) < 0 ? Status.PASS : Status.FAIL;
        }
        return new Finding.RateComparison(
                List.of(part, whole, partBefore, wholeBefore), java.util.Arrays.asList(values), status);
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

    /** "trên p %": strictly above; exactly p % fails. Over a whole of zero: NOT_APPLICABLE. */
    public static Finding shareAbove(AreaFacts area, String part, String whole, String percent) {
        return share(ShareKind.ABOVE, area, part, whole, percent(percent));
    }

    /**
     * "p % … không [part]": the rest of the whole, {@code whole − part}, is at least p % of it ("85 % các địa bàn đã
     * chuyển hóa thành công không tái phức tạp trở lại", part being those that relapsed). Over a whole of zero:
     * NOT_APPLICABLE.
     */
    public static Finding restAtLeast(AreaFacts area, String part, String whole, String percent) {
        return share(ShareKind.REST_AT_LEAST, area, part, whole, percent(percent));
    }

    /**
     * "p % [whole] [met]" where each case of the whole is met, not met, or not yet decided (an area whose evaluation
     * is undecided): {@code met} is at least p % of {@code whole} even if every undecided case is not met (PASS), or
     * falls short even if each is met (FAIL, which {@code notMet} alone can settle); else MISSING, the outcome of the
     * undecided ones needed. The undecided are {@code whole − met − notMet}; {@code notMet} is needed only when
     * {@code met} alone falls short. Over a whole of zero: NOT_APPLICABLE.
     */
    public static Finding settledShareAtLeast(AreaFacts area, String met, String notMet, String whole, String percent) {
        Long metValue = area.count(met);
        Long notMetValue = area.count(notMet);
        Long wholeValue = area.count(whole);
        BigDecimal threshold = percent(percent);
        Status status;
        if (wholeValue != null && wholeValue == 0) {
            status = Status.NOT_APPLICABLE;
        } else if (wholeValue == null) {
            status = Status.MISSING;
        } else if (metValue != null && side(metValue, wholeValue, threshold) >= 0) {
            status = Status.PASS;
        } else if (notMetValue != null && side(wholeValue - notMetValue, wholeValue, threshold) < 0) {
            // Short even if every case not known to fail is met: settled, whether or not {@code met} is given.
            status = Status.FAIL;
        } else {
            status = Status.MISSING;
        }
        return new Finding.SettledShare(met, metValue, notMet, notMetValue, whole, wholeValue, threshold, status);
    }

    /** {@code 100 × part} against {@code percent × whole}, in exact arithmetic: negative, zero or positive. */
    private static int side(long part, long whole, BigDecimal percent) {
        return BigDecimal.valueOf(part)
                .multiply(Finding.HUNDRED)
                .compareTo(percent.multiply(BigDecimal.valueOf(whole)));
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
            long measured = kind == ShareKind.REST_AT_LEAST ? wholeValue - partValue : partValue;
            int side = side(measured, wholeValue, percent);
            boolean met = switch (kind) {
                case AT_LEAST, REST_AT_LEAST -> side >= 0;
                case BELOW -> side < 0;
                case ABOVE -> side > 0;
            };
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
