/** {@code check}: the static gate on every rule set (sources, rules tied to criteria, declared facts, coverage) and the release gate. */
package vn.chuyenhoa.engine.check;
