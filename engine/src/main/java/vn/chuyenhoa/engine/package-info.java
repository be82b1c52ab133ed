/**
 * The public API of the engine: {@link vn.chuyenhoa.engine.Plans} (the plans on the class path, plan choice),
 * {@link vn.chuyenhoa.engine.Plan} (one rule-set version: evaluate), {@link vn.chuyenhoa.engine.Verdict} and
 * {@link vn.chuyenhoa.engine.CriterionVerdict} with their outcomes and statuses, the batch result
 * {@link vn.chuyenhoa.engine.FileResult}, {@link vn.chuyenhoa.engine.InputError} and the exceptions, and
 * {@link vn.chuyenhoa.engine.Language}. Each stage a facts file travels through has a package of its own:
 * {@code facts} (reading), {@code choice} (choosing a plan), {@code evaluation} (the Drools runtime and decision
 * rules), {@code render} (every output format), {@code review} (the year review); {@code manifest} holds what a
 * rule set declares, {@code rule} what its DRL may call, {@code message} every message and error code.
 */
package vn.chuyenhoa.engine;
