package vn.chuyenhoa.engine.manifest;

/**
 * One fact name and its single meaning across every plan.
 *
 * @param label   a short noun phrase used inside reasons ("hộ được tuyên truyền")
 * @param meaning what the figure is, in full, for forms and the docs
 * @param unit    what a count counts; null for a flag
 * @param partOf  the fact this one is a part of (it can never be larger), or null
 */
public record FactDefinition(String name, FactKind kind, Text label, Text meaning, Unit unit, String partOf) {}
