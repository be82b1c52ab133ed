package vn.chuyenhoa.engine.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.choice.PlaceNames;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;

/**
 * What the committee reports: the counts for the province and for each district, the plans' province-level
 * targets, and the criteria the areas most often failed.
 *
 * @param plans      the plans the areas were evaluated under (or, when invalid, named), by id and version
 * @param totals     every input of the review
 * @param province   the province, when every area that names one names the same; else null
 * @param districts  by district, in alphabetical order of their names without diacritics; areas with no district
 *                   known last
 * @param targets    each plan's province-level targets, plan by plan
 * @param mostFailed the decisive criteria some area failed or lacked data for, most failed first (then most
 *                   lacking data, then in the plan's order)
 * @param dependingOnReadings the areas decided otherwise under some declared alternative reading (DESIGN 1.1)
 */
public record ReviewSummary(
        List<Plan> plans,
        Counts totals,
        String province,
        List<DistrictCounts> districts,
        List<TargetResult> targets,
        List<CriterionCount> mostFailed,
        int dependingOnReadings) {
    public ReviewSummary {
        plans = List.copyOf(plans);
        districts = List.copyOf(districts);
        targets = List.copyOf(targets);
        mostFailed = List.copyOf(mostFailed);
    }

    /** The summary of {@code results}; {@code named}, the plan of {@code --plan} or null, is reported even without areas. */
    static ReviewSummary of(List<AreaResult> results, ProvinceFigures figures, Plan named) {
        List<Plan> plans = Stream.concat(
                        Stream.ofNullable(named), results.stream().map(AreaResult::plan))
                .filter(Objects::nonNull)
                .distinct()
                .sorted(Comparator.comparing(p -> p.manifest().reference()))
                .toList();
        List<TargetResult> targets = new ArrayList<>();
        plans.forEach(plan -> targets.addAll(ProvinceTargets.evaluate(plan, results, figures)));
        int depending = (int) results.stream()
                .filter(r -> r.verdict() != null && !r.verdict().readings().isEmpty())
                .count();
        return new ReviewSummary(
                plans,
                Counts.of(results),
                province(results),
                districts(results),
                targets,
                mostFailed(plans, results),
                depending);
    }

    private static String province(List<AreaResult> results) {
        List<String> named = results.stream()
                .map(r -> r.input().area())
                .filter(Objects::nonNull)
                .map(Area::province)
                .filter(p -> p != null && !p.isBlank())
                .toList();
        boolean one = !named.isEmpty()
                && named.stream().map(PlaceNames::key).distinct().count() == 1;
        return one ? named.get(0) : null;
    }

    private static List<DistrictCounts> districts(List<AreaResult> results) {
        Map<String, List<AreaResult>> byDistrict = new TreeMap<>();
        Map<String, Area> named = new LinkedHashMap<>();
        List<AreaResult> unknown = new ArrayList<>();
        for (AreaResult result : results) {
            Area area = result.input().area();
            if (area == null || area.district() == null || area.district().isBlank()) {
                unknown.add(result);
                continue;
            }
            // Spelled alike once case, diacritics and "huyện", "thị xã"… are set aside: one district.
            String key = PlaceNames.key(area.district()) + "\u0000"
                    + PlaceNames.key(area.province() == null ? "" : area.province());
            byDistrict.computeIfAbsent(key, k -> new ArrayList<>()).add(result);
            named.putIfAbsent(key, area);
        }
        List<DistrictCounts> districts = new ArrayList<>();
        byDistrict.forEach((key, areas) -> districts.add(
                new DistrictCounts(named.get(key).district(), named.get(key).province(), Counts.of(areas))));
        if (!unknown.isEmpty()) {
            districts.add(new DistrictCounts(null, null, Counts.of(unknown)));
        }
        return districts;
    }

    private static List<CriterionCount> mostFailed(List<Plan> plans, List<AreaResult> results) {
        Map<Plan, Map<String, int[]>> counts = new LinkedHashMap<>();
        for (Plan plan : plans) {
            Map<String, int[]> byCriterion = new LinkedHashMap<>();
            plan.manifest().criteria().stream()
                    .filter(CriterionDefinition::isDecisive)
                    .forEach(c -> byCriterion.put(c.id(), new int[2]));
            counts.put(plan, byCriterion);
        }
        for (AreaResult result : results) {
            if (result.verdict() == null) {
                continue;
            }
            Map<String, int[]> byCriterion = counts.get(result.plan());
            for (CriterionVerdict criterion : result.verdict().criteria()) {
                if (criterion.status() == Status.FAIL) {
                    byCriterion.get(criterion.definition().id())[0]++;
                } else if (criterion.status() == Status.MISSING) {
                    byCriterion.get(criterion.definition().id())[1]++;
                }
            }
        }
        List<CriterionCount> list = new ArrayList<>();
        counts.forEach((plan, byCriterion) -> plan.manifest().criteria().stream()
                .filter(c -> byCriterion.containsKey(c.id()))
                .forEach(c -> {
                    int[] n = byCriterion.get(c.id());
                    if (n[0] + n[1] > 0) {
                        list.add(new CriterionCount(plan, c, n[0], n[1]));
                    }
                }));
        list.sort(Comparator.comparingInt(CriterionCount::failed)
                .reversed()
                .thenComparing(Comparator.comparingInt(CriterionCount::missing).reversed()));
        return list;
    }
}
