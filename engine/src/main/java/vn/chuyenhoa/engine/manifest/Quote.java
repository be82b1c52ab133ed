package vn.chuyenhoa.engine.manifest;

/**
 * Words copied from the plan, spelling included, and where they stand in it.
 *
 * @param section where in the document ("II.2 Chỉ tiêu, ý 1"; for a table, the row and the column)
 * @param quote   the words, as the document writes them ("..." marks words left out)
 */
public record Quote(String section, String quote) {}
