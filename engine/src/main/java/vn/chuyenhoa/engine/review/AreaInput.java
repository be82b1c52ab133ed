package vn.chuyenhoa.engine.review;

import java.util.List;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.review.csv.CsvRow;

/**
 * One area given to a review: where it came from (a facts file, or a row of a CSV file), and its facts, or the
 * errors that kept them from being read.
 *
 * @param file   the file as the user named it
 * @param row    for a CSV row, where it is; null for a facts file
 * @param facts  the facts read, or null when they could not be
 * @param errors why the facts could not be read; empty when they were
 * @param label  for a CSV row that could not be read, the area its name, district and province cells name
 *               (so the row can still be counted under its district); otherwise null
 */
public record AreaInput(String file, CsvRow row, FactsFile facts, List<InputError> errors, Area label) {
    public AreaInput {
        errors = List.copyOf(errors);
        if ((facts == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("an area input has either its facts or its errors");
        }
    }

    public static AreaInput read(String file, CsvRow row, FactsFile facts) {
        return new AreaInput(file, row, facts, List.of(), null);
    }

    public static AreaInput invalid(String file, CsvRow row, List<InputError> errors, Area label) {
        return new AreaInput(file, row, null, errors, label);
    }

    public boolean readable() {
        return facts != null;
    }

    /** The area as far as it is known: the one its facts name, else the one a CSV row's cells name, else null. */
    public Area area() {
        return facts != null ? facts.area() : label;
    }

    /** An error found later (choosing the plan, the window), placed where the user will find it. */
    InputError locate(InputError error) {
        return row == null ? error : row.locate(error);
    }
}
