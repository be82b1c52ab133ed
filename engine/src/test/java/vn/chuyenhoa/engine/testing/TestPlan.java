package vn.chuyenhoa.engine.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.review.AreaInput;
import vn.chuyenhoa.engine.review.Progress;
import vn.chuyenhoa.engine.review.ProvinceFigures;
import vn.chuyenhoa.engine.review.Review;
import vn.chuyenhoa.engine.review.ReviewOptions;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.review.csv.CsvAreas;

/**
 * A one-criterion plan with the three kinds of province target, compiled once from DRL, and areas for it written
 * as CSV rows: an area is ĐẠT when every household was reached, CHƯA ĐẠT when one was not, CHƯA ĐỦ DỮ LIỆU when
 * the households reached are not given.
 */
public final class TestPlan {
    public static final String MANIFEST = """
            id: TEST-REVIEW
            version: 1.0.0
            title: {vi: Kế hoạch thử của tỉnh, en: A province's test plan}
            document: Kế hoạch thử
            issuer: UBND tỉnh thử
            date: 2019-01-01
            jurisdiction: {province: Đồng Nai}
            area_types: [TTATXH]
            in_force: {from: 2019-01-01, to: 2020-12-31}
            drl_package: test.review
            decision_rule: {kind: every_decisive, text: {vi: Đạt mọi tiêu chí, en: Every criterion}}
            criteria:
              - id: propaganda
                title: {vi: 100 % hộ được tuyên truyền, en: Every household reached}
                group: target
                facts: [households, households_reached]
                requirement: {vi: 100 % hộ}
                source: {document: KH thử, section: II.2, quote: 100% các hộ dân}
            review_targets:
              - id: province-1
                kind: transformed_at_least
                percent: 60
                title: {vi: Ít nhất 60 % địa bàn chuyển hóa thành công}
                requirement: {vi: Số địa bàn đạt từ 60 % trở lên}
                source: {document: KH thử, section: II.1, quote: ít nhất 60% tổng số địa bàn}
              - id: province-2
                kind: not_relapsed_at_least
                percent: 85
                title: {vi: Ít nhất 85 % không phức tạp trở lại}
                requirement: {vi: từ 85 % trở lên}
                source: {document: KH thử, section: II.1, quote: Ít nhất 85% các địa bàn}
              - id: province-3
                kind: selected_at_most
                percent: 15
                title: {vi: Không quá 15 % số xã}
                requirement: {vi: không quá 15 %}
                source: {document: KH thử, section: III.2, quote: không vượt quá 15%}
            """;

    private static final String DRL = """
            package test.review;
            import vn.chuyenhoa.engine.rule.AreaFacts;
            import static vn.chuyenhoa.engine.rule.Checks.*;

            rule "every household reached"
                @criterion("propaganda")
            when
                $area : AreaFacts()
            then
                insert(criterion("propaganda", shareAtLeast($area, "households_reached", "households", "100")));
            end
            """;

    public static final Plan PLAN = Plan.compile(
            "test-plan",
            MANIFEST.getBytes(StandardCharsets.UTF_8),
            DRL.getBytes(StandardCharsets.UTF_8),
            TestCatalog.CATALOG);
    public static final Plans PLANS = Plans.of(TestCatalog.CATALOG, List.of(PLAN));
    public static final FactsReader READER = PLANS.reader();
    public static final String HEADER = "name;district;province;types;year;households;households_reached";

    private TestPlan() {}

    /** A row for an area ĐẠT ("P"), CHƯA ĐẠT ("F") or CHƯA ĐỦ DỮ LIỆU ("U"), in Huyện Nhơn Trạch, 2019. */
    public static String row(String name, char outcome) {
        String reached = switch (outcome) {
            case 'P' -> "100";
            case 'F' -> "99";
            case 'U' -> "";
            default -> throw new IllegalArgumentException("P, F or U");
        };
        return name + ";Huyện Nhơn Trạch;Đồng Nai;TTATXH;2019;100;" + reached;
    }

    /** Areas named A1, A2… with these outcomes ("PPFU"), read from CSV. */
    public static List<AreaInput> areas(String outcomes, String... extraRows) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < outcomes.length(); i++) {
            rows.add(row("A" + (i + 1), outcomes.charAt(i)));
        }
        rows.addAll(List.of(extraRows));
        return csv(String.join("\n", rows) + "\n");
    }

    public static List<AreaInput> csv(String text) {
        return CsvAreas.read(READER, "so-ket.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    public static ReviewResult review(List<AreaInput> inputs, ProvinceFigures figures) {
        return new Review(PLANS).run(inputs, new ReviewOptions(null, null, null, figures), Progress.NONE);
    }

    public static PlanManifest manifest() {
        return PLAN.manifest();
    }
}
