package vn.chuyenhoa.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.golden.GoldenCases;
import vn.chuyenhoa.engine.golden.GoldenSuite;
import vn.chuyenhoa.engine.output.OutputFiles;

/**
 * Golden-case results as JUnit XML, the report CI systems read, in Apache Ant's form (the strictest readers ask
 * for every attribute Ant writes: times, the suite's start and host): one {@code testsuite} per rule-set version,
 * one {@code testcase} per golden case named by its sentence; a wrong verdict is a {@code failure}, a case that
 * cannot be evaluated (or a version whose cases cannot run) an {@code error}. The one output that is not the same
 * bytes from run to run (DESIGN 1.4): it carries times.
 *
 * <p>A testcase's {@code classname} is {@link #className the plan id, a dot, and the version with underscores}
 * ({@code 45-KH-BCD-2023.v1_0_0}): readers that take the part after the last dot as the class (Jenkins, Ant's
 * junitreport) then file each version under its plan, instead of splitting {@code 1.0.0} into "package 1.0" and
 * "class 0".
 */
final class JunitXml {
    private static final String LOAD = "the rule set loads and its golden cases can be read";
    /** Ant's timestamp: ISO 8601 to the second, without a zone; ours is UTC. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private JunitXml() {}

    static void write(List<GoldenSuite> suites, Path file, OutputFiles files) {
        files.write(file, out -> {
            try {
                // The JDK's own writer, not whichever StAX library is on the class path (the Excel reader brings one):
                // the same report whatever the jar holds.
                XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
                xml.writeStartDocument("UTF-8", "1.0");
                newline(xml, 0);
                xml.writeStartElement("testsuites");
                xml.writeAttribute("name", "chuyenhoa test");
                counts(
                        xml,
                        suites.stream().mapToLong(JunitXml::tests).sum(),
                        suites.stream().mapToLong(JunitXml::failures).sum(),
                        suites.stream().mapToLong(JunitXml::errors).sum());
                xml.writeAttribute(
                        "time",
                        seconds(suites.stream().map(s -> s.timing().total()).reduce(Duration.ZERO, Duration::plus)));
                String host = hostname();
                for (GoldenSuite suite : suites) {
                    suite(xml, suite, host);
                }
                newline(xml, 0);
                xml.writeEndElement();
                newline(xml, 0);
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                // The XML writer only fails when the file below it does.
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    private static void suite(XMLStreamWriter xml, GoldenSuite suite, String host) throws XMLStreamException {
        GoldenSuite.Timing timing = suite.timing();
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite.reference());
        counts(xml, tests(suite), failures(suite), errors(suite));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(timing.total()));
        xml.writeAttribute(
                "timestamp",
                TIMESTAMP.format(
                        timing.started().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        xml.writeAttribute("hostname", host);
        newline(xml, 2);
        xml.writeEmptyElement("properties");
        if (!suite.problems().isEmpty()) {
            // In English, as the cases' differences are: CI systems read this report.
            String message =
                    suite.problems().stream().map(p -> p.line(Language.EN)).collect(Collectors.joining("\n"));
            // Nothing ran but the loading, which the suite's whole time measures.
            testcase(
                    xml,
                    suite,
                    LOAD,
                    timing.total(),
                    "error",
                    suite.problems().get(0).line(Language.EN),
                    message);
        }
        for (int i = 0; i < suite.results().size(); i++) {
            GoldenCases.Result result = suite.results().get(i);
            String kind = result.passed() ? null : result.evaluated() ? "failure" : "error";
            testcase(
                    xml,
                    suite,
                    result.golden().rule(),
                    timing.cases().get(i),
                    kind,
                    result.passed() ? null : result.differences().get(0),
                    String.join("\n", result.differences()));
        }
        newline(xml, 2);
        xml.writeEmptyElement("system-out");
        newline(xml, 2);
        xml.writeEmptyElement("system-err");
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void testcase(
            XMLStreamWriter xml,
            GoldenSuite suite,
            String name,
            Duration time,
            String kind,
            String message,
            String detail)
            throws XMLStreamException {
        newline(xml, 2);
        if (kind == null) {
            xml.writeEmptyElement("testcase");
            attributes(xml, suite, name, time);
            return;
        }
        xml.writeStartElement("testcase");
        attributes(xml, suite, name, time);
        newline(xml, 3);
        xml.writeStartElement(kind);
        xml.writeAttribute("message", message);
        xml.writeAttribute("type", kind.equals("failure") ? "verdict differs" : "cannot run");
        xml.writeCharacters(detail);
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void attributes(XMLStreamWriter xml, GoldenSuite suite, String name, Duration time)
            throws XMLStreamException {
        xml.writeAttribute("classname", className(suite));
        xml.writeAttribute("name", name);
        xml.writeAttribute("time", seconds(time));
    }

    /** {@code 45-KH-BCD-2023.v1_0_0}: one dot, between the plan (a "package") and its version (a "class"). */
    private static String className(GoldenSuite suite) {
        return suite.entry().files().id() + ".v"
                + suite.entry().files().version().replace('.', '_');
    }

    /** Seconds to the millisecond, as Ant writes them ("0.042"). */
    private static String seconds(Duration time) {
        return BigDecimal.valueOf(time.toNanos(), 9)
                .setScale(3, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** The machine's name, or "localhost" when it has none (as Ant does). */
    private static String hostname() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.isBlank() ? "localhost" : name;
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static void counts(XMLStreamWriter xml, long tests, long failures, long errors) throws XMLStreamException {
        xml.writeAttribute("tests", Long.toString(tests));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", Long.toString(errors));
    }

    private static long tests(GoldenSuite suite) {
        return suite.results().size() + (suite.problems().isEmpty() ? 0 : 1);
    }

    private static long failures(GoldenSuite suite) {
        return suite.results().stream()
                .filter(r -> r.evaluated() && !r.passed())
                .count();
    }

    private static long errors(GoldenSuite suite) {
        return suite.results().stream().filter(r -> !r.evaluated()).count()
                + (suite.problems().isEmpty() ? 0 : 1);
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
