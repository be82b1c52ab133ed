package vn.chuyenhoa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.chuyenhoa.engine.golden.GoldenCases;
import vn.chuyenhoa.engine.golden.GoldenSuite;
import vn.chuyenhoa.engine.output.OutputFiles;

/**
 * Golden-case results as JUnit XML, the report CI systems read: one {@code testsuite} per rule-set version,
 * one {@code testcase} per golden case named by its sentence; a wrong verdict is a {@code failure}, a case
 * that cannot be evaluated (or a version whose cases cannot run) an {@code error}. No timestamps or
 * durations, so the same results give the same bytes.
 */
final class JunitXml {
    private static final String LOAD = "the rule set loads and its golden cases can be read";

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
                for (GoldenSuite suite : suites) {
                    suite(xml, suite);
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

    private static void suite(XMLStreamWriter xml, GoldenSuite suite) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite.reference());
        counts(xml, tests(suite), failures(suite), errors(suite));
        xml.writeAttribute("skipped", "0");
        if (!suite.problems().isEmpty()) {
            String message = suite.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
            testcase(xml, suite, LOAD, "error", suite.problems().get(0).toString(), message);
        }
        for (GoldenCases.Result result : suite.results()) {
            String kind = result.passed() ? null : result.evaluated() ? "failure" : "error";
            testcase(
                    xml,
                    suite,
                    result.golden().rule(),
                    kind,
                    result.passed() ? null : result.differences().get(0),
                    String.join("\n", result.differences()));
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void testcase(
            XMLStreamWriter xml, GoldenSuite suite, String name, String kind, String message, String detail)
            throws XMLStreamException {
        newline(xml, 2);
        if (kind == null) {
            xml.writeEmptyElement("testcase");
            attributes(xml, suite, name);
            return;
        }
        xml.writeStartElement("testcase");
        attributes(xml, suite, name);
        newline(xml, 3);
        xml.writeStartElement(kind);
        xml.writeAttribute("message", message);
        xml.writeAttribute("type", kind.equals("failure") ? "verdict differs" : "cannot run");
        xml.writeCharacters(detail);
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void attributes(XMLStreamWriter xml, GoldenSuite suite, String name) throws XMLStreamException {
        xml.writeAttribute("classname", suite.reference());
        xml.writeAttribute("name", name);
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
