package vn.chuyenhoa.engine.manifest;

/**
 * One fact name and its single meaning across every plan.
 *
 * @param label   a short noun phrase used inside reasons ("hộ được tuyên truyền")
 * @param meaning what the figure is, in full, for forms and the docs
 * @param unit    what a count counts; null for a flag
 * @param partOf  the fact this one is a part of (it can never be larger), or null
 * @param parts   facts that are parts of this one although their own entries do not say so (they were released
 *                before this whole was named, and a released fact's entry never changes); may be empty
 * @param meets   for a flag, the value that meets the plan's criteria: false for a finding that must not happen
 *                ("tình hình phức tạp"), true (the default) for an assessment that must hold; a hint for forms
 * @param apartFrom another part of the same whole that never overlaps this one (areas ĐẠT and areas CHƯA ĐẠT),
 *                so that the two together are never larger than the whole; or null
 */
public record FactDefinition(
        String name,
        FactKind kind,
        Text label,
        Text meaning,
        Unit unit,
        String partOf,
        java.util.List<String> parts,
        boolean meets,
        String apartFrom) {
    public FactDefinition {
        parts = parts == null ? java.util.List.of() : java.util.List.copyOf(parts);
    }

    public FactDefinition(String name, FactKind kind, Text label, Text meaning, Unit unit, String partOf) {
        this(name, kind, label, meaning, unit, partOf, java.util.List.of(), true, null);
    }
}
