package vn.chuyenhoa.engine.form;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.FactDefinition;
import vn.chuyenhoa.engine.manifest.FactKind;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.Source;

/**
 * A plan's facts file seen as a form to fill in: every fact its criteria read, in the order of the criteria,
 * each with what it means, what to write and which criteria read it. The templates, the JSON Schema and
 * {@code validate}'s list of facts still empty are all made from this one description.
 */
public final class PlanForm {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Plan plan;
    private final List<Field> fields;

    /** One fact of the form, with the criteria that read it (a fact can serve several). */
    /** @param wholes the facts this count is a part of (it can never be larger than any) */
    public record Field(FactDefinition fact, List<CriterionDefinition> criteria, List<String> wholes) {
        public Field {
            criteria = List.copyOf(criteria);
            wholes = List.copyOf(wholes);
        }

        public String name() {
            return fact.name();
        }

        /**
         * What a person filling in the form needs to know, one line each: the meaning; a whole number and its
         * unit, or true/false; and, for each criterion that reads it, the criterion and its source in the plan.
         */
        public List<String> description(Language language) {
            List<String> lines = new ArrayList<>();
            lines.add(fact.meaning().in(language));
            if (fact.kind() == FactKind.COUNT) {
                String whole = wholes.isEmpty()
                        ? ""
                        : language.pick("; không lớn hơn ", "; not larger than ") + String.join(", ", wholes);
                lines.add(language.pick("Số nguyên ≥ 0, đơn vị: ", "A whole number ≥ 0, unit: ")
                        + fact.unit().of(2, language)
                        + whole);
            } else {
                lines.add(
                        fact.meets()
                                ? language.pick("true (có, đạt) hoặc false (không)", "true (yes, met) or false (no)")
                                : language.pick(
                                        "true (có: tiêu chí không đạt) hoặc false (không, đạt)",
                                        "true (yes: the criterion is not met) or false (no, met)"));
            }
            for (CriterionDefinition criterion : criteria) {
                Source source = criterion.source();
                lines.add(language.pick("Tiêu chí ", "Criterion ") + criterion.id() + " ("
                        + criterion.group().label(language) + "): "
                        + criterion.title().in(language) + " — " + source.document() + ", " + source.section());
            }
            return lines;
        }
    }

    private PlanForm(Plan plan, List<Field> fields) {
        this.plan = plan;
        this.fields = List.copyOf(fields);
    }

    public static PlanForm of(Plan plan) {
        FactCatalog catalog = plan.catalog();
        Map<String, List<CriterionDefinition>> readers = new LinkedHashMap<>();
        for (CriterionDefinition criterion : plan.manifest().criteria()) {
            for (String fact : criterion.facts()) {
                readers.computeIfAbsent(fact, f -> new ArrayList<>()).add(criterion);
            }
        }
        List<Field> fields = new ArrayList<>();
        readers.forEach((fact, criteria) -> fields.add(new Field(catalog.get(fact), criteria, catalog.wholesOf(fact))));
        return new PlanForm(plan, fields);
    }

    public Plan plan() {
        return plan;
    }

    /** The facts of the form, in the order of the criteria that read them. */
    public List<Field> fields() {
        return fields;
    }

    /**
     * The file name the plan's JSON Schema is saved under, beside the facts files ({@code chuyenhoa schema
     * --plan P > P.schema.json}); the JSON template's {@code $schema} names it, so an editor finds it.
     */
    public String schemaFileName() {
        return plan.id() + ".schema.json";
    }

    /** The facts of this form that {@code file} leaves empty, in the form's order. */
    public List<String> empty(FactsFile file) {
        return fields.stream()
                .map(Field::name)
                .filter(name -> !file.facts().containsKey(name))
                .toList();
    }

    /** "27/02/2023 – 31/12/2023" */
    String period() {
        PlanManifest manifest = plan.manifest();
        return DAY.format(manifest.inForce().from()) + " – "
                + DAY.format(manifest.inForce().to());
    }
}
