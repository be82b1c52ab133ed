package vn.chuyenhoa.engine.plan;

/**
 * How a plan combines its criteria into an outcome, as the manifest declares it.
 *
 * @param kind {@code every_decisive}: every decisive criterion met
 * @param text the rule in words, with its source, as the verdict shows it
 */
public record DecisionRuleDefinition(String kind, Text text) {
}
