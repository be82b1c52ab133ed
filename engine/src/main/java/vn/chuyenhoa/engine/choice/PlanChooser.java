package vn.chuyenhoa.engine.choice;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.manifest.Jurisdiction;
import vn.chuyenhoa.engine.manifest.OtherName;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Suggestions;

/**
 * Chooses the plan for a facts file that names none (DESIGN 1.1): the one plan whose jurisdiction, area types
 * and period fit the area's province, district, types and year. Reads only what the manifests declare, so a new
 * plan is chosen as soon as its manifest is on the class path. No plan, or several, is an {@link InvalidInputException}
 * that lists the plans and points at the field to change.
 */
public final class PlanChooser {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The newest version of each plan: choosing picks a plan, and a plan is evaluated under its newest rule set. */
    private final List<Plan> plans;

    public PlanChooser(List<Plan> plans) {
        this.plans = List.copyOf(plans);
    }

    /** What a condition is about. */
    private enum Field {
        PROVINCE,
        DISTRICT,
        AREA,
        AREA_TYPE,
        YEAR
    }

    /**
     * One thing the area is known by, and which plans fit it.
     *
     * @param path       where it came from in the facts file (a JSON path), or null when the request gave it
     * @param parameter  the request's parameter that gave it ({@link PlanSelection}), or null when the file did
     */
    private record Condition(
            Field field,
            String path,
            Parameter parameter,
            String vi,
            String en,
            Predicate<PlanManifest> fits,
            String suggestion) {
        boolean fromOption() {
            return parameter != null;
        }

        Phrase words() {
            return Phrase.of(vi, en);
        }
    }

    public Plan choose(FactsFile input, PlanSelection selection) {
        List<Condition> conditions = conditions(input, selection);
        List<Plan> fitting = plans;
        for (Condition condition : conditions) {
            List<Plan> narrowed = fitting.stream()
                    .filter(p -> condition.fits().test(p.manifest()))
                    .toList();
            if (narrowed.isEmpty()) {
                throw new InvalidInputException(InputErrors.noPlanFits(
                        input.source(),
                        condition.path(),
                        condition.parameter(),
                        describe(conditions),
                        list(plans),
                        condition.suggestion()));
            }
            fitting = narrowed;
        }
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        throw ambiguous(input, conditions, fitting);
    }

    /**
     * The plans that fit each field {@code selection} gives, by the tests {@link #choose} narrows with (a field not
     * given does not narrow): every plan when it gives none, none when nothing fits.
     */
    public List<Plan> fitting(PlanSelection selection) {
        return plans.stream()
                .filter(p -> selection.province() == null || provinceFits(p.manifest(), selection.province()))
                .filter(p -> selection.areaType() == null || typesFit(p.manifest(), List.of(selection.areaType())))
                .filter(p -> selection.year() == null || p.manifest().inForce().covers(selection.year()))
                .toList();
    }

    private static boolean provinceFits(PlanManifest m, String province) {
        return m.jurisdiction() != null
                && Reach.names(m.jurisdiction(), m.jurisdiction().province(), OtherName::province, province);
    }

    private static boolean typesFit(PlanManifest m, List<String> types) {
        return !Collections.disjoint(m.areaTypes(), types);
    }

    /** A plan named by the request or the file must fit each field the request gives to choose by. */
    public void checkNamed(Plan named, FactsFile input, PlanSelection selection) {
        for (Condition condition : conditions(input, selection)) {
            if (condition.fromOption() && !condition.fits().test(named.manifest())) {
                throw new InvalidInputException(InputErrors.planDoesNotFit(
                        input.source(), condition.parameter(), describe(named), condition.words()));
            }
        }
    }

    /**
     * The plan named must reach the file's area (DESIGN 1.1), unless the request asks for a what-if; a misfit is an
     * {@link InvalidInputException} naming what does not fit and the plans that do reach the area.
     */
    public void checkReach(Plan named, FactsFile input, PlanSelection selection) {
        // A plan without area types judges a city's year, not an area: no what-if makes it judge an area with types.
        if (named.manifest().areaTypes().isEmpty() && !input.area().types().isEmpty()) {
            throw new InvalidInputException(InputErrors.typedAreaUnderCitysYear(
                    input.source(), named.manifest().reference(), input.area().types()));
        }
        if (selection.ignoreJurisdiction()) {
            return;
        }
        Reach reach = Reach.of(named.manifest(), input);
        if (reach.reaches()) {
            return;
        }
        List<Plan> reaching = plans.stream()
                .filter(p -> p.manifest().inForce().covers(input.year())
                        && Reach.of(p.manifest(), input).reaches())
                .toList();
        throw new InvalidInputException(InputErrors.outsideReach(
                input.source(),
                reach.misfits().get(0).path(),
                named.manifest().reference(),
                reach.misfitWords(),
                reaching.isEmpty() ? null : list(reaching)));
    }

    /**
     * Several plans fit: say which, and which field not yet given would tell them apart — the province; else the
     * district, when each of them is a district's plan (a province's plan fits every district); else the type.
     */
    private static InvalidInputException ambiguous(FactsFile input, List<Condition> conditions, List<Plan> fitting) {
        String path;
        InputErrors.Telling telling;
        if (!has(conditions, Field.PROVINCE)) {
            path = "$.area.province";
            telling = InputErrors.Telling.PROVINCE;
        } else if (!has(conditions, Field.DISTRICT)
                && conditions.stream().noneMatch(Condition::fromOption)
                && fitting.stream()
                        .map(p -> p.manifest().jurisdiction())
                        .allMatch(j -> j != null && j.district() != null)) {
            path = "$.area.district";
            telling = InputErrors.Telling.DISTRICT;
        } else if (!has(conditions, Field.AREA_TYPE)) {
            path = "$.area.types";
            telling = InputErrors.Telling.AREA_TYPE;
        } else {
            path = "$.plan";
            telling = InputErrors.Telling.PLAN;
        }
        return new InvalidInputException(
                InputErrors.severalPlansFit(input.source(), path, describe(conditions), list(fitting), telling));
    }

    private static boolean has(List<Condition> conditions, Field field) {
        return conditions.stream().anyMatch(c -> c.field() == field);
    }

    /**
     * What the area is known by, most telling first: province, district, types, year. A field of the selection
     * replaces the file's.
     */
    private List<Condition> conditions(FactsFile input, PlanSelection selection) {
        Area area = input.area();
        List<Condition> conditions = new ArrayList<>();
        String province = selection.province() != null ? selection.province() : area.province();
        if (province != null && !province.isBlank()) {
            conditions.add(new Condition(
                    Field.PROVINCE,
                    selection.province() != null ? null : "$.area.province",
                    selection.province() != null ? Parameter.PROVINCE : null,
                    "tỉnh, thành phố \"" + province + "\"",
                    "province \"" + province + "\"",
                    m -> provinceFits(m, province),
                    closestProvince(province)));
        }
        // A district's name means something only inside its province (a dozen provinces have a huyện Châu Thành):
        // it narrows the choice only beside the file's own province.
        String district = area.district();
        boolean provinceFromFile = selection.province() == null
                && area.province() != null
                && !area.province().isBlank();
        if (provinceFromFile && district != null && !district.isBlank()) {
            conditions.add(new Condition(
                    Field.DISTRICT,
                    "$.area.district",
                    null,
                    "huyện, thị xã, thành phố \"" + district + "\"",
                    "district \"" + district + "\"",
                    m -> m.jurisdiction() == null
                            || m.jurisdiction().district() == null
                            || Reach.names(
                                    m.jurisdiction(), m.jurisdiction().district(), OtherName::district, district),
                    null));
        }
        // A ward's or commune's own plan reaches that area only: its name, beside the file's own province. Asked only
        // when some plan is a ward's, so that messages about the others do not name the area for nothing.
        String name = area.name();
        boolean wardPlans = plans.stream()
                .anyMatch(p -> p.manifest().jurisdiction() != null
                        && p.manifest().jurisdiction().area() != null);
        if (wardPlans && provinceFromFile && name != null && !name.isBlank()) {
            conditions.add(new Condition(
                    Field.AREA,
                    "$.area.name",
                    null,
                    "địa bàn \"" + name + "\"",
                    "area \"" + name + "\"",
                    m -> m.jurisdiction() == null
                            || m.jurisdiction().area() == null
                            || Reach.names(m.jurisdiction(), m.jurisdiction().area(), OtherName::area, name),
                    null));
        }
        List<String> types = selection.areaType() != null ? List.of(selection.areaType()) : area.types();
        if (!types.isEmpty()) {
            conditions.add(new Condition(
                    Field.AREA_TYPE,
                    selection.areaType() != null ? null : "$.area.types",
                    selection.areaType() != null ? Parameter.AREA_TYPE : null,
                    "loại " + String.join(", ", types),
                    "area type " + String.join(", ", types),
                    m -> typesFit(m, types),
                    null));
        }
        int year = selection.year() != null ? selection.year() : input.year();
        conditions.add(new Condition(
                Field.YEAR,
                selection.year() != null ? null : "$.year",
                selection.year() != null ? Parameter.YEAR : null,
                "năm " + year,
                "year " + year,
                m -> m.inForce().covers(year),
                null));
        return conditions;
    }

    /** For a misspelt province, the province of a plan whose name is a typo away, as the manifest spells it. */
    private String closestProvince(String typed) {
        Map<String, String> byKey = new LinkedHashMap<>();
        plans.stream()
                .map(p -> p.manifest().jurisdiction())
                .filter(j -> j != null && j.province() != null)
                .forEach(j -> byKey.putIfAbsent(PlaceNames.key(j.province()), j.province()));
        String key = PlaceNames.key(typed);
        if (byKey.containsKey(key)) {
            return null;
        }
        return Suggestions.closest(key, byKey.keySet()).map(byKey::get).orElse(null);
    }

    private static Phrase describe(List<Condition> conditions) {
        return Phrase.of(
                conditions.stream().map(Condition::vi).collect(Collectors.joining(", ")),
                conditions.stream().map(Condition::en).collect(Collectors.joining(", ")));
    }

    private static String list(List<Plan> plans) {
        return plans.stream().map(PlanChooser::describe).collect(Collectors.joining("; "));
    }

    /** "45-KH-BCD-2023 (Thành phố Trà Vinh, Trà Vinh · LOAI_4 · 27/02/2023 – 31/12/2023)" */
    private static String describe(Plan plan) {
        PlanManifest m = plan.manifest();
        Jurisdiction j = m.jurisdiction();
        String place = j == null
                ? "?"
                : (j.area() == null ? "" : j.area() + ", ")
                        + (j.district() == null ? "" : j.district() + ", ")
                        + j.province();
        return m.id() + " (" + place + " · " + (m.areaTypes().isEmpty() ? "—" : String.join(", ", m.areaTypes()))
                + " · "
                + DAY.format(m.inForce().from()) + " – "
                + DAY.format(m.inForce().to()) + ")";
    }
}
