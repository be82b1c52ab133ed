package vn.chuyenhoa.engine.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.Manifests;
import vn.chuyenhoa.engine.message.ErrorCode;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.testing.Options;

/**
 * Choosing a plan without its id (DESIGN 1.1), over plans shaped like the project's three: Trà Vinh city 2023
 * (LOAI_4), Hương Trà town 2023–2024 (LOAI_4) and Đồng Nai province 2017–2020 (TTATXH). The plans are built from
 * manifests written here, so the choice is shown to depend on what manifests declare and on nothing else.
 */
class PlanChoiceTest {
    private static final FactCatalog CATALOG =
            Manifests.readCatalog("test catalog", """
            - name: households
              kind: count
              unit: {vi: hộ, en: households}
              label: {vi: Số hộ, en: Households}
              meaning: {vi: Số hộ, en: Households}
            """.getBytes(StandardCharsets.UTF_8));

    private static final Plan TRA_VINH =
            plan("45-KH-BCD-2023", "1.0.0", "Trà Vinh", "Thành phố Trà Vinh", "LOAI_4", "2023-02-27", "2023-12-31");
    private static final Plan HUONG_TRA = plan(
            "2661-KH-UBND-2023", "1.0.0", "Thừa Thiên Huế", "Thị xã Hương Trà", "LOAI_4", "2023-09-25", "2024-05-14");
    private static final Plan DONG_NAI =
            plan("7488-KH-UBND-2017", "1.0.0", "Đồng Nai", null, "TTATXH", "2017-07-31", "2020-12-31");
    private static final Plans PLANS = Plans.of(CATALOG, List.of(TRA_VINH, HUONG_TRA, DONG_NAI));

    @Test
    @DisplayName("The one plan in force for the area's province, area type and year is chosen, for each plan")
    void theOnePlanThatFitsIsChosen() {
        assertThat(chosen(area("Thừa Thiên Huế", "Thị xã Hương Trà", "LOAI_4", 2024)))
                .isSameAs(HUONG_TRA);
        assertThat(chosen(area("Thừa Thiên Huế", "Thị xã Hương Trà", "LOAI_4", 2023)))
                .isSameAs(HUONG_TRA);
        assertThat(chosen(area("Trà Vinh", "Thành phố Trà Vinh", "LOAI_4", 2023)))
                .isSameAs(TRA_VINH);
        assertThat(chosen(area("Đồng Nai", "Huyện Trảng Bom", "TTATXH", 2019))).isSameAs(DONG_NAI);
    }

    @Test
    @DisplayName("A province matches whatever its case, diacritics, hyphens or a leading \"tỉnh\"")
    void provinceSpellingsMatch() {
        for (String spelling : List.of(
                "Thừa Thiên - Huế",
                "tỉnh Thừa Thiên Huế",
                "THỪA THIÊN HUẾ",
                "Thua Thien Hue",
                "Thừa Thiên–Huế",
                "Tỉnh  Thừa Thiên-Huế")) {
            assertThat(chosen(area(spelling, null, "LOAI_4", 2024)))
                    .as(spelling)
                    .isSameAs(HUONG_TRA);
        }
        assertThat(chosen(area("tỉnh Trà Vinh", null, "LOAI_4", 2023))).isSameAs(TRA_VINH);
        assertThat(chosen(area("Tra Vinh", null, null, 2023))).isSameAs(TRA_VINH);
    }

    @Test
    @DisplayName(
            "Two LOAI_4 plans in force in 2023 and no province is ambiguous: the error lists both and asks for the province")
    void noProvinceIsAmbiguous() {
        InputError error = refusal(area(null, null, "LOAI_4", 2023), null, PlanSelection.NONE);
        assertThat(error.file()).isEqualTo("area.json");
        assertThat(error.path()).isEqualTo("$.area.province");
        assertThat(error.text(Language.VI, Options.SPELLING))
                .isEqualTo(
                        "nhiều kế hoạch cùng áp dụng cho loại LOAI_4, năm 2023: "
                                + "2661-KH-UBND-2023 (Thị xã Hương Trà, Thừa Thiên Huế · LOAI_4 · 25/09/2023 – 14/05/2024); "
                                + "45-KH-BCD-2023 (Thành phố Trà Vinh, Trà Vinh · LOAI_4 · 27/02/2023 – 31/12/2023)"
                                + " — ghi tỉnh, thành phố ($.area.province hoặc --province) hoặc tên kế hoạch (\"plan\" hoặc --plan)");
        assertThat(error.text(Language.EN, Options.SPELLING))
                .startsWith("several plans apply to area type LOAI_4, year 2023: 2661-KH-UBND-2023 (")
                .endsWith(" — give the province ($.area.province or --province) or the plan (\"plan\" or --plan)");
        assertThat(refusal(area(null, "Thành phố Trà Vinh", "LOAI_4", 2023), null, PlanSelection.NONE)
                        .path())
                .as("a district without its province does not tell (a dozen provinces have a huyện Châu Thành)")
                .isEqualTo("$.area.province");
        assertThat(chosen(area(null, null, "LOAI_4", 2024)))
                .as("in 2024 only Hương Trà's is in force")
                .isSameAs(HUONG_TRA);
    }

    @Test
    @DisplayName(
            "Two plans of one province that differ by area type, and no type given, is ambiguous and asks for the type")
    void noAreaTypeIsAmbiguousWithinAProvince() {
        Plan traVinhOrder = plan("12-KH-BCD-2023", "1.0.0", "Trà Vinh", null, "LOAI_1", "2023-01-01", "2023-12-31");
        Plans plans = Plans.of(CATALOG, List.of(TRA_VINH, traVinhOrder, HUONG_TRA));
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class, () -> plans.choose(area("Trà Vinh", null, null, 2023), null));
        assertThat(refused.errors().get(0).path()).isEqualTo("$.area.types");
        assertThat(refused.errors().get(0).text(Language.EN, Options.SPELLING))
                .startsWith("several plans apply to province \"Trà Vinh\", year 2023: "
                        + "12-KH-BCD-2023 (Trà Vinh · LOAI_1 · 01/01/2023 – 31/12/2023); 45-KH-BCD-2023 (");
        assertThat(plans.choose(area("Trà Vinh", null, "LOAI_1", 2023), null)).isSameAs(traVinhOrder);
    }

    @Test
    @DisplayName("Two district plans of one province and no district given is ambiguous and asks for the district")
    void noDistrictIsAmbiguousBetweenDistrictPlans() {
        Plan phongDien = plan(
                "99-KH-UBND-2023",
                "1.0.0",
                "Thừa Thiên Huế",
                "Thị xã Phong Điền",
                "LOAI_4",
                "2023-06-01",
                "2024-12-31");
        Plans plans = Plans.of(CATALOG, List.of(HUONG_TRA, phongDien, TRA_VINH));
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class, () -> plans.choose(area("Thừa Thiên Huế", null, "LOAI_4", 2024), null));
        assertThat(refused.errors().get(0).path()).isEqualTo("$.area.district");
        assertThat(refused.errors().get(0).text(Language.EN, Options.SPELLING))
                .isEqualTo(
                        "several plans apply to province \"Thừa Thiên Huế\", "
                                + "area type LOAI_4, year 2024: 2661-KH-UBND-2023 (Thị xã Hương Trà, Thừa Thiên Huế · LOAI_4 · "
                                + "25/09/2023 – 14/05/2024); 99-KH-UBND-2023 (Thị xã Phong Điền, Thừa Thiên Huế · LOAI_4 · "
                                + "01/06/2023 – 31/12/2024) — give the district ($.area.district) or the plan (\"plan\" or --plan)");
        assertThat(plans.choose(area("Thừa Thiên Huế", "Phong Điền", "LOAI_4", 2024), null))
                .isSameAs(phongDien);
        InvalidInputException stillTwo = catchThrowableOfType(
                InvalidInputException.class,
                () -> plans.choose(
                        area(null, null, null, 2024), null, new PlanSelection("Thừa Thiên Huế", "LOAI_4", null)));
        assertThat(stillTwo.errors().get(0).path())
                .as("with --province the file's district is not read, so only" + " the plan's name can tell them apart")
                .isEqualTo("$.plan");
    }

    @Test
    @DisplayName("A province no plan is for is refused at $.area.province, listing every plan there is")
    void unknownProvinceListsThePlans() {
        InputError error = refusal(area("Hà Nội", null, "LOAI_4", 2023), null, PlanSelection.NONE);
        assertThat(error.path()).isEqualTo("$.area.province");
        assertThat(error.text(Language.VI, Options.SPELLING))
                .isEqualTo("không có kế hoạch nào cho tỉnh, thành phố \"Hà Nội\", loại LOAI_4, năm 2023 (có: "
                        + "2661-KH-UBND-2023 (Thị xã Hương Trà, Thừa Thiên Huế · LOAI_4 · 25/09/2023 – 14/05/2024); "
                        + "45-KH-BCD-2023 (Thành phố Trà Vinh, Trà Vinh · LOAI_4 · 27/02/2023 – 31/12/2023); "
                        + "7488-KH-UBND-2017 (Đồng Nai · TTATXH · 31/07/2017 – 31/12/2020))");
        assertThat(error.suggestion()).isNull();
        assertThat(refusal(area("Tra Vinnh", null, "LOAI_4", 2023), null, PlanSelection.NONE)
                        .suggestion())
                .as("a typo in a province is answered with the plan's spelling")
                .isEqualTo("Trà Vinh");
    }

    @Test
    @DisplayName(
            "Another province that reads alike is not matched: Huế is not Thừa Thiên Huế, Vĩnh Long is not Trà Vinh")
    void differentProvincesDoNotMatch() {
        assertThat(refusal(area("Huế", null, "LOAI_4", 2024), null, PlanSelection.NONE)
                        .path())
                .isEqualTo("$.area.province");
        assertThat(refusal(area("Vĩnh Long", null, "LOAI_4", 2023), null, PlanSelection.NONE)
                        .path())
                .isEqualTo("$.area.province");
    }

    @Test
    @DisplayName("A plan of the province that is not in force in the year is refused at $.year")
    void noPlanInForceThatYear() {
        InputError error = refusal(area("Trà Vinh", null, "LOAI_4", 2024), null, PlanSelection.NONE);
        assertThat(error.path()).isEqualTo("$.year");
        assertThat(error.text(Language.EN, Options.SPELLING))
                .startsWith(
                        "no plan for province \"Trà Vinh\", area type LOAI_4, year 2024 (known: 2661-KH-UBND-2023 (");
        assertThat(refusal(area("Thừa Thiên Huế", null, "LOAI_4", 2025), null, PlanSelection.NONE)
                        .path())
                .as("Hương Trà's plan ends on 14/05/2024")
                .isEqualTo("$.year");
    }

    @Test
    @DisplayName("A plan of the province for another area type is refused at $.area.types")
    void noPlanForTheAreaType() {
        InputError error = refusal(area("Trà Vinh", null, "LOAI_1", 2023), null, PlanSelection.NONE);
        assertThat(error.path()).isEqualTo("$.area.types");
        assertThat(chosen(areaWithTypes("Trà Vinh", 2023, "LOAI_1", "LOAI_4")))
                .as("an area of several types")
                .isSameAs(TRA_VINH);
    }

    @Test
    @DisplayName("A district's plan is not chosen for an area the file places in another district of the province")
    void aDistrictPlanStaysInItsDistrict() {
        InputError error =
                refusal(area("Thừa Thiên Huế", "Thị xã Phong Điền", "LOAI_4", 2024), null, PlanSelection.NONE);
        assertThat(error.path()).isEqualTo("$.area.district");
        assertThat(error.text(Language.VI, Options.SPELLING))
                .startsWith("không có kế hoạch nào cho tỉnh, thành phố \"Thừa Thiên Huế\", "
                        + "huyện, thị xã, thành phố \"Thị xã Phong Điền\", loại LOAI_4, năm 2024 (có: ");
        assertThat(chosen(area("Thừa Thiên Huế", "Hương Trà", "LOAI_4", 2024))).isSameAs(HUONG_TRA);
        assertThat(chosen(area("Thừa Thiên Huế", "TX. Hương Trà", "LOAI_4", 2024)))
                .isSameAs(HUONG_TRA);
        assertThat(chosen(area("Đồng Nai", "Thành phố Biên Hòa", "TTATXH", 2018)))
                .as("a province's plan covers every district")
                .isSameAs(DONG_NAI);
    }

    @Test
    @DisplayName(
            "--province, --area-type and --year fill what the file lacks and replace what it says, for choosing only")
    void theSelectionTakesPrecedenceOverTheFile() {
        FactsFile bare = area(null, null, null, 2023);
        assertThat(PLANS.choose(bare, null, new PlanSelection("Thừa Thiên Huế", "LOAI_4", null)))
                .isSameAs(HUONG_TRA);
        assertThat(PLANS.choose(bare, null, new PlanSelection(null, "LOAI_4", 2024)))
                .isSameAs(HUONG_TRA);
        FactsFile traVinh = area("Trà Vinh", "Thành phố Trà Vinh", "LOAI_4", 2023);
        assertThat(PLANS.choose(traVinh, null, new PlanSelection("Thừa Thiên Huế", null, null)))
                .as("the file's district belongs to the file's province, which --province replaced")
                .isSameAs(HUONG_TRA);
        assertThat(PLANS.choose(area("Đồng Nai", null, "LOAI_4", 2019), null, new PlanSelection(null, "TTATXH", null)))
                .isSameAs(DONG_NAI);
        InputError error = refusal(bare, null, new PlanSelection("Hà Nội", "LOAI_4", 2023));
        assertThat(error.parameter())
                .as("the error names the option, not the file's field")
                .isEqualTo(Parameter.PROVINCE);
        assertThat(refusal(traVinh, null, new PlanSelection(null, null, 2022)).parameter())
                .isEqualTo(Parameter.YEAR);
    }

    @Test
    @DisplayName("An unknown --area-type is refused with the known types and a suggestion")
    void unknownAreaTypeOption() {
        InvalidInputException refused =
                catchThrowableOfType(InvalidInputException.class, () -> new PlanSelection(null, "loai4", null));
        InputError error = refused.errors().get(0);
        assertThat(error.file()).isNull();
        assertThat(error.parameter()).isEqualTo(Parameter.AREA_TYPE);
        assertThat(error.text(Language.EN, Options.SPELLING))
                .isEqualTo("unknown area type \"loai4\" (known: TTATXH, LOAI_1, LOAI_2, LOAI_3, LOAI_4)");
        assertThat(error.suggestion()).isEqualTo("LOAI_4");
    }

    @Test
    @DisplayName("A named plan wins over the area; an option given to choose by must fit it")
    void aNamedPlanWins() {
        FactsFile traVinh = area("Trà Vinh", null, "LOAI_4", 2023);
        InputError outside = refusal(traVinh, "2661-KH-UBND-2023", PlanSelection.NONE);
        assertThat(outside.code()).isEqualTo(ErrorCode.OUTSIDE_REACH);
        assertThat(outside.path()).isEqualTo("$.area.province");
        assertThat(outside.text(Language.VI, Options.SPELLING))
                .as("a named plan must reach the file's area; the message names the misfit and the plans that fit")
                .isEqualTo("kế hoạch 2661-KH-UBND-2023@1.0.0 không áp dụng cho địa bàn này: tỉnh, thành phố “Trà Vinh”"
                        + " (kế hoạch: Thừa Thiên Huế) — kế hoạch áp dụng: 45-KH-BCD-2023 (Thành phố Trà Vinh, Trà"
                        + " Vinh · LOAI_4 · 27/02/2023 – 31/12/2023); muốn chạy thử ngoài phạm vi kế hoạch thì thêm"
                        + " --ignore-jurisdiction");
        assertThat(PLANS.choose(traVinh, "2661-KH-UBND-2023", new PlanSelection(null, null, null, true)))
                .as("--ignore-jurisdiction runs it as a what-if")
                .isSameAs(HUONG_TRA);
        assertThat(PLANS.choose(
                        area(null, null, null, 2023),
                        "45-KH-BCD-2023",
                        new PlanSelection("tỉnh Trà Vinh", "LOAI_4", 2023)))
                .isSameAs(TRA_VINH);
        InputError error = refusal(traVinh, "45-KH-BCD-2023", new PlanSelection("Thừa Thiên Huế", null, null));
        assertThat(error.parameter()).isEqualTo(Parameter.PROVINCE);
        assertThat(error.text(Language.VI, Options.SPELLING))
                .isEqualTo("kế hoạch 45-KH-BCD-2023 (Thành phố Trà Vinh, Trà Vinh · LOAI_4 · "
                        + "27/02/2023 – 31/12/2023) không áp dụng cho tỉnh, thành phố \"Thừa Thiên Huế\"");
        assertThat(refusal(traVinh, "45-KH-BCD-2023", new PlanSelection(null, null, 2024))
                        .parameter())
                .isEqualTo(Parameter.YEAR);
        assertThat(refusal(traVinh, "45-KH-BCD-2023", new PlanSelection(null, "TTATXH", null))
                        .parameter())
                .isEqualTo(Parameter.AREA_TYPE);
    }

    @Test
    @DisplayName("Choosing picks a plan's newest rule-set version")
    void newestVersionIsChosen() {
        Plan newer = plan("7488-KH-UBND-2017", "1.1.0", "Đồng Nai", null, "TTATXH", "2017-07-31", "2020-12-31");
        Plans plans = Plans.of(CATALOG, List.of(newer, DONG_NAI, TRA_VINH));
        assertThat(plans.choose(area("Đồng Nai", null, "TTATXH", 2020), null)).isSameAs(newer);
    }

    @Test
    @DisplayName("A ward's own plan (jurisdiction.area) is chosen for that ward only; another ward of the same town"
            + " gets no plan, named in the message")
    void aWardsPlanReachesThatWardOnly() {
        Plan huongVan = Plan.compile(
                "ward",
                ("""
                id: 2661-KH-UBND-2023
                version: 9.0.0
                title: {vi: Kế hoạch của phường}
                document: Kế hoạch của phường
                jurisdiction: {province: Thừa Thiên Huế, district: Thị xã Hương Trà, area: Phường Hương Vân}
                area_types: [LOAI_4]
                in_force: {from: 2023-09-25, to: 2024-05-14}
                drl_package: test.ward
                decision_rule: {kind: every_decisive, text: {vi: Đạt mọi tiêu chí}}
                criteria:
                  - id: c1
                    title: {vi: Tiêu chí}
                    group: main
                    facts: [households]
                    requirement: {vi: Có hộ}
                    source: {document: KH, section: I, quote: trích dẫn}
                """).getBytes(StandardCharsets.UTF_8),
                "package test;".getBytes(StandardCharsets.UTF_8),
                CATALOG);
        Plans plans = Plans.of(CATALOG, List.of(TRA_VINH, huongVan, DONG_NAI));
        String ward = """
                {"area": {"name": "%s", "district": "Thị xã Hương Trà", "province": "Thừa Thiên Huế",
                 "types": ["LOAI_4"]}, "year": 2024, "facts": {}}
                """;
        FactsFile huongVanFile = new FactsReader(CATALOG)
                .read("huong-van.json", ward.formatted("phường Hương Vân").getBytes(StandardCharsets.UTF_8));
        assertThat(plans.choose(huongVanFile, null)).isSameAs(huongVan);
        FactsFile otherWard = new FactsReader(CATALOG)
                .read("huong-chu.json", ward.formatted("Phường Hương Chữ").getBytes(StandardCharsets.UTF_8));
        InvalidInputException refused =
                catchThrowableOfType(InvalidInputException.class, () -> plans.choose(otherWard, null));
        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("$.area.name");
            assertThat(error.text(Language.EN))
                    .startsWith("no plan for province \"Thừa Thiên Huế\", district \"Thị xã Hương Trà\", area"
                            + " \"Phường Hương Chữ\", area type LOAI_4, year 2024 (known: ")
                    .contains("2661-KH-UBND-2023 (Phường Hương Vân, Thị xã Hương Trà, Thừa Thiên Huế · LOAI_4 · ");
        });
    }

    private static Plan chosen(FactsFile input) {
        return PLANS.choose(input, null);
    }

    private static InputError refusal(FactsFile input, String plan, PlanSelection selection) {
        InvalidInputException refused =
                catchThrowableOfType(InvalidInputException.class, () -> PLANS.choose(input, plan, selection));
        assertThat(refused).as("no plan should have been chosen").isNotNull();
        assertThat(refused.errors()).hasSize(1);
        return refused.errors().get(0);
    }

    private static FactsFile area(String province, String district, String type, int year) {
        return type == null ? areaWithTypes(province, district, year) : areaWithTypes(province, district, year, type);
    }

    private static FactsFile areaWithTypes(String province, int year, String... types) {
        return areaWithTypes(province, null, year, types);
    }

    /** A facts file as a user writes it, read by the real reader. */
    private static FactsFile areaWithTypes(String province, String district, int year, String... types) {
        StringBuilder area = new StringBuilder("{\"name\": \"Phường A\"");
        if (province != null) {
            area.append(", \"province\": \"").append(province).append('"');
        }
        if (district != null) {
            area.append(", \"district\": \"").append(district).append('"');
        }
        area.append(", \"types\": [")
                .append(String.join(
                        ", ", List.of(types).stream().map(t -> "\"" + t + "\"").toList()))
                .append("]}");
        String json = "{\"area\": " + area + ", \"year\": " + year + ", \"facts\": {}}";
        return new FactsReader(CATALOG).read("area.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static Plan plan(
            String id, String version, String province, String district, String type, String from, String to) {
        String manifest = """
                id: %s
                version: %s
                title: {vi: Kế hoạch %s}
                document: Kế hoạch %s
                jurisdiction: {province: %s, district: %s}
                area_types: [%s]
                in_force: {from: %s, to: %s}
                drl_package: test.p%s
                decision_rule: {kind: every_decisive, text: {vi: Đạt mọi tiêu chí}}
                criteria:
                  - id: c1
                    title: {vi: Tiêu chí}
                    group: main
                    facts: [households]
                    requirement: {vi: Có hộ}
                    source: {document: KH, section: I, quote: trích dẫn}
                """.formatted(
                        id,
                        version,
                        id,
                        id,
                        province,
                        district == null ? "null" : district,
                        type,
                        from,
                        to,
                        id.replace("-", "_") + version.replace(".", "_"));
        // The rules are compiled on first evaluation only, which choosing never does.
        return Plan.compile(
                id,
                manifest.getBytes(StandardCharsets.UTF_8),
                "package test;".getBytes(StandardCharsets.UTF_8),
                CATALOG);
    }
}
