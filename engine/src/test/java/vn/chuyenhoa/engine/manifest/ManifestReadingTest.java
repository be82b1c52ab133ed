package vn.chuyenhoa.engine.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.testing.TestCatalog;

/** Manifests and the fact catalog read from the YAML authors write and from the JSON the rules build precompiles. */
class ManifestReadingTest {
    /** A complete manifest, for other tests to break. */
    static final String MANIFEST = """
            id: 7488-KH-UBND-2017
            version: 1.0.0
            title: {vi: Chuyển hóa địa bàn, en: Transformation of hotspot areas}
            document: Kế hoạch số 7488/KH-UBND
            issuer: UBND tỉnh Đồng Nai
            date: 2017-07-31
            jurisdiction: {province: Đồng Nai}
            area_types: [TTATXH]
            in_force: {from: 2017-07-31, to: 2020-12-31}
            drl_package: test.plan
            decision_rule:
              kind: at_least_share
              text: {vi: Đạt từ 62.50 % các chỉ tiêu trở lên}
              group: target
              percent: 62.50
              conditions: [condition]
            criteria:
              - id: target-1
                title: {vi: Tuyên truyền, en: Propaganda}
                group: target
                facts: [households, households_reached]
                requirement: {vi: 100 % hộ được tuyên truyền}
                source: {document: KH 7488, section: II.2, quote: 100 % hộ}
              - id: condition-1
                title: {vi: Không phức tạp}
                group: condition
                decisive: true
                facts: [drug_cases]
                requirement: {vi: Không có vụ nào}
                source: {document: KH 7488, section: III.4, quote: không để phức tạp}
              - id: recidivism
                title: {vi: Tái phạm}
                group: other
                decisive: false
                facts: [released_prisoners]
                requirement: {vi: Dưới 15 %}
                source: {document: KH 7488, section: II.3, quote: dưới 15 %}
            """;

    static PlanManifest fromYaml(String yaml) {
        return Manifests.readManifest("manifest.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** What the rules build ships beside the YAML. */
    private static byte[] precompiled(String yaml) throws IOException {
        return PrecompiledManifests.json("manifest.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("A manifest reads field by field into its records, decimals exactly as written")
    void manifestReadsIntoItsRecords() {
        PlanManifest manifest = fromYaml(MANIFEST);
        assertThat(manifest.id()).isEqualTo("7488-KH-UBND-2017");
        assertThat(manifest.version()).isEqualTo("1.0.0");
        assertThat(manifest.title()).isEqualTo(new Text("Chuyển hóa địa bàn", "Transformation of hotspot areas"));
        assertThat(manifest.date()).isEqualTo(LocalDate.of(2017, 7, 31));
        assertThat(manifest.jurisdiction()).isEqualTo(new Jurisdiction("Đồng Nai", null, null));
        assertThat(manifest.areaTypes()).containsExactly("TTATXH");
        assertThat(manifest.inForce()).isEqualTo(new InForce(LocalDate.of(2017, 7, 31), LocalDate.of(2020, 12, 31)));
        assertThat(manifest.drlPackage()).isEqualTo("test.plan");
        assertThat(manifest.decisionRule())
                .isEqualTo(new DecisionRuleDefinition(
                        "at_least_share",
                        new Text("Đạt từ 62.50 % các chỉ tiêu trở lên", null),
                        Group.TARGET,
                        new BigDecimal("62.50"),
                        List.of(Group.CONDITION)));
        assertThat(manifest.criteria())
                .containsExactly(
                        new CriterionDefinition(
                                "target-1",
                                new Text("Tuyên truyền", "Propaganda"),
                                Group.TARGET,
                                null,
                                List.of("households", "households_reached"),
                                new Text("100 % hộ được tuyên truyền", null),
                                new Source("KH 7488", "II.2", "100 % hộ")),
                        new CriterionDefinition(
                                "condition-1",
                                new Text("Không phức tạp", null),
                                Group.CONDITION,
                                true,
                                List.of("drug_cases"),
                                new Text("Không có vụ nào", null),
                                new Source("KH 7488", "III.4", "không để phức tạp")),
                        new CriterionDefinition(
                                "recidivism",
                                new Text("Tái phạm", null),
                                Group.OTHER,
                                false,
                                List.of("released_prisoners"),
                                new Text("Dưới 15 %", null),
                                new Source("KH 7488", "II.3", "dưới 15 %")));
    }

    @Test
    @DisplayName(
            "The JSON the rules build precompiles from a manifest or the catalog reads as the same records as its YAML")
    void precompiledJsonMeansWhatTheYamlSays() throws IOException {
        assertThat(Manifests.readPrecompiledManifest("manifest.json", precompiled(MANIFEST)))
                .isEqualTo(fromYaml(MANIFEST));
        byte[] catalogYaml;
        try (InputStream in = getClass().getResourceAsStream("/test-facts.yaml")) {
            catalogYaml = in.readAllBytes();
        }
        byte[] catalogJson = PrecompiledManifests.json("test-facts.yaml", catalogYaml);
        assertThat(Manifests.readPrecompiledCatalog("test-facts.json", catalogJson)
                        .all())
                .containsExactlyElementsOf(TestCatalog.CATALOG.all());
        assertThat(TestCatalog.CATALOG.get("households").kind()).isEqualTo(FactKind.COUNT);
        assertThat(TestCatalog.CATALOG.get("households").unit()).isEqualTo(new Unit("hộ", "households", "household"));
        assertThat(TestCatalog.CATALOG.get("households_reached").partOf()).isEqualTo("households");
    }

    @Test
    @DisplayName("A field the manifest format does not have is refused at its path, listing the fields there are")
    void unknownFieldIsRefused() {
        assertThatThrownBy(() -> fromYaml(MANIFEST.replace("    decisive: false", "    decissive: false")))
                .isInstanceOf(PlanLoadException.class)
                .hasMessage(
                        "manifest.yaml: not a valid manifest: $.criteria[2].decissive: unknown field (known: id, title,"
                                + " group, decisive, facts, requirement, source, lead_unit)");
    }

    @Test
    @DisplayName(
            "A value of the wrong kind is refused at its path: an unknown group, a list where a text goes, a bad date")
    void wrongValuesAreRefused() {
        assertThatThrownBy(() -> fromYaml(MANIFEST.replace("group: condition", "group: conditions")))
                .hasMessage("manifest.yaml: not a valid manifest: $.criteria[1].group: unknown group \"conditions\""
                        + " (known: main, sub, condition, general, target, other)");
        assertThatThrownBy(
                        () -> fromYaml(MANIFEST.replace("document: Kế hoạch số 7488/KH-UBND", "document: [KH 7488]")))
                .hasMessage("manifest.yaml: not a valid manifest: $.document: expected a text");
        assertThatThrownBy(() -> fromYaml(MANIFEST.replace("to: 2020-12-31", "to: 31/12/2020")))
                .hasMessage("manifest.yaml: not a valid manifest: $.in_force.to: expected a date such as 2023-02-27,"
                        + " not \"31/12/2020\"");
        assertThatThrownBy(() -> fromYaml(MANIFEST.replace("percent: 62.50", "percent: \"62.50\"")))
                .hasMessage("manifest.yaml: not a valid manifest: $.decision_rule.percent: expected a number");
    }

    @Test
    @DisplayName("A missing list and a text without its Vietnamese are refused at their path")
    void missingPartsAreRefused() {
        assertThatThrownBy(() -> fromYaml(MANIFEST.replace("area_types: [TTATXH]\n", "")))
                .hasMessage("manifest.yaml: not a valid manifest: $.area_types: missing (expected a list)");
        assertThatThrownBy(() -> fromYaml(MANIFEST.replace("title: {vi: Tái phạm}", "title: {en: Recidivism}")))
                .hasMessage("manifest.yaml: not a valid manifest: $.criteria[2].title: a text needs its Vietnamese"
                        + " wording (vi)");
    }

    @Test
    @DisplayName("A catalog whose count has no unit is refused, naming the fact")
    void catalogIsChecked() {
        assertThatThrownBy(() -> Manifests.readCatalog("facts.yaml", """
                - name: households
                  kind: count
                  label: {vi: Số hộ}
                  meaning: {vi: Số hộ}
                """.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PlanLoadException.class)
                .hasMessage(
                        "facts.yaml: not a valid fact catalog: fact 'households': a count needs a unit and a flag has none");
    }
}
