package vn.chuyenhoa.engine.choice;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.chuyenhoa.engine.Warning;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.manifest.Jurisdiction;
import vn.chuyenhoa.engine.manifest.OtherName;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Warnings;

/**
 * Whether a plan reaches a facts file's area (DESIGN 1.1): its province, its district or city where the plan is a
 * district's or a city's, its ward or commune where the plan is that area's own, and one of its types. A place
 * may be given under another official name the manifest lists. What the file does not give cannot be checked:
 * a warning says so. The year is the plan's period, checked apart.
 *
 * @param misfits  what does not fit, each in words ("tỉnh “Đồng Nai” (kế hoạch: Trà Vinh)"), and where in the file
 * @param warnings what the verdict should say about the reach: what could not be checked, types not evaluated,
 *                 a place under another name, an evaluation outside the reach
 */
public record Reach(List<Misfit> misfits, List<Warning> warnings) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One thing about the area that the plan does not reach, and its path in the facts file. */
    public record Misfit(String path, Phrase words) {}

    public boolean reaches() {
        return misfits.isEmpty();
    }

    public static Reach of(PlanManifest plan, FactsFile input) {
        Area area = input.area();
        Jurisdiction j = plan.jurisdiction();
        List<Misfit> misfits = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        if (j != null) {
            place(
                    j.province(),
                    area.province(),
                    j,
                    OtherName::province,
                    "$.area.province",
                    "tỉnh, thành phố",
                    "province",
                    misfits,
                    warnings);
            if (j.district() != null) {
                place(
                        j.district(),
                        area.district(),
                        j,
                        OtherName::district,
                        "$.area.district",
                        "huyện, thị xã, thành phố",
                        "district",
                        misfits,
                        warnings);
            }
            if (j.area() != null) {
                place(j.area(), area.name(), j, OtherName::area, "$.area.name", "địa bàn", "area", misfits, warnings);
            }
        }
        types(plan, area.types(), misfits, warnings);
        return new Reach(List.copyOf(misfits), List.copyOf(warnings));
    }

    private static void place(
            String planName,
            String fileName,
            Jurisdiction j,
            Function<OtherName, String> level,
            String path,
            String vi,
            String en,
            List<Misfit> misfits,
            List<Warning> warnings) {
        if (fileName == null || fileName.isBlank()) {
            warnings.add(Warnings.reachUnchecked(path, planName));
            return;
        }
        if (PlaceNames.same(planName, fileName)) {
            return;
        }
        Optional<OtherName> other = otherName(j, level, fileName);
        if (other.isPresent()) {
            warnings.add(Warnings.otherName(
                    path, fileName, planName, DAY.format(other.get().from())));
            return;
        }
        misfits.add(new Misfit(
                path,
                Phrase.of(
                        vi + " “" + fileName + "” (kế hoạch: " + planName + ")",
                        en + " “" + fileName + "” (the plan's: " + planName + ")")));
    }

    /** Whether {@code name} names the plan's place of this level ({@code planName}), or another name of it. */
    static boolean names(Jurisdiction j, String planName, Function<OtherName, String> level, String name) {
        return PlaceNames.same(planName, name) || otherName(j, level, name).isPresent();
    }

    private static Optional<OtherName> otherName(Jurisdiction j, Function<OtherName, String> level, String name) {
        return j.otherNames().stream()
                .filter(other -> level.apply(other) != null && PlaceNames.same(level.apply(other), name))
                .findFirst();
    }

    private static void types(PlanManifest plan, List<String> types, List<Misfit> misfits, List<Warning> warnings) {
        List<String> planTypes = plan.areaTypes();
        if (planTypes.isEmpty()) {
            // A plan without area types (a city's year) reaches only a file without types.
            if (!types.isEmpty()) {
                misfits.add(new Misfit(
                        "$.area.types",
                        Phrase.of(
                                "loại " + String.join(", ", types) + " (kế hoạch không dành cho loại địa bàn nào)",
                                "type " + String.join(", ", types) + " (the plan is for no area type)")));
            }
            return;
        }
        if (types.isEmpty()) {
            warnings.add(Warnings.reachUnchecked("$.area.types", String.join(", ", planTypes)));
            return;
        }
        List<String> reached = types.stream().filter(planTypes::contains).toList();
        if (reached.isEmpty()) {
            misfits.add(new Misfit(
                    "$.area.types",
                    Phrase.of(
                            "loại " + String.join(", ", types) + " (kế hoạch: " + String.join(", ", planTypes) + ")",
                            "type " + String.join(", ", types) + " (the plan's: " + String.join(", ", planTypes)
                                    + ")")));
            return;
        }
        List<String> others = types.stream().filter(t -> !planTypes.contains(t)).toList();
        if (!others.isEmpty()) {
            warnings.add(Warnings.otherTypes(String.join(", ", others), plan.id(), String.join(", ", reached)));
        }
    }

    /** The misfits in words, joined: "tỉnh “Đồng Nai” (kế hoạch: Trà Vinh), loại TTATXH (kế hoạch: LOAI_4)". */
    public Phrase misfitWords() {
        return (language, spelling) -> String.join(
                ", ",
                misfits.stream().map(m -> m.words().in(language, spelling)).toList());
    }
}
