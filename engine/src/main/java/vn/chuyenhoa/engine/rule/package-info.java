/**
 * The vocabulary of a rule set's DRL, and all of it: the area's facts ({@link vn.chuyenhoa.engine.rule.AreaFacts}),
 * the three-valued checks ({@link vn.chuyenhoa.engine.rule.Checks}), the result a rule inserts
 * ({@link vn.chuyenhoa.engine.rule.CriterionResult}) and the findings behind it with their words. Released rule
 * sets import these names, so they do not move. {@link vn.chuyenhoa.engine.rule.RuleLanguage} keeps a DRL to this
 * vocabulary: it is checked before any DRL is compiled.
 */
package vn.chuyenhoa.engine.rule;
