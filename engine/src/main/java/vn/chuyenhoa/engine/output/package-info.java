/**
 * Writing files without ever losing one ({@link vn.chuyenhoa.engine.output.OutputFiles}): every report, table, form,
 * schema, JUnit file, lock and scaffold the tool writes, and the lines of a log it appends to.
 */
package vn.chuyenhoa.engine.output;
