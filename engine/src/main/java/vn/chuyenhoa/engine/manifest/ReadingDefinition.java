package vn.chuyenhoa.engine.manifest;

import java.util.List;
import java.util.Optional;

/**
 * A passage of the plan that can be read in more than one way, changing an outcome (DESIGN 1.1): the question it
 * leaves open, the plan's words, the reading the rule set chose and why, and every reading declared.
 *
 * @param choices every reading, the chosen one among them, in the order {@code explain} lists them
 */
public record ReadingDefinition(
        String id, Text question, List<Quote> words, String chosen, Text reason, List<ReadingChoice> choices) {
    public ReadingDefinition {
        words = words == null ? List.of() : List.copyOf(words);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public Optional<ReadingChoice> choice(String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Whether the reading changes the decision rule (its choices say how) rather than what the rules find. */
    public boolean changesDecision() {
        return choices.stream().anyMatch(c -> c.decision() != null);
    }
}
