/**
 * Reading facts files, JSON or YAML, strictly: {@link vn.chuyenhoa.engine.facts.FactsReader} (the front and the
 * content's rules), {@link vn.chuyenhoa.engine.facts.FactsText} (bytes to text), {@link
 * vn.chuyenhoa.engine.facts.DocumentTree} (tokens to a tree, within the reading limits); the result is a
 * {@link vn.chuyenhoa.engine.facts.FactsFile}. {@code DocumentTree} is public only for the manifest reader:
 * internal.
 */
package vn.chuyenhoa.engine.facts;
