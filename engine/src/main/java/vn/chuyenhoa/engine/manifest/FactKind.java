package vn.chuyenhoa.engine.manifest;

/** A fact is a count (a whole number ≥ 0) or a flag (a finding or the council's assessment). */
public enum FactKind {
    COUNT,
    FLAG
}
