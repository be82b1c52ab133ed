package vn.chuyenhoa.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chuyenhoa.engine.choice.PlanChooser;
import vn.chuyenhoa.engine.choice.PlanSelection;
import vn.chuyenhoa.engine.evaluation.CompiledRules;
import vn.chuyenhoa.engine.evaluation.RuleSetHash;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.InForce;
import vn.chuyenhoa.engine.manifest.Manifests;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.PlansIndex;
import vn.chuyenhoa.engine.manifest.PrecompiledManifests;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Suggestions;

/**
 * The plans on the class path: every rule-set version that a rules jar lists in {@code chuyenhoa/plans.index},
 * with the fact catalog. Loading reads only the manifests; a plan's rules are built on its first evaluation.
 *
 * <pre>{@code
 * Plans plans = Plans.load();
 * FactsFile facts = plans.reader().read(Path.of("phuong-5.json"));
 * Verdict verdict = plans.get("45-KH-BCD-2023").evaluate(facts);
 * // or let the area choose: the plan the file names, else the one in force for its province, type and year
 * Verdict chosen = plans.evaluate(facts, null);
 * }</pre>
 * Thread-safe: share one instance.
 */
public final class Plans {
    private static final String INDEX = PlansIndex.INDEX;
    private static final String CATALOG = PlansIndex.CATALOG;

    private final FactCatalog catalog;
    private final List<Plan> plans;
    private final PlanChooser chooser;

    private Plans(FactCatalog catalog, List<Plan> plans) {
        this.catalog = catalog;
        this.plans = plans.stream()
                .sorted(Comparator.comparing(Plan::id).thenComparing(Plan::version, Plans::compareVersions))
                .toList();
        this.chooser = new PlanChooser(newest());
    }

    /** The plans of the rules jars on this library's class path. */
    public static Plans load() {
        return load(Plans.class.getClassLoader());
    }

    /** The plans of the rules jars visible to {@code loader}. */
    public static Plans load(ClassLoader loader) {
        FactCatalog catalog = readCatalog(loader);
        List<Plan> plans = new ArrayList<>();
        try {
            Enumeration<URL> indexes = loader.getResources(INDEX);
            while (indexes.hasMoreElements()) {
                plans.addAll(fromIndex(loader, catalog, indexes.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the rule sets on the class path", e);
        }
        if (plans.isEmpty()) {
            throw new PlanLoadException(Phrase.of(
                    "không có bộ quy tắc nào trên class path (không có " + INDEX + "): tệp jar các bộ quy tắc có ở đó"
                            + " không?",
                    "no rule sets on the class path (no " + INDEX + "): is the rules jar there?"));
        }
        return new Plans(catalog, plans);
    }

    /** Plans given directly, for instance compiled from DRL with {@link Plan#compile}. */
    public static Plans of(FactCatalog catalog, List<Plan> plans) {
        return new Plans(catalog, plans);
    }

    /** The catalog as the build precompiled it, else as written. */
    private static FactCatalog readCatalog(ClassLoader loader) {
        String json = PrecompiledManifests.jsonName(CATALOG);
        Optional<byte[]> precompiled = optionalResource(loader, json);
        return precompiled.isPresent()
                ? Manifests.readPrecompiledCatalog(json, precompiled.get())
                : Manifests.readCatalog(CATALOG, resource(loader, CATALOG));
    }

    /** A manifest as the build precompiled it, else as written ({@code yaml}). */
    private static PlanManifest readManifest(ClassLoader loader, String name, byte[] yaml) {
        String json = PrecompiledManifests.jsonName(name);
        Optional<byte[]> precompiled = optionalResource(loader, json);
        return precompiled.isPresent()
                ? Manifests.readPrecompiledManifest(json, precompiled.get())
                : Manifests.readManifest(name, yaml);
    }

    private static List<Plan> fromIndex(ClassLoader loader, FactCatalog catalog, URL indexUrl) throws IOException {
        PlansIndex index;
        try (InputStream in = indexUrl.openStream()) {
            index = PlansIndex.parse(indexUrl.toString(), in.readAllBytes());
        }
        String modelIndex = index.modelIndex();
        List<String> modelClasses = new String(resource(loader, modelIndex), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.contains(":"))
                .toList();
        List<Plan> plans = new ArrayList<>();
        for (String folder : index.folders()) {
            String manifestName = PlansIndex.manifestName(folder);
            byte[] manifestBytes = resource(loader, manifestName);
            byte[] drl = resource(loader, PlansIndex.drlName(folder));
            PlanManifest manifest = readManifest(loader, manifestName, manifestBytes);
            manifest.misplacedIn(folder).ifPresent(misplaced -> {
                throw new PlanLoadException((l, s) -> manifestName + ": " + misplaced.in(l, s));
            });
            Manifests.check(manifest, catalog);
            String modelClass = modelClasses.stream()
                    .filter(c -> c.startsWith(manifest.drlPackage() + ".Rules"))
                    .findFirst()
                    .orElseThrow(() -> new PlanLoadException(Phrase.of(
                            manifest.reference() + ": bản dựng không sinh mô hình thực thi nào cho gói DRL "
                                    + manifest.drlPackage() + " (liệt kê trong " + modelIndex + ")",
                            manifest.reference() + ": the build generated no executable model for DRL package "
                                    + manifest.drlPackage() + " (listed in " + modelIndex + ")")));
            plans.add(new Plan(
                    manifest,
                    catalog,
                    RuleSetHash.of(manifestBytes, drl),
                    new CompiledRules.Precompiled(modelClass, loader)));
        }
        return plans;
    }

    static byte[] resource(ClassLoader loader, String name) {
        return optionalResource(loader, name).orElseThrow(() -> PlanLoadException.missingResource(name));
    }

    private static Optional<byte[]> optionalResource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The fact catalog: every fact name and its meaning. */
    public FactCatalog catalog() {
        return catalog;
    }

    /** A reader of facts files against this catalog. */
    public FactsReader reader() {
        return reader(null);
    }

    /**
     * A reader of facts files against this catalog for a request that names {@code planReference} (null for none):
     * a missing year's message names that plan's period, else the period of the plan the file names, else each plan's.
     */
    public FactsReader reader(String planReference) {
        Map<String, InForce> periods = new LinkedHashMap<>();
        newest().forEach(plan -> periods.put(plan.id(), plan.manifest().inForce()));
        return new FactsReader(catalog, periods, planReference);
    }

    /** Every version of every plan, by id then version. */
    public List<Plan> all() {
        return plans;
    }

    /** The newest version of each plan, by id. */
    public List<Plan> newest() {
        Map<String, Plan> newest = new LinkedHashMap<>();
        plans.forEach(plan -> newest.put(plan.id(), plan));
        return List.copyOf(newest.values());
    }

    /**
     * The plans in force for what {@code selection} gives (province, area type, year), each in its newest version,
     * as choosing a plan narrows them; every plan's newest version when it gives nothing.
     */
    public List<Plan> inForce(PlanSelection selection) {
        return chooser.fitting(selection);
    }

    /** A plan by {@code id} (its newest version) or {@code id@version}. */
    public Optional<Plan> find(String reference) {
        int at = reference.indexOf('@');
        String id = at < 0 ? reference : reference.substring(0, at);
        String version = at < 0 ? null : reference.substring(at + 1);
        Plan found = null;
        for (Plan plan : plans) {
            if (plan.id().equals(id) && (version == null || plan.version().equals(version))) {
                found = plan;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Like {@link #find} but an unknown plan is an {@link InvalidInputException} at {@code path} of
     * {@code file} (or at a front end's own argument, such as a command's positional {@code PLAN}), listing the
     * plans there are and suggesting the closest.
     */
    public Plan get(String reference, String file, String path) {
        return find(reference).orElseThrow(() -> unknown(reference, file, path, null));
    }

    /** Like {@link #find} but an unknown plan is an {@link InvalidInputException} at {@code parameter}. */
    public Plan get(String reference, Parameter parameter) {
        return find(reference).orElseThrow(() -> unknown(reference, null, null, parameter));
    }

    /** A plan by id or {@code id@version}; unknown is an {@link InvalidInputException} at {@link Parameter#PLAN}. */
    public Plan get(String reference) {
        return get(reference, Parameter.PLAN);
    }

    private InvalidInputException unknown(String reference, String file, String path, Parameter parameter) {
        List<String> known = plans.stream().map(p -> p.manifest().reference()).toList();
        List<String> ids = newest().stream().map(Plan::id).toList();
        String id = reference.contains("@") ? reference.substring(0, reference.indexOf('@')) : reference;
        String suggestion =
                ids.contains(id) ? null : Suggestions.closest(id, ids).orElse(null);
        if (suggestion == null && !ids.contains(id)) {
            // An id without its year ("45-KH-BCD"): the one plan whose id it begins.
            List<String> longer =
                    ids.stream().filter(other -> other.startsWith(id)).toList();
            suggestion = longer.size() == 1 ? longer.get(0) : null;
        }
        return new InvalidInputException(InputErrors.unknownPlan(file, path, parameter, reference, known, suggestion));
    }

    /**
     * Evaluates a facts file under the plan named by {@code planReference} (for example the command line's
     * {@code --plan}), else the one the file names, else the one chosen from the area; see
     * {@link #choose(FactsFile, String, PlanSelection)}.
     */
    public Verdict evaluate(FactsFile input, String planReference) {
        return evaluate(input, planReference, PlanSelection.NONE);
    }

    /** Evaluates a facts file under the plan {@link #choose(FactsFile, String, PlanSelection)} gives. */
    public Verdict evaluate(FactsFile input, String planReference, PlanSelection selection) {
        return choose(input, planReference, selection).evaluate(input);
    }

    /**
     * Evaluates a facts file under the plan {@link #choose(FactsFile, String, PlanSelection)} gives, and under
     * {@code readings} (reading id to choice) where they are not to be taken as the rule set chose.
     */
    public Verdict evaluate(
            FactsFile input, String planReference, PlanSelection selection, Map<String, String> readings) {
        return choose(input, planReference, selection).evaluate(input, readings);
    }

    /** The plan a facts file is to be evaluated under, with nothing given to choose by but the file. */
    public Plan choose(FactsFile input, String planReference) {
        return choose(input, planReference, PlanSelection.NONE);
    }

    /**
     * The plan a facts file is to be evaluated under, by precedence:
     * <ol>
     *   <li>{@code planReference} (the command line's {@code --plan}), which must agree with the plan the file
     *       names if it names one; {@code id@version} pins a version, {@code id} takes the newest;</li>
     *   <li>the plan the file names ({@code $.plan});</li>
     *   <li>else the one plan whose jurisdiction, area types and period fit the area: the province
     *       ({@code selection.province()}, else {@code $.area.province}), the district ({@code $.area.district},
     *       when the province is the file's and the plan is a district's), the area type
     *       ({@code selection.areaType()}, else any of {@code $.area.types}) and the year ({@code selection.year()},
     *       else {@code $.year}). What is not given does not narrow the choice. Province and district names
     *       match whatever their case, diacritics, punctuation or leading "tỉnh", "thị xã"…</li>
     * </ol>
     * When a plan is named, each field of {@code selection} that is given must fit it, and the plan must reach the
     * file's area (its province, district or ward, one of its types; DESIGN 1.1) unless
     * {@code selection.ignoreJurisdiction()} asks for a what-if.
     *
     * @throws InvalidInputException when the named plan is unknown or the two names disagree; when a field of
     *         {@code selection} does not fit the named plan; when the named plan does not reach the area; when no plan fits the area (pointing at the field
     *         that ruled the last ones out, listing the plans there are) or several do (listing them, and pointing
     *         at the field that would tell them apart)
     */
    public Plan choose(FactsFile input, String planReference, PlanSelection selection) {
        Plan named = named(input, planReference);
        if (named == null) {
            return chooser.choose(input, selection);
        }
        // Only a field the command line gives can disagree with the named plan; checking none would still
        // compare the area with every plan (a tenth of a review's time).
        if (selection.choosesBy()) {
            chooser.checkNamed(named, input, selection);
        }
        chooser.checkReach(named, input, selection);
        return named;
    }

    /** The plan {@code --plan} or the file names, or null when neither names one. */
    private Plan named(FactsFile input, String planReference) {
        if (planReference != null && input.plan() != null) {
            Plan asked = get(planReference, Parameter.PLAN);
            Plan named = get(input.plan(), input.source(), "$.plan");
            if (!asked.id().equals(named.id())) {
                throw new InvalidInputException(InputErrors.planMismatch(input.source(), input.plan(), planReference));
            }
            return planReference.contains("@") ? asked : named;
        }
        if (planReference != null) {
            return get(planReference, Parameter.PLAN);
        }
        return input.plan() == null ? null : get(input.plan(), input.source(), "$.plan");
    }

    /** Orders rule-set versions such as {@code 1.0.0} and {@code 1.10.0} by their numbers. */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int left = i < x.length ? Integer.parseInt(x[i]) : 0;
            int right = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }
}
