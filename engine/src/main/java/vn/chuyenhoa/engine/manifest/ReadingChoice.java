package vn.chuyenhoa.engine.manifest;

import java.util.List;

/**
 * One way of reading an open passage of a plan.
 *
 * @param id       as {@code --reading ID=CHOICE} names it
 * @param text     the reading in words
 * @param facts    the facts this reading needs beyond those of the plan's criteria (an alternative's own facts)
 * @param decision how the decision rule changes under this reading; null when the reading is the rules' (its DRL
 *                 consults it with {@code reading(…)})
 */
public record ReadingChoice(String id, Text text, List<String> facts, DecisionOverride decision) {
    public ReadingChoice {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
