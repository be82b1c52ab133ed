package vn.chuyenhoa.engine.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chuyenhoa.engine.manifest.DecisionRuleDefinition;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.ReadingChoice;
import vn.chuyenhoa.engine.manifest.ReadingDefinition;
import vn.chuyenhoa.engine.rule.ReadingsInForce;

/**
 * A plan's readings in force for one evaluation, and every alternative to try (DESIGN 1.1): each other choice of
 * each declared reading, one at a time, with the readings in force for the rest. What each changes is worked out
 * once per plan and readings: the decision rule under it, the criteria it leaves uncounted, and whether the rules'
 * findings change (a reading the DRL consults) or only how they combine.
 */
public final class ReadingAlternatives {
    private final Map<String, String> inForce;
    private final Under main;
    private final List<Alternative> alternatives;
    private final ReadingsInForce forRules;

    /**
     * Under one assignment of readings: the decision rule and the decisive criteria that do not count.
     *
     * @param readings the choice in force for every declared reading
     */
    public record Under(Map<String, String> readings, DecisionRule rule, Set<String> notCounted) {}

    /**
     * One alternative: {@code choice} of {@code reading} instead of {@code chosen}, the readings in force for the rest.
     *
     * @param changesFindings whether the DRL consults the reading, so that its findings change under it
     */
    public record Alternative(
            ReadingDefinition reading, String chosen, ReadingChoice choice, Under under, boolean changesFindings) {}

    public ReadingAlternatives(PlanManifest manifest, Map<String, String> inForce) {
        this.inForce = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inForce));
        this.main = under(manifest, inForce);
        List<Alternative> alternatives = new ArrayList<>();
        Map<String, List<String>> declared = new LinkedHashMap<>();
        for (ReadingDefinition reading : manifest.readings()) {
            declared.put(
                    reading.id(),
                    reading.choices().stream().map(ReadingChoice::id).toList());
            for (ReadingChoice choice : reading.choices()) {
                if (choice.id().equals(inForce.get(reading.id()))) {
                    continue;
                }
                Map<String, String> assignment = new LinkedHashMap<>(inForce);
                assignment.put(reading.id(), choice.id());
                alternatives.add(new Alternative(
                        reading,
                        inForce.get(reading.id()),
                        choice,
                        under(manifest, assignment),
                        !reading.changesDecision()));
            }
        }
        this.alternatives = List.copyOf(alternatives);
        this.forRules = new ReadingsInForce(inForce, declared);
    }

    private static Under under(PlanManifest manifest, Map<String, String> assignment) {
        DecisionRuleDefinition definition = manifest.decisionRule();
        for (ReadingDefinition reading : manifest.readings()) {
            ReadingChoice choice = reading.choice(assignment.get(reading.id())).orElseThrow();
            if (choice.decision() != null) {
                definition = definition.with(choice.decision());
            }
        }
        return new Under(
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assignment)),
                DecisionRule.of(manifest, definition),
                Set.copyOf(new HashSet<>(definition.notCounted())));
    }

    /** The choice in force for every declared reading, in the manifest's order. */
    public Map<String, String> inForce() {
        return inForce;
    }

    /** The evaluation under the readings in force. */
    public Under main() {
        return main;
    }

    public List<Alternative> alternatives() {
        return alternatives;
    }

    /** What the rules consult with {@code reading(…)}. */
    public ReadingsInForce forRules() {
        return forRules;
    }
}
