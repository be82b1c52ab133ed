package vn.chuyenhoa.engine.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chuyenhoa.engine.Status;

/**
 * What one check found for one area: its status, the facts it read, and how to say it.
 * A criterion's rule combines one or more findings (see {@link Checks}).
 */
public sealed interface Finding
        permits Finding.Comparison,
                Finding.Share,
                Finding.Reduction,
                Finding.RateComparison,
                Finding.SettledShare,
                Finding.Assessment,
                Finding.Reading,
                Finding.Shown {

    /** PASS, FAIL, MISSING or NOT_APPLICABLE. */
    Status status();

    /** The facts this check reads, in the order it names them. */
    List<String> facts();

    /** The facts it needed and did not get (empty unless MISSING). */
    List<String> missing();

    /** A sentence fragment with the figures. */
    String describe(Phrasing phrasing);

    /** What would make it pass, for a failed check. */
    Optional<String> shortfall(Phrasing phrasing);

    /**
     * The description and, for a failed check, its shortfall, as one line shows them: "…: 40 vụ … — phải giảm
     * ít nhất 3 vụ". A check whose shortfall names its fact again, because it is also shown on its own, says it
     * once here.
     */
    default String describeWithShortfall(Phrasing phrasing) {
        return describe(phrasing) + shortfall(phrasing).map(s -> " — " + s).orElse("");
    }

    /**
     * This finding under other readings of the plan: a {@link Reading} answers with the checks of the choice
     * {@code readings} name for it; any other finding is the same under every reading.
     */
    default Finding under(Map<String, String> readings) {
        return this;
    }

    /**
     * The facts among {@code names} whose figure ({@code values}, in the same order) was not given, for a check that
     * lacks data; none for a settled one, which may not have needed them.
     */
    private static List<String> absent(Status status, List<String> names, Long... values) {
        if (status != Status.MISSING) {
            return List.of();
        }
        List<String> absent = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (values[i] == null) {
                absent.add(names.get(i));
            }
        }
        return List.copyOf(absent);
    }

    /** How a count compares with a limit: another fact, or a fixed number. */
    enum CompareKind {
        /** Lower than the other figure, or none at all ("giảm so với năm trước"; zero meets it). */
        FEWER_THAN_OR_NONE,
        /** Not more than the other figure ("kiềm chế phát sinh"). */
        AT_MOST,
        /** Exactly zero ("không để xảy ra"). */
        NONE,
        /** At least a fixed number ("ít nhất 01 mô hình"). */
        AT_LEAST,
        /** Strictly more than the other figure ("nhiều hơn năm 2022"). */
        MORE_THAN
    }

    /**
     * A count compared with another fact's figure ({@code other}) or with the fixed {@code limit}.
     * {@code value} and {@code otherValue} are null when not given.
     */
    record Comparison(
            CompareKind kind, String fact, Long value, String other, Long otherValue, long limit, Status status)
            implements Finding {

        @Override
        public List<String> facts() {
            return other == null ? List.of(fact) : List.of(fact, other);
        }

        @Override
        public List<String> missing() {
            return absent(status, facts(), value, otherValue);
        }

        @Override
        public String describe(Phrasing p) {
            if (status == Status.MISSING) {
                return p.missing(missing());
            }
            String figure = p.label(fact) + ": " + p.count(fact, value);
            return switch (kind) {
                case NONE -> figure + (value == 0 ? p.vi(" (không để xảy ra)", " (none occurred)") : "");
                case AT_LEAST -> figure + p.vi(" (yêu cầu ít nhất ", " (at least ") + p.count(fact, limit) + ")";
                case MORE_THAN ->
                    figure + p.vi(", so với ", " against ") + p.label(other) + " " + p.count(other, otherValue)
                            + " — "
                            + (value > otherValue
                                    ? p.vi("nhiều hơn ", "more by ") + p.count(fact, value - otherValue)
                                    : value < otherValue
                                            ? p.vi("ít hơn ", "fewer by ") + p.count(fact, otherValue - value)
                                            : p.vi("bằng, không nhiều hơn", "the same, not more"));
                case FEWER_THAN_OR_NONE, AT_MOST -> {
                    String compared = otherValue == null
                            ? figure
                            : figure + p.vi(", so với ", " against ") + p.label(other) + " "
                                    + p.count(other, otherValue) + " — " + trend(p, value - otherValue);
                    yield value == 0 ? compared + p.vi("; bằng 0 nên đạt", "; zero, which meets it") : compared;
                }
            };
        }

        private String trend(Phrasing p, long change) {
            if (change < 0) {
                return p.vi("giảm ", "down by ") + p.count(fact, -change);
            }
            if (change > 0) {
                return p.vi("tăng ", "up by ") + p.count(fact, change);
            }
            return p.vi("không giảm", "no decrease");
        }

        @Override
        public Optional<String> shortfall(Phrasing p) {
            if (status != Status.FAIL) {
                return Optional.empty();
            }
            return Optional.of(
                    switch (kind) {
                        case NONE ->
                            p.vi("phải không còn ", "must be none; reduce by ")
                                    + p.count(fact, value)
                                    + p.vi(" nào", "");
                        case AT_LEAST -> p.vi("thiếu ", "short by ") + p.count(fact, limit - value);
                        case MORE_THAN ->
                            p.vi("thiếu ", "short by ") + p.count(fact, otherValue + 1 - value)
                                    + p.vi(" (cần ít nhất ", " (needs at least ") + p.count(fact, otherValue + 1) + ")";
                        case FEWER_THAN_OR_NONE -> {
                            long target = otherValue == 0 ? 0 : otherValue - 1;
                            yield p.vi("phải giảm ít nhất ", "must fall by at least ") + p.count(fact, value - target)
                                    + p.vi(" (còn tối đa ", " (to at most ") + p.count(fact, target) + ")";
                        }
                        case AT_MOST ->
                            p.vi("phải giảm ít nhất ", "must fall by at least ") + p.count(fact, value - otherValue)
                                    + p.vi(" (còn tối đa ", " (to at most ") + p.count(fact, otherValue) + ")";
                    });
        }
    }

    /** Whether a share is at least, below or above a percentage, or the rest of the whole is at least it. */
    enum ShareKind {
        AT_LEAST,
        BELOW,
        ABOVE,
        /** {@code whole − part} at least p % of the whole: "85 % … không tái phức tạp", the part being relapses. */
        REST_AT_LEAST
    }

    /**
     * {@code part / whole} against {@code percent}. Compared in exact integer arithmetic:
     * "at least p %" is {@code part × 100 ≥ p × whole}; "100 %" is therefore {@code part = whole}.
     */
    record Share(
            ShareKind kind,
            String part,
            Long partValue,
            String whole,
            Long wholeValue,
            BigDecimal percent,
            Status status)
            implements Finding {

        @Override
        public List<String> facts() {
            return List.of(part, whole);
        }

        @Override
        public List<String> missing() {
            return absent(status, facts(), partValue, wholeValue);
        }

        @Override
        public String describe(Phrasing p) {
            if (status == Status.MISSING) {
                return p.missing(missing());
            }
            if (status == Status.NOT_APPLICABLE) {
                return p.label(whole) + ": " + p.count(whole, 0)
                        + p.vi(" — không có gì để tính tỷ lệ", " — nothing to take a share of");
            }
            if (kind == ShareKind.REST_AT_LEAST) {
                long rest = wholeValue - partValue;
                return p.label(part) + ": " + p.number(partValue) + "/" + p.count(whole, wholeValue)
                        + p.vi(", còn lại ", ", the rest ") + p.number(rest) + "/" + p.number(wholeValue) + " = "
                        + p.share(rest, wholeValue, percent) + " (" + requirement(p) + ")";
            }
            return p.label(part) + ": " + p.number(partValue) + "/" + p.count(whole, wholeValue) + " = "
                    + p.share(partValue, wholeValue, percent) + " (" + requirement(p) + ")";
        }

        private String requirement(Phrasing p) {
            boolean all = kind == ShareKind.AT_LEAST && percent.compareTo(HUNDRED) == 0;
            if (all) {
                return p.vi("yêu cầu 100 %", "required: 100 %");
            }
            return p.vi("yêu cầu ", "required: ")
                    + switch (kind) {
                        case AT_LEAST -> p.vi("từ ", "at least ") + p.percent(percent) + p.vi(" trở lên", "");
                        case REST_AT_LEAST ->
                            p.vi("còn lại từ ", "the rest at least ") + p.percent(percent) + p.vi(" trở lên", "");
                        case BELOW -> p.vi("dưới ", "below ") + p.percent(percent);
                        case ABOVE -> p.vi("trên ", "above ") + p.percent(percent);
                    };
        }

        @Override
        public Optional<String> shortfall(Phrasing p) {
            if (status != Status.FAIL) {
                return Optional.empty();
            }
            BigDecimal scaled = percent.multiply(BigDecimal.valueOf(wholeValue)).divide(HUNDRED);
            if (kind == ShareKind.AT_LEAST) {
                long needed = scaled.setScale(0, RoundingMode.CEILING).longValueExact();
                return Optional.of(p.vi("thiếu ", "short by ") + p.count(part, needed - partValue)
                        + p.vi(" (cần ít nhất ", " (needs at least ") + p.number(needed) + "/"
                        + p.count(whole, wholeValue) + ")");
            }
            if (kind == ShareKind.ABOVE) {
                // The smallest part above the share: the least k with k × 100 > percent × whole.
                long needed = scaled.setScale(0, RoundingMode.FLOOR).longValueExact() + 1;
                return Optional.of(p.vi("thiếu ", "short by ") + p.count(part, needed - partValue)
                        + p.vi(" (cần ít nhất ", " (needs at least ") + p.number(needed) + "/"
                        + p.count(whole, wholeValue) + ")");
            }
            if (kind == ShareKind.REST_AT_LEAST) {
                long allowed =
                        wholeValue - scaled.setScale(0, RoundingMode.CEILING).longValueExact();
                return Optional.of(p.vi("vượt ", "over by ") + p.count(part, partValue - allowed)
                        + p.vi(" (tối đa ", " (at most ") + p.number(allowed) + "/" + p.count(whole, wholeValue) + ")");
            }
            // The largest part still below the share: the greatest k with k × 100 < percent × whole.
            long allowed = scaled.setScale(0, RoundingMode.CEILING).longValueExact() - 1;
            return Optional.of(p.vi("vượt ", "over by ") + p.count(part, partValue - allowed)
                    + p.vi(" (tối đa ", " (at most ") + p.number(allowed) + "/" + p.count(whole, wholeValue) + ")");
        }
    }

    BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * {@code fact} against {@code previous} reduced by {@code percent} ("giảm 07% so với năm 2022"): met when
     * {@code 100 × value ≤ (100 − percent) × before}; zero meets it whatever the year before was.
     */
    record Reduction(String fact, Long value, String previous, Long before, BigDecimal percent, Status status)
            implements Finding {

        @Override
        public List<String> facts() {
            return List.of(fact, previous);
        }

        @Override
        public List<String> missing() {
            return absent(status, facts(), value, before);
        }

        private long allowed() {
            return allowed(percent, before);
        }

        /** The most a count may be: the greatest k with {@code 100 × k ≤ (100 − percent) × before}. */
        static long allowed(BigDecimal percent, long before) {
            return HUNDRED.subtract(percent)
                    .multiply(BigDecimal.valueOf(before))
                    .divide(HUNDRED, 0, RoundingMode.FLOOR)
                    .longValueExact();
        }

        @Override
        public String describe(Phrasing p) {
            if (status == Status.MISSING) {
                return p.missing(missing());
            }
            String figure = p.label(fact) + ": " + p.count(fact, value);
            if (before == null) {
                return figure + p.vi("; bằng 0 nên đạt", "; zero, which meets it");
            }
            long change = before - value;
            String trend = change > 0
                    ? p.vi("giảm ", "down by ") + p.count(fact, change) + " = " + p.share(change, before, percent)
                    : change < 0 ? p.vi("tăng ", "up by ") + p.count(fact, -change) : p.vi("không giảm", "no decrease");
            return figure + p.vi(", so với ", " against ") + p.label(previous) + " " + p.count(previous, before)
                    + " — " + trend + p.vi(" (yêu cầu giảm ít nhất ", " (required: down by at least ")
                    + p.percent(percent) + p.vi(", tức còn tối đa ", ", so at most ") + p.count(fact, allowed()) + ")";
        }

        @Override
        public Optional<String> shortfall(Phrasing p) {
            if (status != Status.FAIL) {
                return Optional.empty();
            }
            long allowed = allowed();
            return Optional.of(p.vi("phải giảm thêm ít nhất ", "must fall by at least ")
                    + p.count(fact, value - allowed) + p.vi(" (còn tối đa ", " (to at most ") + p.count(fact, allowed)
                    + ")");
        }
    }

    /**
     * This year's rate, {@code part / whole}, strictly below the year before's ("tỷ lệ tái phạm … thấp hơn năm
     * 2022"), compared cross-multiplied in integers.
     *
     * @param facts  part, whole, the part the year before, the whole the year before
     * @param values their figures in the same order, null where not given
     */
    record RateComparison(List<String> facts, List<Long> values, Status status) implements Finding {
        public RateComparison {
            facts = List.copyOf(facts);
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        @Override
        public List<String> missing() {
            return absent(status, facts, values.toArray(Long[]::new));
        }

        /** The year before's rate as a percentage, the threshold this year's is shown against. */
        private BigDecimal before() {
            return BigDecimal.valueOf(values.get(2))
                    .multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(values.get(3)), 10, RoundingMode.HALF_EVEN);
        }

        @Override
        public String describe(Phrasing p) {
            if (status == Status.MISSING) {
                return p.missing(missing());
            }
            if (status == Status.NOT_APPLICABLE) {
                String empty = values.get(1) != null && values.get(1) == 0 ? facts.get(1) : facts.get(3);
                return p.label(empty) + ": " + p.count(empty, 0)
                        + p.vi(" — không có tỷ lệ để so sánh", " — no rate to compare");
            }
            long part = values.get(0);
            long whole = values.get(1);
            BigDecimal before = before();
            // Each rate is shown against the other, so that two rates that differ never print alike.
            BigDecimal now = BigDecimal.valueOf(part)
                    .multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(whole), 10, RoundingMode.HALF_EVEN);
            return p.label(facts.get(0)) + ": " + p.number(part) + "/" + p.count(facts.get(1), whole) + " = "
                    + p.share(part, whole, before) + p.vi(", so với năm trước ", " against the year before's ")
                    + p.number(values.get(2)) + "/" + p.count(facts.get(3), values.get(3)) + " = "
                    + p.share(values.get(2), values.get(3), now)
                    + p.vi(" (yêu cầu thấp hơn)", " (required: lower)");
        }

        @Override
        public Optional<String> shortfall(Phrasing p) {
            if (status != Status.FAIL) {
                return Optional.empty();
            }
            long part = values.get(0);
            long whole = values.get(1);
            // The greatest k with k × wholeBefore < partBefore × whole.
            long limit = values.get(2) * whole;
            long allowed = (limit + values.get(3) - 1) / values.get(3) - 1;
            if (allowed < 0) {
                return Optional.of(p.vi(
                        "tỷ lệ năm trước là 0 % nên năm nay không thể thấp hơn",
                        "the year before's rate was 0 %, so this year's cannot be lower"));
            }
            return Optional.of(p.vi("phải giảm ít nhất ", "must fall by at least ")
                    + p.count(facts.get(0), part - allowed) + p.vi(" (còn tối đa ", " (to at most ")
                    + p.number(allowed) + "/" + p.count(facts.get(1), whole) + ")");
        }
    }

    /**
     * {@code met / whole} at least {@code percent} where some cases of the whole are still undecided: those neither
     * met nor {@code notMet}. Decided only when every outcome of the undecided ones gives the same answer.
     */
    record SettledShare(
            String met,
            Long metValue,
            String notMet,
            Long notMetValue,
            String whole,
            Long wholeValue,
            BigDecimal percent,
            Status status)
            implements Finding {

        @Override
        public List<String> facts() {
            return List.of(met, notMet, whole);
        }

        /** The facts not given that were needed; none when the figures are all there but cases are undecided. */
        @Override
        public List<String> missing() {
            return absent(status, facts(), metValue, notMetValue, wholeValue);
        }

        private long undecided() {
            return notMetValue == null ? 0 : wholeValue - metValue - notMetValue;
        }

        @Override
        public String describe(Phrasing p) {
            if (wholeValue != null && wholeValue == 0) {
                return p.label(whole) + ": " + p.count(whole, 0)
                        + p.vi(" — không có gì để tính tỷ lệ", " — nothing to take a share of");
            }
            if (status == Status.MISSING && (metValue == null || wholeValue == null || notMetValue == null)) {
                return p.missing(missing());
            }
            if (metValue == null) {
                // Failed on the cases known not met alone: even all the others would fall short.
                return p.label(notMet) + ": " + p.count(notMet, notMetValue) + p.vi(" trong ", " of ")
                        + p.count(whole, wholeValue)
                        + p.vi(
                                " — dù mọi trường hợp còn lại đều đạt cũng chỉ được ",
                                " — even if every other one is met, at most ")
                        + p.share(wholeValue - notMetValue, wholeValue, percent)
                        + p.vi(" (yêu cầu từ ", " (required: at least ")
                        + p.percent(percent)
                        + p.vi(" trở lên)", ")");
            }
            String figure = p.label(met) + ": " + p.number(metValue) + "/" + p.count(whole, wholeValue) + " = "
                    + p.share(metValue, wholeValue, percent);
            long undecided = undecided();
            if (notMetValue != null) {
                figure += "; " + p.label(notMet) + ": " + p.count(notMet, notMetValue);
            }
            if (undecided > 0) {
                figure += p.vi("; chưa rõ kết quả: ", "; undecided: ") + p.count(whole, undecided);
            }
            if (status == Status.MISSING) {
                figure += p.vi(" — từ ", " — between ")
                        + p.share(metValue, wholeValue, percent)
                        + p.vi(" đến ", " and ")
                        + p.share(metValue + undecided, wholeValue, percent)
                        + p.vi(" tùy kết quả của các địa bàn chưa rõ", " depending on the undecided ones");
            }
            return figure
                    + p.vi(" (yêu cầu từ ", " (required: at least ")
                    + p.percent(percent)
                    + p.vi(" trở lên)", ")");
        }

        @Override
        public Optional<String> shortfall(Phrasing p) {
            if (status != Status.FAIL) {
                return Optional.empty();
            }
            long needed = percent.multiply(BigDecimal.valueOf(wholeValue))
                    .divide(HUNDRED, 0, RoundingMode.CEILING)
                    .longValueExact();
            if (metValue == null) {
                return Optional.of(p.vi("cần ít nhất ", "needs at least ") + p.number(needed) + "/"
                        + p.count(whole, wholeValue) + p.vi(", tức tối đa ", ", so at most ")
                        + p.count(notMet, wholeValue - needed) + p.vi(" không đạt", " not met"));
            }
            return Optional.of(p.vi("thiếu ", "short by ") + p.count(met, needed - metValue)
                    + p.vi(" (cần ít nhất ", " (needs at least ") + p.number(needed) + "/"
                    + p.count(whole, wholeValue) + ")");
        }
    }

    /**
     * A flag that must have the {@code required} value: a finding ("tình hình phức tạp": must be false)
     * or the council's assessment ("quản lý hiệu quả": must be true).
     */
    record Assessment(String flag, Boolean value, boolean required, Status status) implements Finding {

        @Override
        public List<String> facts() {
            return List.of(flag);
        }

        @Override
        public List<String> missing() {
            return status == Status.MISSING ? List.of(flag) : List.of();
        }

        @Override
        public String describe(Phrasing p) {
            if (status == Status.MISSING) {
                return p.missing(missing());
            }
            return p.label(flag) + ": " + p.yesNo(value);
        }

        @Override
        public Optional<String> shortfall(Phrasing p) {
            if (status != Status.FAIL) {
                return Optional.empty();
            }
            return Optional.of(p.vi("cần: ", "needs: ") + p.label(flag) + " — " + p.yesNo(required));
        }

        /** "Phát sinh phức tạp mới …: có — cần: không": the flag named once. */
        @Override
        public String describeWithShortfall(Phrasing p) {
            return status == Status.FAIL
                    ? describe(p) + " — " + p.vi("cần: ", "needs: ") + p.yesNo(required)
                    : describe(p);
        }
    }

    /**
     * A passage of the plan open to several readings (DESIGN 1.1), checked under each: the findings of every choice
     * the rule set wrote, and which choice is in force. It reports as the checks of that choice do, so that one
     * firing of the rules gives the verdict under every reading ({@link #under}).
     *
     * @param reading the reading's id, as the manifest declares it
     * @param choice  the choice in force
     * @param choices each choice's findings, in the order the rule set wrote them
     */
    record Reading(String reading, String choice, Map<String, List<Finding>> choices) implements Finding {
        public Reading {
            Map<String, List<Finding>> copy = new LinkedHashMap<>();
            choices.forEach((id, findings) -> copy.put(id, List.copyOf(findings)));
            choices = java.util.Collections.unmodifiableMap(copy);
            if (!choices.containsKey(choice)) {
                throw new IllegalStateException("the rule set writes no checks for reading '" + reading
                        + "' under choice '" + choice + "' (it writes " + choices.keySet() + ")");
            }
        }

        /** The findings of the choice in force. */
        public List<Finding> findings() {
            return choices.get(choice);
        }

        @Override
        public Status status() {
            return Checks.conjunction(findings());
        }

        @Override
        public List<String> facts() {
            LinkedHashSet<String> facts = new LinkedHashSet<>();
            findings().forEach(f -> facts.addAll(f.facts()));
            return List.copyOf(facts);
        }

        @Override
        public List<String> missing() {
            LinkedHashSet<String> missing = new LinkedHashSet<>();
            findings().forEach(f -> missing.addAll(f.missing()));
            return List.copyOf(missing);
        }

        @Override
        public String describe(Phrasing phrasing) {
            return String.join(
                    "; ", findings().stream().map(f -> f.describe(phrasing)).toList());
        }

        @Override
        public Optional<String> shortfall(Phrasing phrasing) {
            List<String> shortfalls = findings().stream()
                    .map(f -> f.shortfall(phrasing))
                    .flatMap(Optional::stream)
                    .toList();
            return shortfalls.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", shortfalls));
        }

        @Override
        public String describeWithShortfall(Phrasing phrasing) {
            return String.join(
                    "; ",
                    findings().stream()
                            .map(f -> f.describeWithShortfall(phrasing))
                            .toList());
        }

        @Override
        public Finding under(Map<String, String> readings) {
            String other = readings.getOrDefault(reading, choice);
            Map<String, List<Finding>> resolved = new LinkedHashMap<>();
            boolean same = other.equals(choice);
            for (Map.Entry<String, List<Finding>> entry : choices.entrySet()) {
                List<Finding> findings =
                        entry.getValue().stream().map(f -> f.under(readings)).toList();
                same &= sameElements(findings, entry.getValue());
                resolved.put(entry.getKey(), findings);
            }
            return same ? this : new Reading(reading, other, resolved);
        }

        private static boolean sameElements(List<Finding> a, List<Finding> b) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) != b.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Figures shown beside a criterion's decisive checks for the reader, never deciding it: the counts behind a
     * council's assessment where the plan gives no figure (target 2.5 of plan 2661). NOT_APPLICABLE, so that with
     * any decisive check it changes nothing ({@link Checks#conjunction}); never MISSING, whatever is not given.
     *
     * @param values each fact and its count, null where not given
     */
    record Shown(Map<String, Long> values) implements Finding {
        public Shown {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        @Override
        public Status status() {
            return Status.NOT_APPLICABLE;
        }

        @Override
        public List<String> facts() {
            return List.copyOf(values.keySet());
        }

        @Override
        public List<String> missing() {
            return List.of();
        }

        @Override
        public String describe(Phrasing p) {
            List<String> figures = new ArrayList<>();
            values.forEach((fact, value) -> figures.add(p.label(fact) + ": "
                    + (value == null ? p.vi("chưa có số liệu", "not given") : p.count(fact, value))));
            return String.join("; ", figures)
                    + p.vi(" (để tham khảo, không quyết định)", " (for information, not deciding)");
        }

        @Override
        public Optional<String> shortfall(Phrasing p) {
            return Optional.empty();
        }
    }
}
