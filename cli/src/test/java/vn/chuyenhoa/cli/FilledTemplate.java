package vn.chuyenhoa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.form.PlanForm;
import vn.chuyenhoa.engine.manifest.FactKind;

/**
 * A plan's template as {@code chuyenhoa template} prints it, filled in as an analyst would: the area's name (a
 * ward's own plan writes it already), the plan's first year, each count 1 (so every part equals its whole; a part
 * apart from another 0, so that the two fit their whole) and each flag true.
 */
final class FilledTemplate {
    static final String AREA = "Địa bàn thử";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FilledTemplate() {}

    static String template(Plan plan, String format) {
        Run run = Run.of("template", "--plan", plan.manifest().reference(), "--format", format);
        if (run.exit() != 0 || !run.err().isEmpty()) {
            throw new AssertionError("template --plan " + plan + " --format " + format + " failed: " + run);
        }
        return run.out();
    }

    /** The YAML template with a value written after each blank's colon. */
    /** The area's name in the filled template: the plan's own ward, else {@link #AREA}. */
    static String area(Plan plan) {
        String ward = plan.manifest().jurisdiction().area();
        return ward == null ? AREA : ward;
    }

    static String yaml(Plan plan) {
        String filled = template(plan, "yaml")
                .replace("\n  name:\n", "\n  name: \"" + AREA + "\"\n")
                .replace("\nyear:\n", "\nyear: " + year(plan) + "\n");
        for (PlanForm.Field field : PlanForm.of(plan).fields()) {
            String blank = "\n  " + field.name() + ":\n";
            if (!filled.contains(blank)) {
                throw new AssertionError("the YAML template of " + plan + " has no blank for " + field.name());
            }
            filled = filled.replace(blank, "\n  " + field.name() + ": " + value(field) + "\n");
        }
        return filled;
    }

    /** The JSON template with each null replaced by a value. */
    static String json(Plan plan) {
        try {
            ObjectNode file = (ObjectNode) JSON.readTree(template(plan, "json"));
            ((ObjectNode) file.get("area")).put("name", area(plan));
            file.put("year", year(plan));
            ObjectNode facts = (ObjectNode) file.get("facts");
            for (PlanForm.Field field : PlanForm.of(plan).fields()) {
                if (!facts.get(field.name()).isNull()) {
                    throw new AssertionError("the JSON template of " + plan + " fills in " + field.name());
                }
                facts.set(field.name(), JSON.readTree(value(field)));
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int year(Plan plan) {
        return plan.manifest().inForce().from().getYear();
    }

    /** 1 for a count, but 0 for a part apart from another (the two together fit their whole of 1); true for a flag. */
    private static String value(PlanForm.Field field) {
        if (field.fact().kind() != FactKind.COUNT) {
            return "true";
        }
        return field.fact().apartFrom() == null ? "1" : "0";
    }
}
