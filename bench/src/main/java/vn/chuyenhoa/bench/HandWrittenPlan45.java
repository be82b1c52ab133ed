package vn.chuyenhoa.bench;

import java.util.Map;
import vn.chuyenhoa.engine.Outcome;

/**
 * Plan 45-KH-BCD-2023's decision written directly in Java, only as the benchmark's baseline: the same
 * criteria and the same three-valued logic as the rule set, without reasons, verdict objects or Drools.
 */
final class HandWrittenPlan45 {
    /** The rule-set version this baseline decides as: a newer version may decide otherwise. */
    static final String VERSION = "45-KH-BCD-2023@1.0.0";

    private static final int PASS = 0;
    private static final int FAIL = 1;
    private static final int MISSING = 2;
    private static final int NOT_APPLICABLE = 3;

    private HandWrittenPlan45() {}

    static Outcome outcome(Map<String, Object> facts) {
        int[] criteria = {
            flag(facts, "general_criteria_met", true),
            and(
                    fewerThanOrNone(facts, "drug_cases", "drug_cases_previous_year"),
                    and(none(facts, "new_drug_points"), flag(facts, "drug_situation_complex", false))),
            and(
                    flag(facts, "rehab_management_effective", true),
                    atMost(facts, "new_drug_users", "new_drug_users_before")),
            all(facts, "at_risk_persons_managed", "at_risk_persons"),
            all(facts, "households_reached", "households"),
            atLeastOne(facts, "effective_models"),
        };
        boolean missing = false;
        for (int status : criteria) {
            if (status == FAIL) {
                return Outcome.FAIL;
            }
            missing |= status == MISSING;
        }
        return missing ? Outcome.INDETERMINATE : Outcome.PASS;
    }

    private static int and(int a, int b) {
        if (a == FAIL || b == FAIL) {
            return FAIL;
        }
        if (a == MISSING || b == MISSING) {
            return MISSING;
        }
        return a == NOT_APPLICABLE && b == NOT_APPLICABLE ? NOT_APPLICABLE : PASS;
    }

    private static int flag(Map<String, Object> facts, String name, boolean required) {
        Object value = facts.get(name);
        return value == null ? MISSING : value.equals(required) ? PASS : FAIL;
    }

    private static int fewerThanOrNone(Map<String, Object> facts, String name, String previous) {
        Long value = (Long) facts.get(name);
        Long before = (Long) facts.get(previous);
        if (value != null && value == 0) {
            return PASS;
        }
        if (value == null || before == null) {
            return MISSING;
        }
        return value < before ? PASS : FAIL;
    }

    private static int atMost(Map<String, Object> facts, String name, String limit) {
        Long value = (Long) facts.get(name);
        Long bound = (Long) facts.get(limit);
        if (value != null && value == 0) {
            return PASS;
        }
        if (value == null || bound == null) {
            return MISSING;
        }
        return value <= bound ? PASS : FAIL;
    }

    private static int none(Map<String, Object> facts, String name) {
        Long value = (Long) facts.get(name);
        return value == null ? MISSING : value == 0 ? PASS : FAIL;
    }

    private static int atLeastOne(Map<String, Object> facts, String name) {
        Long value = (Long) facts.get(name);
        return value == null ? MISSING : value >= 1 ? PASS : FAIL;
    }

    private static int all(Map<String, Object> facts, String part, String whole) {
        Long partValue = (Long) facts.get(part);
        Long wholeValue = (Long) facts.get(whole);
        if (wholeValue != null && wholeValue == 0) {
            return NOT_APPLICABLE;
        }
        if (partValue == null || wholeValue == null) {
            return MISSING;
        }
        return partValue.equals(wholeValue) ? PASS : FAIL;
    }
}
