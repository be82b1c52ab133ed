/**
 * The Drools runtime of a plan and how its criteria combine: {@code CompiledRules} (a rule set's KieBase, from the
 * executable model or from DRL, checked against the manifest), {@code Session} (batches of areas fired together,
 * each result filed under its area and its rule's {@code @criterion}), {@code DecisionRule} (the manifest's
 * decision rule, three-valued), {@code RuleSetHash}. Internal: public only for {@code Plan} and {@code Plans}.
 */
package vn.chuyenhoa.engine.evaluation;
