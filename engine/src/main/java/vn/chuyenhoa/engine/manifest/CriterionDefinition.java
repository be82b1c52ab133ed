package vn.chuyenhoa.engine.manifest;

import java.util.List;

/**
 * One criterion as the manifest declares it.
 *
 * @param decisive false for a criterion the plan states but does not count in the outcome (status INFO)
 * @param facts    the facts its rule may read
 * @param leadUnit the unit the plan makes answerable for it (a city's target: "Đơn vị chủ trì"); null when the
 *                 plan names none
 */
public record CriterionDefinition(
        String id,
        Text title,
        Group group,
        Boolean decisive,
        List<String> facts,
        Text requirement,
        Source source,
        Text leadUnit) {

    public CriterionDefinition {
        decisive = decisive == null || decisive;
        facts = List.copyOf(facts);
    }

    public CriterionDefinition(
            String id, Text title, Group group, Boolean decisive, List<String> facts, Text requirement, Source source) {
        this(id, title, group, decisive, facts, requirement, source, null);
    }

    public boolean isDecisive() {
        return decisive;
    }
}
