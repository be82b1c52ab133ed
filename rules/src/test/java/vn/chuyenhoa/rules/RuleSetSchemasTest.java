package vn.chuyenhoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every manifest and golden file, checked against the schemas in rules/schemas by an independent validator:
 * the engine reads the same shapes strictly when it loads a rule set, and the schemas give authors' editors
 * completion and error marks as they write.
 */
class RuleSetSchemasTest {
    private static final Path PLANS = Path.of("src/main/resources/chuyenhoa/plans");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    @DisplayName("Every manifest.yaml and golden.yaml of every plan version conforms to its schema")
    void everyRuleSetFileConforms() throws IOException {
        JsonSchema manifest = schema("manifest.schema.json");
        JsonSchema golden = schema("golden.schema.json");
        List<Path> files;
        try (Stream<Path> found = Files.walk(PLANS)) {
            files = found.filter(p -> p.getFileName().toString().matches("manifest\\.yaml|golden\\.yaml"))
                    .sorted()
                    .toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            JsonSchema schema = file.getFileName().toString().equals("manifest.yaml") ? manifest : golden;
            schema.validate(YAML.readTree(file.toFile()))
                    .forEach(message -> problems.add(file + ": " + message.getMessage()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("A manifest with an unknown key, a criterion of an unknown group, or a source without its quote"
            + " does not conform, each named")
    void brokenManifestIsRefused() throws IOException {
        ObjectNode broken = (ObjectNode) YAML.readTree(
                PLANS.resolve("45-KH-BCD-2023/1.0.0/manifest.yaml").toFile());
        broken.put("jurisdiction_note", "x");
        ObjectNode first = (ObjectNode) broken.get("criteria").get(0);
        first.put("group", "principal");
        ((ObjectNode) first.get("source")).remove("quote");
        List<String> messages = schema("manifest.schema.json").validate(broken).stream()
                .map(ValidationMessage::getMessage)
                .toList();
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).contains("jurisdiction_note"))
                .anySatisfy(m -> assertThat(m).contains("$.criteria[0].group"))
                .anySatisfy(m -> assertThat(m).contains("$.criteria[0].source").contains("quote"));
    }

    @Test
    @DisplayName("A golden case with an outcome that does not exist or a status misspelt does not conform")
    void brokenGoldenIsRefused() throws IOException {
        JsonNode golden =
                YAML.readTree(PLANS.resolve("45-KH-BCD-2023/1.0.0/golden.yaml").toFile());
        ObjectNode first = (ObjectNode) golden.get("cases").get(0);
        first.put("outcome", "ACHIEVED");
        ((ObjectNode) first.get("criteria")).put("sub-4", "PASSED");
        List<String> messages = schema("golden.schema.json").validate(golden).stream()
                .map(ValidationMessage::getMessage)
                .toList();
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).contains("$.cases[0].outcome"))
                .anySatisfy(m -> assertThat(m).contains("$.cases[0].criteria.sub-4"));
    }

    private static JsonSchema schema(String name) throws IOException {
        return SCHEMAS.getSchema(Files.readString(Path.of("schemas", name)));
    }
}
