package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.golden.GoldenCase;
import vn.chuyenhoa.engine.golden.GoldenCases;

class TestCommandTest {
    private static final String PLAN = "45-KH-BCD-2023";
    private static final String WRONG_CASE =
            "Tuyên truyền 1.849 trong 1.850 hộ là thiếu một hộ nên chỉ tiêu phụ 4 không đạt";

    @Test
    @DisplayName("test runs every golden case of every shipped plan, one line per case named by its sentence; exit 0")
    void everyShippedCasePasses() {
        Run run = Run.of("test");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).as(run.out()).isEqualTo(0);
        int total = 0;
        for (Plan plan : Plans.load().all()) {
            List<GoldenCase> cases =
                    GoldenCases.of(plan, getClass().getClassLoader()).cases();
            total += cases.size();
            assertThat(run.out())
                    .contains(plan.manifest().reference() + " — " + cases.size() + " trường hợp mẫu"
                            + " (chuyenhoa/plans/" + plan.id() + "/" + plan.version() + ")\n");
            for (GoldenCase golden : cases) {
                assertThat(run.out()).contains("\n  đúng  " + golden.rule() + "\n");
            }
        }
        assertThat(run.out().lines().filter(l -> l.startsWith("  đúng  "))).hasSize(total);
        assertThat(run.out())
                .endsWith("Tổng: " + total + "/" + total + " trường hợp đúng, "
                        + Plans.load().all().size() + " bộ quy tắc — ĐẠT\ngolden: " + total + " passed, 0 failed\n");
    }

    @Test
    @DisplayName("A case whose verdict differs from what it expects fails with each difference listed, exit 1,"
            + " and --format junit writes the same result as JUnit XML")
    void failingCase(@TempDir Path root) throws Exception {
        PlanFolder copy = PlanFolder.copy(root, PLAN, "1.0.0");
        copy.edit("golden.yaml", g -> expectPassing(g, WRONG_CASE));
        Path junit = root.resolve("reports/golden.xml");
        String draft = PLAN + "@" + PlanFolder.DRAFT;
        Run run = Run.of("test", "--rules", root.toString(), "--format", "junit", junit.toString(), draft);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "\n  SAI   " + WRONG_CASE + "\n"
                                + "          - kết quả: cần PASS, thực tế FAIL\n"
                                + "          - sub-4: cần PASS, thực tế FAIL (Hộ được tuyên truyền: 1.849/1.850 hộ = 99,9 % (yêu cầu 100 %))\n")
                .contains("  26/27 đúng\n")
                .endsWith("Tổng: 26/27 trường hợp đúng, 1 bộ quy tắc — CÓ LỖI\ngolden: 26 passed, 1 failed\n");
        Run english = Run.of("test", "--rules", root.toString(), draft, "--lang", "en");
        assertThat(english.out())
                .contains(
                        "\n  FAIL  " + WRONG_CASE + "\n"
                                + "          - outcome: expected PASS, got FAIL\n"
                                + "          - sub-4: expected PASS, got FAIL (Hộ được tuyên truyền: 1.849/1.850 hộ = 99,9 % (yêu cầu 100 %))\n")
                .endsWith("golden: 26 passed, 1 failed\n");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo(draft);
        assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors")))
                .containsExactly("27", "1", "0");
        NodeList testcases = xml.getElementsByTagName("testcase");
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < testcases.getLength(); i++) {
            Element testcase = (Element) testcases.item(i);
            assertThat(testcase.getAttribute("classname")).isEqualTo(PLAN + ".v0_0_0");
            NodeList failures = testcase.getElementsByTagName("failure");
            if (failures.getLength() > 0) {
                failed.add(testcase.getAttribute("name") + " | " + ((Element) failures.item(0)).getAttribute("message")
                        + " | " + failures.item(0).getTextContent());
            }
        }
        assertThat(testcases.getLength()).isEqualTo(27);
        assertThat(failed)
                .containsExactly(
                        WRONG_CASE + " | outcome: expected PASS, got FAIL | outcome: expected PASS,"
                                + " got FAIL\nsub-4: expected PASS, got FAIL (Hộ được tuyên truyền: 1.849/1.850 hộ = 99,9 % (yêu cầu 100 %))");
    }

    /** The case's expectation turned from sub-4 not met (right) to met (wrong). */
    private static String expectPassing(String golden, String rule) {
        int at = golden.indexOf("  - rule: " + rule + "\n");
        int next = golden.indexOf("\n  - rule: ", at + 1);
        String block = golden.substring(at, next < 0 ? golden.length() : next);
        return golden.replace(
                block, block.replace("outcome: FAIL", "outcome: PASS").replace("sub-4: FAIL", "sub-4: PASS"));
    }

    @Test
    @DisplayName("A new version tried with --rules is compiled and tested beside the shipped one")
    void newVersionFromAuthoringFolder() {
        Run run = Run.of("test", "--lang", "en", "--rules", PlanFolder.AUTHORING, PLAN + "@1.0.0", PLAN + "@99.0.0");
        assertThat(run.exit()).as(run.out()).isEqualTo(0);
        assertThat(run.out())
                .contains(PLAN + "@1.0.0 — 27 golden cases (chuyenhoa/plans/45-KH-BCD-2023/1.0.0)\n")
                .contains(PLAN + "@99.0.0 — 29 golden cases (" + PlanFolder.AUTHORING + "/45-KH-BCD-2023/99.0.0)\n")
                .contains(
                        "\n  ok    Tuyên truyền 949 trong 1.000 hộ là 94,9 %, dưới 95 %, nên chỉ tiêu phụ 4 không đạt\n")
                .endsWith("Total: 56/56 cases pass, 2 rule sets — PASSED\ngolden: 56 passed, 0 failed\n");
    }

    @Test
    @DisplayName(
            "A report format other than junit, or an unknown plan, is a usage error, exit 2; --help shows the usage")
    void usage(@TempDir Path dir) {
        Run xml = Run.of("test", "--format", "xml", dir.resolve("out.xml").toString());
        assertThat(xml.exit()).isEqualTo(2);
        assertThat(xml.err())
                .contains("--format: nêu một lần, dạng --format junit TỆP (định dạng báo cáo duy nhất là junit), không"
                        + " phải xml");
        Run unknown = Run.of("test", "45-KH-BCD-2032");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("PLAN: không có kế hoạch \"45-KH-BCD-2032\"");
        Run help = Run.of("test", "--help");
        assertThat(help.exit()).isEqualTo(0);
        assertThat(help.out()).contains("Usage: chuyenhoa test [-hV]").contains("--format=junit FILE ");
    }
}
