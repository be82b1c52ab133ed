package vn.chuyenhoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;

class RuleSetsTest {
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void theBuildShipsTheExecutableModelOfEveryPlanSoNoDrlIsCompiledAtStartUp() throws IOException {
        Path index = CLASSES.resolve("META-INF/kie/vn.chuyenhoa/chuyenhoa-rules/drools-model");
        assertThat(index)
                .as("Drools' executable model index; is drools-model-compiler on the rules module's classpath?")
                .exists();
        List<String> generated = Files.readAllLines(index, StandardCharsets.UTF_8);
        for (Plan plan : Plans.load().all()) {
            String prefix = plan.manifest().drlPackage() + ".Rules";
            String modelClass = generated.stream()
                    .filter(line -> line.startsWith(prefix))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(plan + ": no generated model class in " + generated));
            assertThat(CLASSES.resolve(modelClass.replace('.', '/') + ".class")).exists();
        }
    }

    @Test
    void everyPlanFolderIsListedInTheIndexAndEveryRuleSetAgreesWithItsManifest() throws IOException {
        Path plansDir = Path.of("src/main/resources/chuyenhoa/plans");
        List<String> folders;
        try (Stream<Path> manifests = Files.walk(plansDir)) {
            folders = manifests
                    .filter(p -> p.getFileName().toString().equals("manifest.yaml"))
                    .map(p -> plansDir.relativize(p.getParent()).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        Plans plans = Plans.load();
        assertThat(plans.all().stream()
                        .map(p -> p.id() + "/" + p.version())
                        .sorted()
                        .toList())
                .as("chuyenhoa/plans.index lists every plan folder")
                .isEqualTo(folders);
        plans.all().forEach(Plan::verify);
    }
}
