package vn.chuyenhoa.engine.manifest;

/** Where the plan says it: the document, its section and a short quote. */
public record Source(String document, String section, String quote) {}
