package vn.chuyenhoa.engine.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.Decision;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Outcome;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.DecisionRuleDefinition;
import vn.chuyenhoa.engine.manifest.Group;
import vn.chuyenhoa.engine.manifest.ManifestException;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.rule.Phrasing;

/**
 * How criteria combine into an outcome. Three-valued: PASS or FAIL only when no value of the missing
 * facts could change it, otherwise INDETERMINATE. Shared by every plan; a manifest names one by its kind.
 * Two pieces make every kind: {@link EveryCriterion} (each criterion of a selection holds) and
 * {@link AtLeastShare} (a share of a group is met, plus an {@link EveryCriterion} over the condition groups).
 */
public sealed interface DecisionRule
        permits DecisionRule.EveryCriterion, DecisionRule.AtLeastShare, DecisionRule.Scorecard {

    Decision decide(List<CriterionVerdict> criteria);

    /**
     * The rule a manifest declares. Throws {@link ManifestException} for an unknown kind, a kind with
     * fields it does not use or without those it needs, and a rule that would leave a decisive criterion uncounted.
     */
    static DecisionRule of(PlanManifest manifest) {
        return of(manifest, manifest.decisionRule());
    }

    /** The rule {@code definition} declares for {@code manifest}'s criteria: the manifest's own, or as a reading changes it. */
    static DecisionRule of(PlanManifest manifest, DecisionRuleDefinition definition) {
        if (definition.kind() == null || definition.text() == null) {
            throw ManifestException.of(
                    "quy tắc kết luận cần có kind và text", "the decision rule needs a kind and a text");
        }
        if (!List.of(DecisionRuleDefinition.EXCLUDED, DecisionRuleDefinition.MET)
                .contains(definition.notApplicable())) {
            String given = "'" + definition.notApplicable() + "'";
            throw ManifestException.of(
                    "quy tắc kết luận: not_applicable là excluded hoặc met, không phải " + given,
                    "decision rule: not_applicable is excluded or met, not " + given);
        }
        List<CriterionDefinition> criteria = manifest.criteria();
        for (String id : definition.notCounted()) {
            if (criteria.stream().noneMatch(c -> c.isDecisive() && c.id().equals(id))) {
                throw ManifestException.of(
                        "quy tắc kết luận: not_counted nêu '" + id + "', không phải một tiêu chí quyết định",
                        "decision rule: not_counted names '" + id + "', which is not a decisive criterion");
            }
        }
        Predicate<CriterionDefinition> counted =
                c -> c.isDecisive() && !definition.notCounted().contains(c.id());
        boolean notApplicableMet = definition.notApplicable().equals(DecisionRuleDefinition.MET);
        return switch (definition.kind()) {
            case "every_decisive" -> {
                if (hasShareFields(definition)) {
                    throw ManifestException.of(
                            "quy tắc kết luận every_decisive không nhận group, percent, conditions hay items",
                            "decision rule every_decisive takes no group, percent, conditions or items");
                }
                yield new EveryCriterion(counted, EveryCriterion.DECISIVE_NOUN);
            }
            case "at_least_share" -> AtLeastShare.of(definition, criteria, counted, notApplicableMet);
            case DecisionRuleDefinition.SCORECARD -> Scorecard.of(definition, criteria, counted);
            default -> {
                String known = "every_decisive, at_least_share, " + DecisionRuleDefinition.SCORECARD;
                throw ManifestException.of(
                        "không có loại quy tắc kết luận '" + definition.kind() + "' (các loại có: " + known + ")",
                        "unknown decision rule kind '" + definition.kind() + "' (known: " + known + ")");
            }
        };
    }

    /** How a reason names the criteria a piece counts: "tiêu chí quyết định", "tiêu chí", "decisive criteria". */
    record Noun(String vi, String viShort, String en) {}

    /** "đạt đủ": every selected decisive criterion met or not applicable. */
    record EveryCriterion(Predicate<CriterionDefinition> selects, Noun noun) implements DecisionRule {
        /** {@code every_decisive}: the whole plan. */
        static final Noun DECISIVE_NOUN = new Noun("tiêu chí quyết định", "tiêu chí", "decisive criteria");

        /** The conditions of {@code at_least_share}: every counted criterion of these groups. */
        static EveryCriterion conditions(List<Group> groups, Predicate<CriterionDefinition> counted) {
            return new EveryCriterion(
                    c -> counted.test(c) && groups.contains(c.group()),
                    new Noun("điều kiện", "điều kiện", "conditions"));
        }

        @Override
        public Decision decide(List<CriterionVerdict> criteria) {
            Tally tally = Tally.of(criteria, selects, List.of());
            int total = tally.total();
            if (!tally.failed().isEmpty()) {
                return new Decision(
                        Outcome.FAIL,
                        l -> l.pick("không đạt ", "") + tally.failed().size() + "/" + total + " "
                                + l.pick(noun.vi() + ": ", noun.en() + " not met: ")
                                + String.join(", ", tally.failed()));
            }
            if (!tally.missing().isEmpty()) {
                return new Decision(
                        Outcome.INDETERMINATE,
                        l -> l.pick("chưa đủ dữ liệu để kết luận ", "")
                                + tally.missing().size() + "/" + total + " "
                                + l.pick(noun.vi() + ": ", noun.en() + " lack data: ")
                                + String.join(", ", tally.missing())
                                + others(l, tally));
            }
            return new Decision(
                    Outcome.PASS,
                    l -> l.pick("đạt đủ ", "all ") + total + " " + l.pick(noun.vi(), noun.en() + " met")
                            + notApplicable(l, tally));
        }

        /** What the criteria with data came to; nothing when every one lacks data. */
        private String others(Language l, Tally tally) {
            boolean met = !tally.met().isEmpty();
            boolean notApplicable = !tally.notApplicable().isEmpty();
            if (!met && !notApplicable) {
                return "";
            }
            String vi = met && notApplicable ? "đạt hoặc không áp dụng" : met ? "đạt" : "không áp dụng";
            String en = met && notApplicable ? "met or not applicable" : met ? "met" : "not applicable";
            return l.pick("; các " + noun.viShort() + " còn lại " + vi, "; the others are " + en);
        }

        private static String notApplicable(Language l, Tally tally) {
            return tally.notApplicable().isEmpty()
                    ? ""
                    : l.pick(" (không áp dụng: ", " (not applicable: ") + String.join(", ", tally.notApplicable())
                            + ")";
        }
    }

    /**
     * "đạt từ p % các chỉ tiêu trở lên, trong đó …": the met criteria of {@code group} are at least
     * {@code percent} % of its applicable ones, and every condition holds. A criterion that does not apply
     * is left out of both the count and the denominator. With criteria lacking data, the worst case is that all of them fail
     * and the best that all are met (one that turned out not to apply would only shrink the denominator, which
     * lies between the two), so the share decides when both cases agree. A failed condition fails the area
     * whatever the share.
     */
    record AtLeastShare(
            Group group,
            BigDecimal percent,
            List<Group> conditions,
            Predicate<CriterionDefinition> counted,
            boolean notApplicableMet,
            List<List<String>> items)
            implements DecisionRule {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        static AtLeastShare of(
                DecisionRuleDefinition definition,
                List<CriterionDefinition> criteria,
                Predicate<CriterionDefinition> counted,
                boolean notApplicableMet) {
            Group group = definition.group();
            BigDecimal percent = definition.percent();
            List<Group> conditions = definition.conditions();
            if (group == null || percent == null) {
                throw ManifestException.of(
                        "quy tắc kết luận at_least_share cần có group và percent",
                        "decision rule at_least_share needs a group and a percent");
            }
            if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
                throw ManifestException.of(
                        "quy tắc kết luận at_least_share: percent phải lớn hơn 0 và không quá 100, không phải "
                                + percent.toPlainString(),
                        "decision rule at_least_share: percent must be more than 0 and at most 100, not "
                                + percent.toPlainString());
            }
            if (conditions.contains(group)) {
                throw ManifestException.of(
                        "quy tắc kết luận at_least_share: nhóm '" + group.id()
                                + "' không thể vừa được đếm vừa là điều kiện",
                        "decision rule at_least_share: group '" + group.id()
                                + "' cannot be both counted and a condition");
            }
            List<Group> groups = new ArrayList<>(conditions);
            groups.add(group);
            for (Group named : groups) {
                if (criteria.stream().noneMatch(c -> c.isDecisive() && c.group() == named)) {
                    throw ManifestException.of(
                            "quy tắc kết luận at_least_share: nhóm '" + named.id()
                                    + "' không có tiêu chí quyết định nào",
                            "decision rule at_least_share: group '" + named.id() + "' has no decisive criterion");
                }
            }
            for (CriterionDefinition criterion : criteria) {
                // A criterion without a group is reported by the manifest check.
                if (criterion.isDecisive() && criterion.group() != null && !groups.contains(criterion.group())) {
                    String named = "'" + criterion.id() + "'";
                    String of = "'" + criterion.group().id() + "'";
                    throw ManifestException.of(
                            "quy tắc kết luận at_least_share: tiêu chí quyết định " + named + " của nhóm " + of
                                    + " không được đếm cũng không là điều kiện (đặt decisive: false, hoặc nêu nhóm"
                                    + " của nó)",
                            "decision rule at_least_share: decisive criterion " + named + " of group " + of
                                    + " is neither counted nor a condition (make it decisive: false, or name its"
                                    + " group)");
                }
            }
            List<String> inItems = new ArrayList<>();
            for (List<String> item : definition.items()) {
                if (item.size() < 2) {
                    throw ManifestException.of(
                            "quy tắc kết luận at_least_share: một mục gộp ít nhất hai tiêu chí",
                            "decision rule at_least_share: an item joins at least two criteria");
                }
                for (String id : item) {
                    if (criteria.stream().noneMatch(c -> c.id().equals(id) && c.isDecisive() && c.group() == group)) {
                        throw ManifestException.of(
                                "quy tắc kết luận at_least_share: tiêu chí '" + id
                                        + "' của một mục không phải tiêu chí quyết định của nhóm '" + group.id() + "'",
                                "decision rule at_least_share: item criterion '" + id
                                        + "' is not a decisive criterion of group '" + group.id() + "'");
                    }
                    if (inItems.contains(id)) {
                        throw ManifestException.of(
                                "quy tắc kết luận at_least_share: tiêu chí '" + id + "' nằm trong hai mục",
                                "decision rule at_least_share: criterion '" + id + "' is in two items");
                    }
                    inItems.add(id);
                }
            }
            return new AtLeastShare(group, percent, conditions, counted, notApplicableMet, definition.items());
        }

        @Override
        public Decision decide(List<CriterionVerdict> criteria) {
            Decision share = share(Tally.of(criteria, c -> counted.test(c) && c.group() == group, items));
            return conditions.isEmpty()
                    ? share
                    : both(share, EveryCriterion.conditions(conditions, counted).decide(criteria));
        }

        private Decision share(Tally counts) {
            // A criterion that does not apply but counts as met stays in the count and the denominator.
            Tally tally = notApplicableMet ? counts.notApplicableAsMet() : counts;
            int applicable = tally.applicable();
            int met = tally.met().size();
            int unknown = tally.missing().size();
            long needed = percent.multiply(BigDecimal.valueOf(applicable))
                    .divide(HUNDRED, 0, RoundingMode.CEILING)
                    .longValueExact();
            if (applicable == 0) {
                return new Decision(
                        Outcome.PASS,
                        l -> l.pick(
                                        "không có " + group.label(l) + " nào để tính tỷ lệ",
                                        "no " + noun(l) + " to take a share of")
                                + notApplicable(l, tally));
            }
            if (met >= needed) {
                return new Decision(
                        Outcome.PASS,
                        l -> head(l, met, applicable) + " = " + comparison(l, met, applicable)
                                + notApplicable(l, tally)
                                + (unknown == 0
                                        ? ""
                                        : l.pick(
                                                ", kể cả khi " + unknown + " " + group.label(l) + " thiếu dữ liệu ("
                                                        + ids(tally.missing()) + ") không đạt",
                                                ", even if the " + unknown + " lacking data (" + ids(tally.missing())
                                                        + ") are not met")));
            }
            if (met + unknown < needed) {
                long more = needed - met - unknown;
                if (unknown == 0) {
                    return new Decision(
                            Outcome.FAIL,
                            l -> head(l, met, applicable) + " = " + comparison(l, met, applicable)
                                    + notApplicable(l, tally)
                                    + l.pick(
                                            " — cần ít nhất " + needed + "/" + applicable + ", tức thêm ít nhất " + more
                                                    + " " + group.label(l) + " đạt (đang không đạt: ",
                                            " — at least " + needed + "/" + applicable + " needed, so at least " + more
                                                    + " more must be met (not met: ")
                                    + ids(tally.failed()) + ")");
                }
                return new Decision(
                        Outcome.FAIL,
                        l -> head(l, met, applicable) + notApplicable(l, tally)
                                + lacking(l, tally)
                                + l.pick(
                                        ": dù các " + group.label(l) + " này đều đạt cũng chỉ ",
                                        ": even if all of those are met, only ")
                                + (met + unknown) + "/" + applicable + " = " + comparison(l, met + unknown, applicable)
                                + l.pick(
                                        " — cần ít nhất " + needed + "/" + applicable + ", tức thêm ít nhất " + more
                                                + " " + group.label(l) + " đang không đạt phải đạt (",
                                        " — at least " + needed + "/" + applicable + " needed, so at least " + more
                                                + " of those not met must be met (")
                                + ids(tally.failed()) + ")");
            }
            long wanted = needed - met;
            return new Decision(
                    Outcome.INDETERMINATE,
                    l -> head(l, met, applicable)
                            + notApplicable(l, tally)
                            + lacking(l, tally)
                            + l.pick(": từ ", ": between ")
                            + Phrasing.share(l, met, applicable, percent)
                            + l.pick(" đến ", " and ")
                            + Phrasing.share(l, met + unknown, applicable, percent)
                            + l.pick(
                                    " tùy số liệu còn thiếu — đủ " + l.percent(percent) + " nếu ít nhất " + wanted + "/"
                                            + unknown + " " + group.label(l) + " thiếu dữ liệu đạt (cần ít nhất "
                                            + needed + "/" + applicable + ")",
                                    " depending on the missing data — reaches " + l.percent(percent) + " if at least "
                                            + wanted + " of the " + unknown + " lacking data are met (" + needed + "/"
                                            + applicable + " needed)"));
        }

        /** "target criteria" in English; Vietnamese needs no plural ("chỉ tiêu"). */
        private String noun(Language l) {
            return group.label(l) + l.pick("", " criteria");
        }

        /** "7/9 chỉ tiêu đạt" */
        private String head(Language l, long met, long applicable) {
            return l.pick(met + "/" + applicable + " " + noun(l) + " đạt", noun(l) + " met: " + met + "/" + applicable);
        }

        /** ", 1 chỉ tiêu thiếu dữ liệu (target-4)" */
        private String lacking(Language l, Tally tally) {
            return ", " + tally.missing().size() + " " + l.pick(group.label(l) + " thiếu dữ liệu", "lacking data")
                    + " (" + ids(tally.missing()) + ")";
        }

        /**
         * " (không tính 1 chỉ tiêu không áp dụng: target-4)", or " (kể cả 1 chỉ tiêu không áp dụng, tính là đạt:
         * target-4)", or nothing.
         */
        private String notApplicable(Language l, Tally tally) {
            List<String> ids = notApplicableMet ? tally.countedAsMet() : tally.notApplicable();
            int count = ids.size();
            if (count == 0) {
                return "";
            }
            return notApplicableMet
                    ? l.pick(
                                    " (kể cả " + count + " " + group.label(l) + " không áp dụng, tính là đạt: ",
                                    " (including " + count + " not applicable, counted as met: ")
                            + ids(ids) + ")"
                    : l.pick(
                                    " (không tính " + count + " " + group.label(l) + " không áp dụng: ",
                                    " (not counting " + count + " not applicable: ")
                            + ids(ids) + ")";
        }

        /** "77,8 % < 80 %", the share shown so that it never seems to cross the threshold it does not. */
        private String comparison(Language l, long met, long applicable) {
            boolean reaches = BigDecimal.valueOf(met)
                            .multiply(HUNDRED)
                            .compareTo(percent.multiply(BigDecimal.valueOf(applicable)))
                    >= 0;
            return Phrasing.share(l, met, applicable, percent) + (reaches ? " ≥ " : " < ") + l.percent(percent);
        }
    }

    /**
     * A city's year against its targets, where the plan states no overall rule (DESIGN 1.3): "all targets met" when
     * every counted target is met, "not all" as soon as one is not (whatever the others lacking data turn out to
     * be), else undecided; the reason counts "đạt N/M chỉ tiêu", a target that does not apply left out of M. Every
     * decisive target names its lead unit, by which the verdict groups them.
     */
    record Scorecard(Predicate<CriterionDefinition> counted) implements DecisionRule {
        static Scorecard of(
                DecisionRuleDefinition definition,
                List<CriterionDefinition> criteria,
                Predicate<CriterionDefinition> counted) {
            if (hasShareFields(definition) || definition.notApplicable().equals(DecisionRuleDefinition.MET)) {
                throw ManifestException.of(
                        "quy tắc kết luận scorecard không nhận group, percent, conditions, items hay"
                                + " not_applicable: met",
                        "decision rule scorecard takes no group, percent, conditions, items or not_applicable: met");
            }
            for (CriterionDefinition criterion : criteria) {
                if (criterion.isDecisive() && criterion.leadUnit() == null) {
                    throw ManifestException.of(
                            "quy tắc kết luận scorecard: chỉ tiêu '" + criterion.id()
                                    + "' không nêu lead_unit (Đơn vị chủ trì của kế hoạch)",
                            "decision rule scorecard: target '" + criterion.id()
                                    + "' names no lead_unit (the plan's Đơn vị chủ trì)");
                }
            }
            return new Scorecard(counted);
        }

        @Override
        public Decision decide(List<CriterionVerdict> criteria) {
            Tally tally = Tally.of(criteria, counted, List.of());
            int met = tally.met().size();
            int applicable = tally.applicable();
            Function<Language, String> count = l -> l.pick(
                            "đạt " + met + "/" + applicable + " chỉ tiêu", met + "/" + applicable + " targets met")
                    + (tally.notApplicable().isEmpty()
                            ? ""
                            : l.pick(
                                            " (không tính "
                                                    + tally.notApplicable().size() + " chỉ tiêu không áp dụng: ",
                                            " (not counting "
                                                    + tally.notApplicable().size() + " not applicable: ")
                                    + ids(tally.notApplicable()) + ")");
            Outcome outcome = !tally.failed().isEmpty()
                    ? Outcome.FAIL
                    : !tally.missing().isEmpty() ? Outcome.INDETERMINATE : Outcome.PASS;
            return new Decision(
                    outcome,
                    l -> count.apply(l)
                            + (tally.failed().isEmpty()
                                    ? ""
                                    : l.pick("; không đạt: ", "; not met: ") + ids(tally.failed()))
                            + (tally.missing().isEmpty()
                                    ? ""
                                    : l.pick("; thiếu dữ liệu: ", "; lacking data: ") + ids(tally.missing())));
        }
    }

    /** Whether a rule gives what only {@code at_least_share} takes: a group, a percent, conditions or items. */
    private static boolean hasShareFields(DecisionRuleDefinition definition) {
        return definition.group() != null
                || definition.percent() != null
                || !definition.conditions().isEmpty()
                || !definition.items().isEmpty();
    }

    /** Both must hold: FAIL if either fails, else INDETERMINATE if either is undecided; the reasons of both. */
    private static Decision both(Decision first, Decision second) {
        Outcome outcome = first.outcome() == Outcome.FAIL || second.outcome() == Outcome.FAIL
                ? Outcome.FAIL
                : first.outcome() == Outcome.INDETERMINATE || second.outcome() == Outcome.INDETERMINATE
                        ? Outcome.INDETERMINATE
                        : Outcome.PASS;
        return new Decision(outcome, l -> first.reason(l) + "; " + second.reason(l));
    }

    private static String ids(List<String> ids) {
        return String.join(", ", ids);
    }

    /**
     * The selected criteria's ids by status, in the manifest's order; criteria joined in an item count as one, named
     * by their ids joined with "+" (FAIL if one fails, else MISSING if one lacks data, NOT_APPLICABLE if none
     * applies, else PASS). {@code countedAsMet}: those not applicable that {@link #notApplicableAsMet} moved to met.
     */
    record Tally(
            List<String> met,
            List<String> failed,
            List<String> missing,
            List<String> notApplicable,
            List<String> countedAsMet) {
        static Tally of(
                List<CriterionVerdict> criteria, Predicate<CriterionDefinition> selects, List<List<String>> items) {
            List<String> met = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> notApplicable = new ArrayList<>();
            java.util.Map<String, Status> joined = new java.util.LinkedHashMap<>();
            for (CriterionVerdict criterion : criteria) {
                if (!selects.test(criterion.definition())) {
                    continue;
                }
                String criterionId = criterion.definition().id();
                String id = criterionId;
                Status status = criterion.status();
                if (status == Status.INFO) {
                    throw new IllegalStateException("criterion '" + id + "' is decisive but reports INFO");
                }
                List<String> item = items.stream()
                        .filter(i -> i.contains(criterionId))
                        .findFirst()
                        .orElse(null);
                if (item != null) {
                    String name = String.join("+", item);
                    Status before = joined.get(name);
                    joined.put(name, before == null ? status : join(before, status));
                    if (!id.equals(item.get(item.size() - 1))) {
                        continue;
                    }
                    id = name;
                    status = joined.get(name);
                }
                switch (status) {
                    case PASS -> met.add(id);
                    case FAIL -> failed.add(id);
                    case MISSING -> missing.add(id);
                    case NOT_APPLICABLE -> notApplicable.add(id);
                    case INFO -> throw new IllegalStateException("criterion '" + id + "' is decisive but reports INFO");
                }
            }
            return new Tally(
                    List.copyOf(met), List.copyOf(failed), List.copyOf(missing), List.copyOf(notApplicable), List.of());
        }

        /** Two criteria counted as one item: FAIL wins, then MISSING; NOT_APPLICABLE only if both are. */
        private static Status join(Status a, Status b) {
            if (a == Status.FAIL || b == Status.FAIL) {
                return Status.FAIL;
            }
            if (a == Status.MISSING || b == Status.MISSING) {
                return Status.MISSING;
            }
            return a == Status.NOT_APPLICABLE && b == Status.NOT_APPLICABLE ? Status.NOT_APPLICABLE : Status.PASS;
        }

        /** The same count with the criteria that do not apply counted as met. */
        Tally notApplicableAsMet() {
            List<String> all = new ArrayList<>(met);
            all.addAll(notApplicable);
            return new Tally(List.copyOf(all), failed, missing, List.of(), notApplicable);
        }

        int total() {
            return met.size() + failed.size() + missing.size() + notApplicable.size();
        }

        /** The denominator: every counted criterion but those that do not apply (those lacking data included). */
        int applicable() {
            return total() - notApplicable.size();
        }
    }
}
