package vn.chuyenhoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.manifest.Manifests;

class PrecompiledManifestsTest {
    private static final Path CLASSES = Path.of("target/classes/chuyenhoa");

    @Test
    @DisplayName(
            "The build ships every manifest and the fact catalog also as JSON, and the plans loaded from it are what the YAML says")
    void thePlansLoadedFromTheJsonAreWhatTheYamlSays() throws IOException {
        Plans plans = Plans.load();
        assertThat(CLASSES.resolve("facts.json")).exists();
        assertThat(plans.catalog().all())
                .containsExactlyElementsOf(
                        Manifests.readCatalog("facts.yaml", Files.readAllBytes(CLASSES.resolve("facts.yaml")))
                                .all());
        for (Plan plan : plans.all()) {
            Path folder = CLASSES.resolve("plans/" + plan.id() + "/" + plan.version());
            assertThat(folder.resolve("manifest.json")).exists();
            assertThat(plan.manifest())
                    .as(plan.toString())
                    .isEqualTo(Manifests.readManifest(
                            "manifest.yaml", Files.readAllBytes(folder.resolve("manifest.yaml"))));
        }
    }
}
