package vn.chuyenhoa.engine.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * A step of the rules build (rules/pom.xml): beside {@code facts.yaml} and each shipped {@code manifest.yaml},
 * the same tree as compact JSON ({@code facts.json}, {@code manifest.json}), which {@link Plans#load} reads
 * instead. Reading YAML costs about a tenth of a second of each start-up, JSON a few milliseconds
 * (docs/performance.md). YAML stays what authors write and what {@code --rules} reads; a rules jar without the
 * JSON still loads, from its YAML. Each file is mapped to its records first, so an invalid one fails the build.
 *
 * <p>{@code java vn.chuyenhoa.engine.manifest.PrecompiledManifests CLASSES}, where {@code CLASSES} holds
 * {@code chuyenhoa/plans.index} and the files it lists.
 */
public final class PrecompiledManifests {
    private PrecompiledManifests() {}

    /** The precompiled file of {@code facts.yaml} or a {@code manifest.yaml}. */
    public static String jsonName(String yamlName) {
        if (!yamlName.endsWith(".yaml")) {
            throw new IllegalArgumentException("not a YAML file's name: " + yamlName);
        }
        return yamlName.substring(0, yamlName.length() - ".yaml".length()) + ".json";
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        precompile(classes, PlansIndex.CATALOG, Manifests::catalog);
        PlansIndex index = PlansIndex.parse(PlansIndex.INDEX, Files.readAllBytes(classes.resolve(PlansIndex.INDEX)));
        for (String folder : index.folders()) {
            precompile(classes, PlansIndex.manifestName(folder), Manifests::manifest);
        }
        writeFoundFolders(classes);
    }

    /** Every plan folder the build copied (one with a manifest), so that {@code check} can name those not indexed. */
    private static void writeFoundFolders(Path classes) throws IOException {
        Path plans = classes.resolve(PlansIndex.ROOT + "plans");
        StringBuilder found = new StringBuilder();
        if (Files.isDirectory(plans)) {
            try (Stream<Path> files = Files.walk(plans)) {
                files.filter(p -> p.getFileName().toString().equals("manifest.yaml"))
                        .map(p -> plans.relativize(p.getParent()).toString().replace('\\', '/'))
                        .sorted()
                        .forEach(folder -> found.append(folder).append('\n'));
            }
        }
        Files.writeString(classes.resolve(PlansIndex.FOUND), found.toString());
    }

    /** Writes the JSON of one YAML file, once {@code map} has read its tree as the engine will. */
    private static void precompile(Path classes, String yamlName, BiConsumer<String, JsonNode> map) throws IOException {
        JsonNode tree = Manifests.yamlTree(yamlName, Files.readAllBytes(classes.resolve(yamlName)));
        map.accept(yamlName, tree);
        Files.write(classes.resolve(jsonName(yamlName)), new ObjectMapper().writeValueAsBytes(tree));
    }

    /** The JSON the build ships for a YAML file. */
    static byte[] json(String yamlName, byte[] yaml) throws IOException {
        return new ObjectMapper().writeValueAsBytes(Manifests.yamlTree(yamlName, yaml));
    }
}
