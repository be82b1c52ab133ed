package vn.chuyenhoa.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chuyenhoa.engine.Status.FAIL;
import static vn.chuyenhoa.engine.Status.MISSING;
import static vn.chuyenhoa.engine.Status.NOT_APPLICABLE;
import static vn.chuyenhoa.engine.Status.PASS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.evaluation.DecisionRule;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.DecisionRuleDefinition;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.Group;
import vn.chuyenhoa.engine.manifest.InForce;
import vn.chuyenhoa.engine.manifest.Jurisdiction;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.Source;
import vn.chuyenhoa.engine.manifest.Text;

/**
 * The decision rules on their own, over criteria whose statuses are given: the 80 % rule of plan 7488 as
 * {@code at_least_share}, its three-valued logic checked against every completion of the missing criteria,
 * and {@code every_decisive} as its 100 % special case.
 */
class DecisionRuleTest {
    private static final FactCatalog NO_FACTS = new FactCatalog(List.of());
    private static final Text RULE_TEXT = new Text("quy tắc", "rule");

    /** Nine chỉ tiêu t1…t9 then two conditions c1, c2, with the statuses given in that order. */
    private static Decision eightyPercent(Status... statuses) {
        List<CriterionDefinition> criteria = new ArrayList<>();
        IntStream.rangeClosed(1, 9).forEach(i -> criteria.add(criterion("t" + i, Group.TARGET)));
        criteria.add(criterion("c1", Group.CONDITION));
        criteria.add(criterion("c2", Group.CONDITION));
        return decide(share("80", Group.CONDITION), criteria, statuses);
    }

    @Nested
    @DisplayName("at_least_share with 80 % of nine chỉ tiêu and two conditions (plan 7488)")
    class EightyPercent {
        @Test
        @DisplayName("8 of 9 chỉ tiêu met is 88,9 % ≥ 80 %: ĐẠT")
        void eightOfNinePasses() {
            Decision decision = eightyPercent(PASS, FAIL, PASS, PASS, PASS, PASS, PASS, PASS, PASS, PASS, PASS);
            assertThat(decision.outcome()).isEqualTo(Outcome.PASS);
            assertThat(decision.reason(Language.VI)).isEqualTo("8/9 chỉ tiêu đạt = 88,9 % ≥ 80 %; đạt đủ 2 điều kiện");
            assertThat(decision.reason(Language.EN))
                    .isEqualTo("target criteria met: 8/9 = 88.9 % ≥ 80 %; all 2 conditions met");
        }

        @Test
        @DisplayName("7 of 9 chỉ tiêu met is 77,8 % < 80 %: CHƯA ĐẠT, and the reason says at least 1 more must pass")
        void sevenOfNineFails() {
            Decision decision = eightyPercent(PASS, FAIL, PASS, PASS, PASS, FAIL, PASS, PASS, PASS, PASS, PASS);
            assertThat(decision.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(decision.reason(Language.VI))
                    .isEqualTo("7/9 chỉ tiêu đạt = 77,8 % < 80 % — cần ít nhất 8/9, "
                            + "tức thêm ít nhất 1 chỉ tiêu đạt (đang không đạt: t2, t6); đạt đủ 2 điều kiện");
            assertThat(decision.reason(Language.EN))
                    .isEqualTo("target criteria met: 7/9 = 77.8 % < 80 % — at least 8/9 "
                            + "needed, so at least 1 more must be met (not met: t2, t6); all 2 conditions met");
        }

        @Test
        @DisplayName("5 of 9 met: the reason counts the 3 more that would have to pass")
        void fiveOfNineNeedsThreeMore() {
            Decision decision = eightyPercent(PASS, FAIL, FAIL, PASS, FAIL, PASS, FAIL, PASS, PASS, PASS, PASS);
            assertThat(decision.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(decision.reason(Language.VI))
                    .startsWith("5/9 chỉ tiêu đạt = 55,6 % < 80 % — cần ít nhất 8/9, "
                            + "tức thêm ít nhất 3 chỉ tiêu đạt (đang không đạt: t2, t3, t5, t7)");
        }

        @Test
        @DisplayName("A chỉ tiêu that does not apply leaves the denominator: 7 of 8 applicable is 87,5 %: ĐẠT")
        void notApplicableLeavesTheDenominator() {
            Decision decision =
                    eightyPercent(PASS, PASS, NOT_APPLICABLE, PASS, PASS, FAIL, PASS, PASS, PASS, PASS, PASS);
            assertThat(decision.outcome()).isEqualTo(Outcome.PASS);
            assertThat(decision.reason(Language.VI))
                    .isEqualTo(
                            "7/8 chỉ tiêu đạt = 87,5 % ≥ 80 % (không tính 1 chỉ tiêu không áp dụng: t3); đạt đủ 2 điều kiện");
            assertThat(decision.reason(Language.EN))
                    .isEqualTo(
                            "target criteria met: 7/8 = 87.5 % ≥ 80 % (not counting 1 not applicable: t3); all 2 conditions met");
        }

        @Test
        @DisplayName("A failed condition makes it CHƯA ĐẠT even with all 9 chỉ tiêu met")
        void failedConditionAtNineOfNine() {
            Decision decision = eightyPercent(PASS, PASS, PASS, PASS, PASS, PASS, PASS, PASS, PASS, FAIL, PASS);
            assertThat(decision.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(decision.reason(Language.VI))
                    .isEqualTo("9/9 chỉ tiêu đạt = 100 % ≥ 80 %; không đạt 1/2 điều kiện: c1");
        }

        @Test
        @DisplayName("A failed condition makes it CHƯA ĐẠT whatever chỉ tiêu are missing")
        void failedConditionWhateverIsMissing() {
            Decision decision =
                    eightyPercent(MISSING, MISSING, MISSING, PASS, PASS, PASS, PASS, PASS, PASS, PASS, FAIL);
            assertThat(decision.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(decision.reason(Language.VI)).endsWith("; không đạt 1/2 điều kiện: c2");
        }

        @Test
        @DisplayName("A condition lacking data leaves a share that passes undecided")
        void missingConditionIsUndecided() {
            Decision decision = eightyPercent(PASS, PASS, PASS, PASS, PASS, PASS, PASS, PASS, PASS, PASS, MISSING);
            assertThat(decision.outcome()).isEqualTo(Outcome.INDETERMINATE);
            assertThat(decision.reason(Language.VI))
                    .isEqualTo("9/9 chỉ tiêu đạt = 100 % ≥ 80 %; "
                            + "chưa đủ dữ liệu để kết luận 1/2 điều kiện: c2; các điều kiện còn lại đạt");
        }

        @Test
        @DisplayName("ĐẠT despite a missing chỉ tiêu when the 8 met already reach 80 % of 9")
        void passesDespiteMissing() {
            Decision decision = eightyPercent(PASS, PASS, PASS, PASS, PASS, PASS, MISSING, PASS, PASS, PASS, PASS);
            assertThat(decision.outcome()).isEqualTo(Outcome.PASS);
            assertThat(decision.reason(Language.VI))
                    .isEqualTo("8/9 chỉ tiêu đạt = 88,9 % ≥ 80 %, "
                            + "kể cả khi 1 chỉ tiêu thiếu dữ liệu (t7) không đạt; đạt đủ 2 điều kiện");
        }

        @Test
        @DisplayName("CHƯA ĐẠT despite a missing chỉ tiêu when even its passing would give only 7/9")
        void failsDespiteMissing() {
            Decision decision = eightyPercent(MISSING, FAIL, PASS, PASS, PASS, FAIL, PASS, PASS, PASS, PASS, PASS);
            assertThat(decision.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(decision.reason(Language.VI))
                    .isEqualTo("6/9 chỉ tiêu đạt, 1 chỉ tiêu thiếu dữ liệu (t1): "
                            + "dù các chỉ tiêu này đều đạt cũng chỉ 7/9 = 77,8 % < 80 % — cần ít nhất 8/9, "
                            + "tức thêm ít nhất 1 chỉ tiêu đang không đạt phải đạt (t2, t6); đạt đủ 2 điều kiện");
            assertThat(decision.reason(Language.EN))
                    .isEqualTo("target criteria met: 6/9, 1 lacking data (t1): "
                            + "even if all of those are met, only 7/9 = 77.8 % < 80 % — at least 8/9 needed, "
                            + "so at least 1 of those not met must be met (t2, t6); all 2 conditions met");
        }

        @Test
        @DisplayName(
                "CHƯA ĐỦ DỮ LIỆU when the missing chỉ tiêu could give 7/9 or 8/9, with the range and what would settle it")
        void undecided() {
            Decision decision = eightyPercent(PASS, PASS, PASS, MISSING, PASS, FAIL, PASS, PASS, PASS, PASS, PASS);
            assertThat(decision.outcome()).isEqualTo(Outcome.INDETERMINATE);
            assertThat(decision.reason(Language.VI))
                    .isEqualTo("7/9 chỉ tiêu đạt, 1 chỉ tiêu thiếu dữ liệu (t4): "
                            + "từ 77,8 % đến 88,9 % tùy số liệu còn thiếu — đủ 80 % nếu ít nhất 1/1 chỉ tiêu thiếu dữ liệu đạt "
                            + "(cần ít nhất 8/9); đạt đủ 2 điều kiện");
            assertThat(decision.reason(Language.EN))
                    .isEqualTo("target criteria met: 7/9, 1 lacking data (t4): "
                            + "between 77.8 % and 88.9 % depending on the missing data — reaches 80 % if at least 1 of the 1 "
                            + "lacking data are met (8/9 needed); all 2 conditions met");
        }

        @Test
        @DisplayName("With every chỉ tiêu not applicable there is no share to miss: ĐẠT if the conditions hold")
        void nothingApplies() {
            Status[] statuses = new Status[11];
            Arrays.fill(statuses, 0, 9, NOT_APPLICABLE);
            Arrays.fill(statuses, 9, 11, PASS);
            Decision decision = eightyPercent(statuses);
            assertThat(decision.outcome()).isEqualTo(Outcome.PASS);
            assertThat(decision.reason(Language.VI))
                    .isEqualTo(
                            "không có chỉ tiêu nào để tính tỷ lệ "
                                    + "(không tính 9 chỉ tiêu không áp dụng: t1, t2, t3, t4, t5, t6, t7, t8, t9); đạt đủ 2 điều kiện");
        }
    }

    @Test
    @DisplayName(
            "PASS or FAIL exactly when every completion of the missing criteria (met, not met, not applicable) agrees")
    void threeValuedAgainstEveryCompletion() {
        Status[] values = {PASS, FAIL, MISSING, NOT_APPLICABLE};
        int checked = 0;
        for (String percent : List.of("15", "30", "80", "95", "100")) {
            for (int targets = 1; targets <= 5; targets++) {
                for (int conditions = 0; conditions <= 1; conditions++) {
                    List<CriterionDefinition> criteria = new ArrayList<>();
                    IntStream.rangeClosed(1, targets).forEach(i -> criteria.add(criterion("t" + i, Group.TARGET)));
                    IntStream.rangeClosed(1, conditions)
                            .forEach(i -> criteria.add(criterion("c" + i, Group.CONDITION)));
                    DecisionRuleDefinition rule = conditions == 0 ? share(percent) : share(percent, Group.CONDITION);
                    for (Status[] statuses : everyCombination(values, criteria.size())) {
                        Outcome expected = byCompletions(new BigDecimal(percent), targets, statuses);
                        assertThat(decide(rule, criteria, statuses).outcome())
                                .as("%s %% of %s", percent, Arrays.toString(statuses))
                                .isEqualTo(expected);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(5 * (4 + 16 + 16 + 64 + 64 + 256 + 256 + 1024 + 1024 + 4096));
    }

    /** The outcome by definition: decide each way of filling in the missing criteria, and see if they agree. */
    private static Outcome byCompletions(BigDecimal percent, int targets, Status[] statuses) {
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        long missing = Arrays.stream(statuses).filter(s -> s == MISSING).count();
        for (Status[] filled : everyCombination(new Status[] {PASS, FAIL, NOT_APPLICABLE}, (int) missing)) {
            Status[] complete = statuses.clone();
            int next = 0;
            for (int i = 0; i < complete.length; i++) {
                if (complete[i] == MISSING) {
                    complete[i] = filled[next++];
                }
            }
            long met =
                    Arrays.stream(complete, 0, targets).filter(s -> s == PASS).count();
            long applicable = Arrays.stream(complete, 0, targets)
                    .filter(s -> s != NOT_APPLICABLE)
                    .count();
            boolean share =
                    BigDecimal.valueOf(met * 100).compareTo(percent.multiply(BigDecimal.valueOf(applicable))) >= 0;
            boolean conditions =
                    Arrays.stream(complete, targets, complete.length).noneMatch(s -> s == FAIL);
            outcomes.add(share && conditions ? Outcome.PASS : Outcome.FAIL);
        }
        return outcomes.size() == 1 ? outcomes.iterator().next() : Outcome.INDETERMINATE;
    }

    @Test
    @DisplayName("every_decisive decides as at_least_share of 100 % does, and keeps its own words")
    void everyDecisiveIsTheHundredPercentCase() {
        Status[] values = {PASS, FAIL, MISSING, NOT_APPLICABLE};
        List<CriterionDefinition> criteria = List.of(
                criterion("main-1", Group.MAIN),
                criterion("main-2", Group.MAIN),
                criterion("main-3", Group.MAIN),
                criterion("main-4", Group.MAIN));
        DecisionRuleDefinition every = new DecisionRuleDefinition("every_decisive", RULE_TEXT, null, null, null);
        DecisionRuleDefinition hundred =
                new DecisionRuleDefinition("at_least_share", RULE_TEXT, Group.MAIN, new BigDecimal("100"), null);
        for (Status[] statuses : everyCombination(values, criteria.size())) {
            assertThat(decide(every, criteria, statuses).outcome())
                    .as(Arrays.toString(statuses))
                    .isEqualTo(decide(hundred, criteria, statuses).outcome());
        }
        assertThat(decide(every, criteria, PASS, NOT_APPLICABLE, PASS, PASS).reason(Language.VI))
                .isEqualTo("đạt đủ 4 tiêu chí quyết định (không áp dụng: main-2)");
        assertThat(decide(every, criteria, PASS, FAIL, MISSING, FAIL).reason(Language.VI))
                .isEqualTo("không đạt 2/4 tiêu chí quyết định: main-2, main-4");
        assertThat(decide(every, criteria, PASS, MISSING, PASS, MISSING).reason(Language.EN))
                .isEqualTo("2/4 decisive criteria lack data: main-2, main-4; the others are met");
    }

    @Test
    @DisplayName("A criterion that is not decisive counts neither in the share nor in the denominator")
    void informationOnlyCriteriaAreNotCounted() {
        List<CriterionDefinition> criteria = List.of(
                criterion("t1", Group.TARGET),
                criterion("t2", Group.TARGET),
                criterion("t3", Group.TARGET),
                criterion("t4", Group.TARGET),
                criterion("t5", Group.TARGET),
                new CriterionDefinition("note", RULE_TEXT, Group.TARGET, false, List.of(), RULE_TEXT, source()));
        Decision decision = decide(share("80"), criteria, PASS, PASS, PASS, PASS, FAIL, FAIL);
        assertThat(decision.outcome()).isEqualTo(Outcome.PASS);
        assertThat(decision.reason(Language.VI)).isEqualTo("4/5 chỉ tiêu đạt = 80 % ≥ 80 %");
    }

    @Nested
    @DisplayName("scorecard: a city's year against its targets (plan 102)")
    class Scorecard {
        private final DecisionRuleDefinition scorecard =
                new DecisionRuleDefinition("scorecard", RULE_TEXT, null, null, null);
        private final List<CriterionDefinition> targets = List.of(
                target("2.1", "Công an thành phố"),
                target("2.2", "Công an thành phố"),
                target("2.9", "Công an thành phố, Ban Chỉ huy Quân sự thành phố"),
                target("3.4", "Phòng Y tế, Trung tâm Y tế thành phố"));

        @Test
        @DisplayName("decides as every_decisive does, whatever the statuses")
        void decidesAsEveryDecisive() {
            DecisionRuleDefinition every = new DecisionRuleDefinition("every_decisive", RULE_TEXT, null, null, null);
            for (Status[] statuses : everyCombination(new Status[] {PASS, FAIL, MISSING, NOT_APPLICABLE}, 4)) {
                assertThat(decide(scorecard, targets, statuses).outcome())
                        .as(Arrays.toString(statuses))
                        .isEqualTo(decide(every, targets, statuses).outcome());
            }
        }

        @Test
        @DisplayName(
                "counts \"đạt N/M chỉ tiêu\", M without those that do not apply, then those not met and lacking data")
        void countsTheTargetsMet() {
            Decision all = decide(scorecard, targets, PASS, PASS, NOT_APPLICABLE, PASS);
            assertThat(all.outcome()).isEqualTo(Outcome.PASS);
            assertThat(all.reason(Language.VI))
                    .isEqualTo("đạt 3/3 chỉ tiêu (không tính 1 chỉ tiêu không áp dụng: 2.9)");
            assertThat(all.reason(Language.EN)).isEqualTo("3/3 targets met (not counting 1 not applicable: 2.9)");
            Decision failed = decide(scorecard, targets, PASS, FAIL, MISSING, PASS);
            assertThat(failed.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(failed.reason(Language.VI)).isEqualTo("đạt 2/4 chỉ tiêu; không đạt: 2.2; thiếu dữ liệu: 2.9");
            Decision undecided = decide(scorecard, targets, PASS, PASS, MISSING, PASS);
            assertThat(undecided.outcome()).isEqualTo(Outcome.INDETERMINATE);
            assertThat(undecided.reason(Language.EN)).isEqualTo("3/4 targets met; lacking data: 2.9");
        }

        @Test
        @DisplayName("labels its outcomes as a summary of targets, never ĐẠT alone (DESIGN 1.3)")
        void scorecardLabels() {
            assertThat(Outcome.PASS.label(Language.VI, true)).isEqualTo("ĐẠT TOÀN BỘ CHỈ TIÊU");
            assertThat(Outcome.FAIL.label(Language.VI, true)).isEqualTo("CHƯA ĐẠT TOÀN BỘ CHỈ TIÊU");
            assertThat(Outcome.INDETERMINATE.label(Language.VI, true)).isEqualTo("CHƯA ĐỦ DỮ LIỆU");
            assertThat(Outcome.PASS.label(Language.EN, true)).isEqualTo("ALL TARGETS MET");
            assertThat(Outcome.FAIL.label(Language.EN, true)).isEqualTo("NOT ALL TARGETS MET");
            assertThat(Outcome.INDETERMINATE.label(Language.EN, true)).isEqualTo("UNDECIDED");
            assertThat(Outcome.PASS.label(Language.VI, false)).isEqualTo("ĐẠT");
        }

        @Test
        @DisplayName("is refused when a decisive target names no lead unit, or when given a share's fields")
        void refused() {
            List<CriterionDefinition> withoutUnit = List.of(targets.get(0), criterion("2.3", Group.TARGET));
            assertThatThrownBy(() -> DecisionRule.of(manifest(scorecard, withoutUnit)))
                    .hasMessage("decision rule scorecard: target '2.3' names no lead_unit (the plan's Đơn vị chủ trì)");
            assertThatThrownBy(() -> DecisionRule.of(manifest(
                            new DecisionRuleDefinition(
                                    "scorecard", RULE_TEXT, Group.TARGET, new BigDecimal("80"), null),
                            targets)))
                    .hasMessage("decision rule scorecard takes no group, percent, conditions, items or not_applicable:"
                            + " met");
        }

        private static CriterionDefinition target(String id, String leadUnit) {
            return new CriterionDefinition(
                    id,
                    new Text(id, null),
                    Group.TARGET,
                    true,
                    List.of(),
                    new Text(id, null),
                    source(),
                    new Text(leadUnit, null));
        }
    }

    @Nested
    @DisplayName("A manifest's decision rule is refused when")
    class Refused {
        private final List<CriterionDefinition> criteria =
                List.of(criterion("t1", Group.TARGET), criterion("c1", Group.CONDITION));

        @Test
        @DisplayName("its kind is unknown")
        void unknownKind() {
            assertRefused(
                    new DecisionRuleDefinition("most_of", RULE_TEXT, null, null, null),
                    criteria,
                    "unknown decision rule kind 'most_of' (known: every_decisive, at_least_share, scorecard)");
        }

        @Test
        @DisplayName("at_least_share lacks its group or its percent")
        void shareWithoutPercent() {
            assertRefused(
                    new DecisionRuleDefinition(
                            "at_least_share", RULE_TEXT, Group.TARGET, null, List.of(Group.CONDITION)),
                    criteria,
                    "decision rule at_least_share needs a group and a percent");
        }

        @Test
        @DisplayName("its percent is 0 or above 100")
        void percentOutOfRange() {
            assertRefused(share("0", Group.CONDITION), criteria, "percent must be more than 0 and at most 100, not 0");
            assertRefused(
                    share("120", Group.CONDITION), criteria, "percent must be more than 0 and at most 100, not 120");
        }

        @Test
        @DisplayName("a decisive criterion belongs to a group that is neither counted nor a condition")
        void uncountedCriterion() {
            assertRefused(
                    share("80"),
                    criteria,
                    "decisive criterion 'c1' of group 'condition' is neither counted nor a condition");
        }

        @Test
        @DisplayName("the counted group is also a condition")
        void groupIsAlsoACondition() {
            assertRefused(
                    share("80", Group.TARGET, Group.CONDITION),
                    criteria,
                    "group 'target' cannot be both counted and a condition");
        }

        @Test
        @DisplayName("a named group has no decisive criterion")
        void emptyGroup() {
            assertRefused(
                    share("80", Group.CONDITION, Group.GENERAL), criteria, "group 'general' has no decisive criterion");
        }

        @Test
        @DisplayName("every_decisive is given a share's fields")
        void everyDecisiveWithPercent() {
            assertRefused(
                    new DecisionRuleDefinition("every_decisive", RULE_TEXT, null, new BigDecimal("80"), null),
                    criteria,
                    "decision rule every_decisive takes no group, percent, conditions or items");
        }

        private void assertRefused(DecisionRuleDefinition rule, List<CriterionDefinition> criteria, String message) {
            assertThatThrownBy(() -> DecisionRule.of(manifest(rule, criteria)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(message);
        }
    }

    private static DecisionRuleDefinition share(String percent, Group... conditions) {
        return new DecisionRuleDefinition(
                "at_least_share", RULE_TEXT, Group.TARGET, new BigDecimal(percent), List.of(conditions));
    }

    private static Decision decide(
            DecisionRuleDefinition rule, List<CriterionDefinition> criteria, Status... statuses) {
        assertThat(statuses).hasSameSizeAs(criteria);
        List<CriterionVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            verdicts.add(new CriterionVerdict(
                    criteria.get(i),
                    statuses[i],
                    List.of(),
                    NO_FACTS,
                    criteria.get(i).isDecisive()));
        }
        return DecisionRule.of(manifest(rule, criteria)).decide(verdicts);
    }

    private static PlanManifest manifest(DecisionRuleDefinition rule, List<CriterionDefinition> criteria) {
        return new PlanManifest(
                "TEST-2017",
                "1.0.0",
                RULE_TEXT,
                "document",
                "issuer",
                LocalDate.of(2017, 7, 31),
                new Jurisdiction("Đồng Nai", null, null),
                List.of("TTATXH"),
                new InForce(LocalDate.of(2017, 7, 31), LocalDate.of(2020, 12, 31)),
                "test",
                rule,
                criteria);
    }

    private static CriterionDefinition criterion(String id, Group group) {
        return new CriterionDefinition(id, new Text(id, null), group, true, List.of(), new Text(id, null), source());
    }

    private static Source source() {
        return new Source("KH 7488/KH-UBND", "III.4", "Địa bàn đạt 80% các chỉ tiêu của Đề án trở lên");
    }

    /** Every sequence of {@code length} values, in a fixed order. */
    private static List<Status[]> everyCombination(Status[] values, int length) {
        List<Status[]> combinations = new ArrayList<>();
        int count = (int) Math.pow(values.length, length);
        for (int n = 0; n < count; n++) {
            Status[] combination = new Status[length];
            for (int i = 0, rest = n; i < length; i++, rest /= values.length) {
                combination[i] = values[rest % values.length];
            }
            combinations.add(combination);
        }
        return combinations;
    }
}
