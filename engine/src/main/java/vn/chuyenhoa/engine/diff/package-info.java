/** {@code diff}: the areas whose verdict changes between two versions of a plan, as a Markdown table. */
package vn.chuyenhoa.engine.diff;
