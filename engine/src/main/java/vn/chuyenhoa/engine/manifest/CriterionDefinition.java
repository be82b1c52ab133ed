package vn.chuyenhoa.engine.manifest;

import java.util.List;

/**
 * One criterion as the manifest declares it.
 *
 * @param decisive false for a criterion the plan states but does not count in the outcome (status INFO)
 * @param facts    the facts its rule may read
 */
public record CriterionDefinition(
        String id, Text title, Group group, Boolean decisive, List<String> facts, Text requirement, Source source) {

    public CriterionDefinition {
        decisive = decisive == null || decisive;
        facts = List.copyOf(facts);
    }

    public boolean isDecisive() {
        return decisive;
    }
}
