package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The JUnit XML of {@code test --format junit} against a strict schema of Ant's format
 * ({@code src/test/resources/junit/ant-junit.xsd}, which says where it comes from), checked by the JDK's own
 * validator: a shipped version that passes, a draft with a wrong and an unevaluable case, and a draft whose cases
 * cannot run, in one report.
 */
class JunitReportTest {
    private static final String PLAN = "45-KH-BCD-2023";
    private static final String WRONG =
            "Tuyên truyền 1.849 trong 1.850 hộ là thiếu một hộ nên chỉ tiêu phụ 4 không đạt";
    private static final String UNREADABLE = "Ban Chỉ đạo đánh giá chưa đạt tiêu chí chung thì địa bàn CHƯA ĐẠT";

    @Test
    @DisplayName("The JUnit XML passes a strict Ant schema: times on the report, each suite and case, a suite's UTC"
            + " start and host; class names put a version under its plan at their only dot")
    void strictAntSchema(@TempDir Path root) throws Exception {
        PlanFolder wrong = PlanFolder.copy(root, PLAN, "1.0.0");
        wrong.edit(
                "golden.yaml",
                golden -> golden.replace(
                                "  - rule: " + WRONG + "\n    facts: {households_reached: 1849}\n    outcome: FAIL",
                                "  - rule: " + WRONG + "\n    facts: {households_reached: 1849}\n    outcome: PASS")
                        .replace(
                                "  - rule: " + UNREADABLE + "\n    facts: {general_criteria_met: false}",
                                "  - rule: " + UNREADABLE + "\n    facts: {general_criteria_met: \"chưa\"}"));
        PlanFolder noCases = PlanFolder.copy(root, PLAN, "1.0.0", "0.0.1");
        Files.delete(noCases.file("golden.yaml"));
        Path report = root.resolve("reports/golden.xml");

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Run run = Run.of(
                "test",
                "--rules",
                root.toString(),
                "--format",
                "junit",
                report.toString(),
                PLAN + "@1.0.0",
                PLAN + "@0.0.0",
                PLAN + "@0.0.1");
        Instant after = Instant.now();
        assertThat(run.exit()).as(run.out()).isEqualTo(1);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        schema().newValidator().validate(new DOMSource(xml));

        Element all = xml.getDocumentElement();
        assertThat(List.of(all.getAttribute("tests"), all.getAttribute("failures"), all.getAttribute("errors")))
                .containsExactly("55", "1", "2");
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        List<String> shown = new ArrayList<>();
        BigDecimal suitesTime = BigDecimal.ZERO;
        for (int s = 0; s < suites.getLength(); s++) {
            Element suite = (Element) suites.item(s);
            Instant started =
                    LocalDateTime.parse(suite.getAttribute("timestamp")).toInstant(ZoneOffset.UTC);
            assertThat(started).isBetween(before, after);
            assertThat(suite.getAttribute("hostname"))
                    .isEqualTo(InetAddress.getLocalHost().getHostName());
            BigDecimal suiteTime = seconds(suite.getAttribute("time"));
            suitesTime = suitesTime.add(suiteTime);
            NodeList cases = suite.getElementsByTagName("testcase");
            BigDecimal casesTime = BigDecimal.ZERO;
            for (int c = 0; c < cases.getLength(); c++) {
                Element testcase = (Element) cases.item(c);
                casesTime = casesTime.add(seconds(testcase.getAttribute("time")));
                String problem = testcase.getElementsByTagName("failure").getLength() > 0
                        ? "failure"
                        : testcase.getElementsByTagName("error").getLength() > 0 ? "error" : "ok";
                if (!problem.equals("ok")) {
                    shown.add(suite.getAttribute("name") + " | " + testcase.getAttribute("classname") + " | "
                            + testcase.getAttribute("name") + " | " + problem);
                }
            }
            // Each case's time is part of its suite's, which also holds loading the rules; rounding to the
            // millisecond may put the cases' sum up to half a millisecond a case above it.
            assertThat(casesTime)
                    .isLessThanOrEqualTo(
                            suiteTime.add(new BigDecimal("0.0005").multiply(BigDecimal.valueOf(cases.getLength()))));
        }
        assertThat(seconds(all.getAttribute("time")))
                .isCloseTo(suitesTime, org.assertj.core.api.Assertions.within(new BigDecimal("0.002")));
        assertThat(shown)
                .containsExactly(
                        PLAN + "@0.0.0 | " + PLAN + ".v0_0_0 | " + UNREADABLE + " | error",
                        PLAN + "@0.0.0 | " + PLAN + ".v0_0_0 | " + WRONG + " | failure",
                        PLAN + "@0.0.1 | " + PLAN + ".v0_0_1 | the rule set loads and its golden cases can be read"
                                + " | error");
        Element first = (Element) xml.getElementsByTagName("testcase").item(0);
        String className = first.getAttribute("classname");
        assertThat(className).isEqualTo(PLAN + ".v1_0_0");
        assertThat(className.substring(0, className.lastIndexOf('.')))
                .as("the part a reader takes for the package")
                .isEqualTo(PLAN);
    }

    @Test
    @DisplayName("The schema is strict: a report without a case's time, or with an attribute Ant does not write,"
            + " is refused")
    void schemaIsStrict(@TempDir Path root) throws Exception {
        Path report = root.resolve("golden.xml");
        assertThat(Run.of("test", PLAN + "@1.0.0", "--format", "junit", report.toString())
                        .exit())
                .isZero();
        Schema schema = schema();
        Document noTime =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        ((Element) noTime.getElementsByTagName("testcase").item(0)).removeAttribute("time");
        assertThatThrownBy(() -> schema.newValidator().validate(new DOMSource(noTime)))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("time");
        Document extra =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        ((Element) extra.getElementsByTagName("testsuite").item(0)).setAttribute("started", "now");
        assertThatThrownBy(() -> schema.newValidator().validate(new DOMSource(extra)))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("started");
    }

    private static Schema schema() throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try (var xsd = JunitReportTest.class.getResourceAsStream("/junit/ant-junit.xsd")) {
            return factory.newSchema(new javax.xml.transform.stream.StreamSource(xsd));
        }
    }

    private static BigDecimal seconds(String time) {
        assertThat(time).matches("\\d+\\.\\d{3}");
        return new BigDecimal(time);
    }
}
