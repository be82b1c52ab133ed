package vn.chuyenhoa.engine.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.manifest.Text;

/**
 * A scorecard's targets grouped by their lead unit (Đơn vị chủ trì), in the order the plan first names each unit:
 * whose targets were met and whose were not. A unit is the lead-unit cell as the plan writes it, so a row led by
 * several units together is one group of its own.
 */
final class LeadUnits {
    private LeadUnits() {}

    /** One lead unit, its targets with their statuses, how many were met of those that apply. */
    record Unit(Text name, List<CriterionVerdict> targets) {
        long met() {
            return targets.stream().filter(t -> t.status() == Status.PASS).count();
        }

        long counted() {
            return targets.stream()
                    .filter(t -> t.status() != Status.NOT_APPLICABLE)
                    .count();
        }
    }

    /** The decisive targets of {@code verdict} grouped by lead unit; none for a plan whose targets name none. */
    static List<Unit> of(Verdict verdict) {
        Map<String, List<CriterionVerdict>> byUnit = new LinkedHashMap<>();
        for (CriterionVerdict criterion : verdict.criteria()) {
            Text unit = criterion.definition().leadUnit();
            if (unit != null && criterion.status() != Status.INFO) {
                byUnit.computeIfAbsent(unit.vi(), k -> new ArrayList<>()).add(criterion);
            }
        }
        // A unit's name as its first target writes it.
        return byUnit.values().stream()
                .map(targets -> new Unit(targets.get(0).definition().leadUnit(), List.copyOf(targets)))
                .toList();
    }
}
