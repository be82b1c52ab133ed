package vn.chuyenhoa.engine.manifest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every fact name any plan knows, each with one meaning everywhere. */
public final class FactCatalog {
    private final Map<String, FactDefinition> facts = new LinkedHashMap<>();
    /** Each part's wholes: its own part_of, and the wholes that list it among their parts. */
    private final Map<String, List<String>> wholes = new LinkedHashMap<>();

    public FactCatalog(List<FactDefinition> definitions) {
        for (FactDefinition definition : definitions) {
            if (facts.put(definition.name(), definition) != null) {
                throw ManifestException.of(
                        "số liệu '" + definition.name() + "' được định nghĩa hai lần",
                        "fact '" + definition.name() + "' is defined twice");
            }
        }
        for (FactDefinition definition : definitions) {
            String whole = definition.partOf();
            if (whole != null && !facts.containsKey(whole)) {
                throw ManifestException.of(
                        "số liệu '" + definition.name() + "' là một phần của '" + whole + "', nhưng '" + whole
                                + "' chưa được định nghĩa",
                        "fact '" + definition.name() + "' is part of '" + whole + "', which is not defined");
            }
            if ((definition.kind() == FactKind.COUNT) != (definition.unit() != null)) {
                throw ManifestException.of(
                        "số liệu '" + definition.name() + "': số đếm (count) cần có đơn vị, cờ (flag) thì không có",
                        "fact '" + definition.name() + "': a count needs a unit and a flag has none");
            }
            if (whole != null) {
                wholes.computeIfAbsent(definition.name(), k -> new java.util.ArrayList<>())
                        .add(whole);
            }
            String apart = definition.apartFrom();
            if (apart != null
                    && (whole == null
                            || !facts.containsKey(apart)
                            || !whole.equals(facts.get(apart).partOf()))) {
                throw ManifestException.of(
                        "số liệu '" + definition.name() + "' tách riêng khỏi '" + apart + "' (apart_from), nên '"
                                + apart + "' phải là một phần khác của cùng một tổng",
                        "fact '" + definition.name() + "' is apart from '" + apart
                                + "', which must be another part of the same whole");
            }
            for (String part : definition.parts()) {
                if (!facts.containsKey(part)) {
                    throw ManifestException.of(
                            "số liệu '" + definition.name() + "' kê phần '" + part + "', nhưng '" + part
                                    + "' chưa được định nghĩa",
                            "fact '" + definition.name() + "' lists part '" + part + "', which is not defined");
                }
                wholes.computeIfAbsent(part, k -> new java.util.ArrayList<>()).add(definition.name());
            }
        }
    }

    /** The facts {@code name} is a part of (never larger than any), in the catalog's order. */
    public List<String> wholesOf(String name) {
        return wholes.getOrDefault(name, List.of());
    }

    public Optional<FactDefinition> find(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    public FactDefinition get(String name) {
        FactDefinition definition = facts.get(name);
        if (definition == null) {
            throw new IllegalArgumentException("unknown fact '" + name + "'");
        }
        return definition;
    }

    public boolean contains(String name) {
        return facts.containsKey(name);
    }

    public Collection<FactDefinition> all() {
        return facts.values();
    }
}
