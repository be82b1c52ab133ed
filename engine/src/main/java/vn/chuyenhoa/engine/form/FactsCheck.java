package vn.chuyenhoa.engine.form;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsReader;

/**
 * Checks a facts file without evaluating it: it reads (every error at once), a plan can be chosen for it,
 * and its year lies in that plan's period — the steps of an evaluation before the rules fire, so a file
 * that passes here gets a verdict from {@code evaluate}. The plan and the year are checked even when some
 * facts are wrong, so that one run reports every mistake of the file.
 */
public final class FactsCheck {
    private final Plans plans;

    public FactsCheck(Plans plans) {
        this.plans = plans;
    }

    /**
     * What the check found. When the file is valid, {@code plan} is the plan it would be evaluated under and
     * {@code empty} the facts of that plan it leaves empty (the verdict may then be CHƯA ĐỦ DỮ LIỆU).
     */
    public record Result(String file, FactsFile facts, Plan plan, List<InputError> errors, List<String> empty) {
        public Result {
            errors = List.copyOf(errors);
            empty = List.copyOf(empty);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Checks a file on disk; {@code planReference} is the command line's --plan, or null. */
    public Result check(Path file, String planReference) {
        return check(file.toString(), plans.reader(planReference).examine(file), planReference);
    }

    /** Checks facts given as bytes; {@code source} names them and, by its extension, picks the format. */
    public Result check(String source, byte[] content, String planReference) {
        return check(source, plans.reader(planReference).examine(source, content), planReference);
    }

    /** Checks facts given as bytes in {@code format} (a request's body); {@code source} names them, or is null. */
    public Result check(String source, FactsReader.Format format, byte[] content, String planReference) {
        return check(source, plans.reader(planReference).examine(source, format, content), planReference);
    }

    private Result check(String source, FactsReader.Reading reading, String planReference) {
        List<InputError> errors = new ArrayList<>(reading.errors());
        Plan plan = null;
        if (reading.file() != null) {
            try {
                plan = plans.choose(reading.file(), planReference);
                plan.periodError(reading.file()).ifPresent(errors::add);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            return new Result(source, null, null, errors, List.of());
        }
        return new Result(
                source, reading.file(), plan, errors, PlanForm.of(plan).empty(reading.file()));
    }
}
