package vn.chuyenhoa.engine.golden;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.PlanManifest;

/**
 * Coverage counted in legal units, not lines: for each criterion of a plan version, how many golden cases
 * showed it met, not met, missing data and not applicable. A criterion that does not count in the outcome
 * (INFO) is counted by the status its rule measured, so its threshold is tested like any other.
 */
public final class Coverage {
    /** The statuses counted, in the order of the table. */
    public static final List<Status> STATUSES =
            List.of(Status.PASS, Status.FAIL, Status.MISSING, Status.NOT_APPLICABLE);
    /** The two sides of a threshold that every criterion must be shown on. */
    public static final List<Status> BOTH_SIDES = List.of(Status.PASS, Status.FAIL);

    private final PlanManifest manifest;
    private final Map<String, Map<Status, Integer>> counts;
    /** The readings some case's verdict says would decide it otherwise. */
    private final java.util.Set<String> readingsShown;

    private Coverage(
            PlanManifest manifest, Map<String, Map<Status, Integer>> counts, java.util.Set<String> readingsShown) {
        this.manifest = manifest;
        this.counts = counts;
        this.readingsShown = readingsShown;
    }

    /** Counts the statuses seen in the results that have a verdict. */
    public static Coverage of(PlanManifest manifest, List<GoldenCases.Result> results) {
        Map<String, Map<Status, Integer>> counts = new LinkedHashMap<>();
        for (CriterionDefinition criterion : manifest.criteria()) {
            Map<Status, Integer> row = new EnumMap<>(Status.class);
            STATUSES.forEach(status -> row.put(status, 0));
            counts.put(criterion.id(), row);
        }
        java.util.Set<String> readingsShown = new java.util.HashSet<>();
        for (GoldenCases.Result result : results) {
            if (!result.evaluated()) {
                continue;
            }
            result.verdict()
                    .readings()
                    .forEach(r -> readingsShown.add(r.reading().id()));
            for (CriterionVerdict criterion : result.verdict().criteria()) {
                Map<Status, Integer> row = counts.get(criterion.definition().id());
                row.merge(criterion.measuredStatus(), 1, Integer::sum);
            }
        }
        return new Coverage(manifest, counts, readingsShown);
    }

    /** The criteria, in the manifest's order. */
    public List<CriterionDefinition> criteria() {
        return manifest.criteria();
    }

    /** How many cases showed {@code criterion} with {@code status}. */
    public int count(String criterion, Status status) {
        Map<Status, Integer> row = counts.get(criterion);
        if (row == null) {
            throw new IllegalArgumentException("no criterion '" + criterion + "' in " + manifest.reference());
        }
        return row.getOrDefault(status, 0);
    }

    /** The readings the plan declares that change the outcome of no golden case. */
    public List<String> readingsNeverChangingAnOutcome() {
        return manifest.readings().stream()
                .map(r -> r.id())
                .filter(id -> !readingsShown.contains(id))
                .toList();
    }

    /** The sides of its threshold ({@link #BOTH_SIDES}) that no case shows for {@code criterion}. */
    public List<Status> unshownSides(String criterion) {
        return BOTH_SIDES.stream()
                .filter(status -> count(criterion, status) == 0)
                .toList();
    }
}
