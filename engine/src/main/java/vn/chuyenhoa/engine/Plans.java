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
import vn.chuyenhoa.engine.plan.FactCatalog;
import vn.chuyenhoa.engine.plan.PlanManifest;

/**
 * The plans on the class path: every rule-set version that a rules jar lists in {@code chuyenhoa/plans.index},
 * with the fact catalog. Loading reads only the manifests; a plan's rules are built on its first evaluation.
 *
 * <pre>{@code
 * Plans plans = Plans.load();
 * FactsFile facts = plans.reader().read(Path.of("phuong-5.json"));
 * Verdict verdict = plans.get("45-KH-BCD-2023").evaluate(facts);
 * }</pre>
 * Thread-safe: share one instance.
 */
public final class Plans {
    static final String ROOT = "chuyenhoa/";
    private static final String INDEX = ROOT + "plans.index";
    private static final String MODEL_INDEX = "model-index:";

    private final FactCatalog catalog;
    private final List<Plan> plans;

    private Plans(FactCatalog catalog, List<Plan> plans) {
        this.catalog = catalog;
        this.plans = plans.stream()
                .sorted(Comparator.comparing(Plan::id).thenComparing(Plan::version, Plans::compareVersions))
                .toList();
    }

    /** The plans of the rules jars on this library's class path. */
    public static Plans load() {
        return load(Plans.class.getClassLoader());
    }

    /** The plans of the rules jars visible to {@code loader}. */
    public static Plans load(ClassLoader loader) {
        FactCatalog catalog = Manifests.readCatalog(ROOT + "facts.yaml", resource(loader, ROOT + "facts.yaml"));
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
            throw new PlanLoadException("no rule sets on the class path (no " + INDEX + "): is the rules jar there?");
        }
        return new Plans(catalog, plans);
    }

    /** Plans given directly, for instance compiled from DRL with {@link Plan#compile}. */
    public static Plans of(FactCatalog catalog, List<Plan> plans) {
        return new Plans(catalog, plans);
    }

    private static List<Plan> fromIndex(ClassLoader loader, FactCatalog catalog, URL index) throws IOException {
        List<String> lines;
        try (InputStream in = index.openStream()) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        String modelIndex = lines.stream().filter(l -> l.startsWith(MODEL_INDEX)).findFirst()
                .map(l -> l.substring(MODEL_INDEX.length()).strip())
                .orElseThrow(() -> new PlanLoadException(index + ": no '" + MODEL_INDEX + "' line"));
        List<String> modelClasses = new String(resource(loader, modelIndex), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.contains(":")).toList();
        List<Plan> plans = new ArrayList<>();
        for (String folder : lines) {
            if (folder.startsWith(MODEL_INDEX)) {
                continue;
            }
            String base = ROOT + "plans/" + folder + "/";
            byte[] manifestBytes = resource(loader, base + "manifest.yaml");
            byte[] drl = resource(loader, base + "rules.drl");
            PlanManifest manifest = Manifests.readManifest(base + "manifest.yaml", manifestBytes);
            if (!folder.equals(manifest.id() + "/" + manifest.version())) {
                throw new PlanLoadException(base + "manifest.yaml: declares " + manifest.reference()
                        + " but lives in folder " + folder);
            }
            Manifests.check(manifest, catalog);
            String modelClass = modelClasses.stream()
                    .filter(c -> c.startsWith(manifest.drlPackage() + ".Rules"))
                    .findFirst()
                    .orElseThrow(() -> new PlanLoadException(manifest.reference() + ": the build generated no executable"
                            + " model for DRL package " + manifest.drlPackage() + " (listed in " + modelIndex + ")"));
            plans.add(new Plan(manifest, catalog, RuleSetHash.of(manifestBytes, drl),
                    new RuleBase.Precompiled(modelClass, loader)));
        }
        return plans;
    }

    static byte[] resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new PlanLoadException("missing resource " + name);
            }
            return in.readAllBytes();
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
        return new FactsReader(catalog);
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
     * {@code file}, listing the plans there are and suggesting the closest.
     */
    public Plan get(String reference, String file, String path) {
        return find(reference).orElseThrow(() -> {
            List<String> known = plans.stream().map(p -> p.manifest().reference()).toList();
            List<String> ids = newest().stream().map(Plan::id).toList();
            String id = reference.contains("@") ? reference.substring(0, reference.indexOf('@')) : reference;
            String suggestion = ids.contains(id) ? null : Suggestions.closest(id, ids).orElse(null);
            return new InvalidInputException(new InputError(file, path,
                    "không có kế hoạch \"" + reference + "\" (có: " + String.join(", ", known) + ")",
                    "no plan \"" + reference + "\" (known: " + String.join(", ", known) + ")", suggestion));
        });
    }

    /** A plan by id or {@code id@version}; unknown is an {@link InvalidInputException}. */
    public Plan get(String reference) {
        return get(reference, null, "plan");
    }

    /**
     * Evaluates a facts file under the plan named by {@code planReference} (for example the command line's
     * {@code --plan}), else the one the file names. When both name one, they must agree.
     */
    public Verdict evaluate(FactsFile input, String planReference) {
        return choose(input, planReference).evaluate(input);
    }

    /** The plan a facts file is to be evaluated under; see {@link #evaluate(FactsFile, String)}. */
    public Plan choose(FactsFile input, String planReference) {
        if (planReference != null && input.plan() != null) {
            Plan asked = get(planReference, null, "--plan");
            Plan named = get(input.plan(), input.source(), "$.plan");
            if (!asked.id().equals(named.id())) {
                throw new InvalidInputException(new InputError(input.source(), "$.plan",
                        "tệp ghi kế hoạch " + input.plan() + " nhưng lệnh chọn --plan " + planReference,
                        "the file names plan " + input.plan() + " but --plan says " + planReference, null));
            }
            return planReference.contains("@") ? asked : named;
        }
        if (planReference != null) {
            return get(planReference, null, "--plan");
        }
        if (input.plan() != null) {
            return get(input.plan(), input.source(), "$.plan");
        }
        List<String> known = newest().stream().map(Plan::id).toList();
        throw new InvalidInputException(new InputError(input.source(), "$.plan",
                "chưa chọn kế hoạch: ghi \"plan\" trong tệp hoặc dùng --plan (có: " + String.join(", ", known) + ")",
                "no plan chosen: name one as \"plan\" in the file or with --plan (known: " + String.join(", ", known) + ")",
                null));
    }

    static int compareVersions(String a, String b) {
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
