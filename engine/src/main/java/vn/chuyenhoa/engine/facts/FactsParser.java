package vn.chuyenhoa.engine.facts;

import static vn.chuyenhoa.engine.facts.FactsReader.MAX_NAME_LENGTH;
import static vn.chuyenhoa.engine.facts.FactsReader.MAX_NESTING_DEPTH;
import static vn.chuyenhoa.engine.facts.FactsReader.MAX_NUMBER_LENGTH;
import static vn.chuyenhoa.engine.facts.FactsReader.MAX_STRING_LENGTH;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Phrase;

/**
 * A facts file's text parsed to a tree, JSON or YAML, within the reading limits of {@link FactsReader}: nesting,
 * the length of numbers, texts and keys, duplicate keys. Every failure is one {@link InputError} at the JSON path
 * and the line and column where the parser stopped, in the parser's own words made readable.
 */
final class FactsParser {
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build();
    /** What the parsers' own messages may quote of the text: a short prefix, never a file's contents. */
    private static final ErrorReportConfiguration QUOTED = ErrorReportConfiguration.builder()
            .maxErrorTokenLength(JsonPaths.SHOWN)
            .maxRawContentLength(0)
            .build();

    private static final JsonFactory JSON_FACTORY = JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            .errorReportConfiguration(QUOTED)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Made on the first YAML file: a run that reads only JSON does not load the YAML parser. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder()
                .streamReadConstraints(LIMITS)
                .errorReportConfiguration(QUOTED)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // "name:" with nothing after it is null, as in the YAML template: a field not filled in yet.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                // Only true and false are flags, as in JSON; YAML 1.1 would read "no" (and "No", "off") as false.
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();
    }

    private FactsParser() {}

    static JsonNode parse(String source, FactsReader.Format format, String text) {
        if (format == FactsReader.Format.YAML) {
            refuseAnchorsAndAliases(source, text);
        }
        try (JsonParser parser =
                format == FactsReader.Format.YAML ? Yaml.FACTORY.createParser(text) : JSON_FACTORY.createParser(text)) {
            try {
                JsonNode root = DocumentTree.read(parser);
                if (root == null || root.isMissingNode()) {
                    throw new InvalidInputException(InputErrors.emptyFile(source));
                }
                if (parser.nextToken() != null) {
                    throw new InvalidInputException(InputErrors.contentAfterDocument(source, where(parser, null)));
                }
                return root;
            } catch (NumberFormatException e) {
                // 1e99999999999: a number's exponent beyond what any decimal can hold, in JSON or YAML.
                throw new InvalidInputException(InputErrors.numberUnreadable(
                        source, JsonPaths.of(parser.getParsingContext()), where(parser, null)));
            } catch (StreamConstraintsException e) {
                throw new InvalidInputException(limitExceeded(source, parser, e));
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(syntaxError(source, format, parser, e));
            }
        } catch (IOException e) {
            // The parser reads a string in memory: there is no I/O to fail.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * YAML anchors ({@code &name}) and aliases ({@code *name}) are not part of a facts file: Jackson reads an alias as
     * the text of its name ({@code district: *n} would become "n"), and a facts file has nothing to repeat. Jackson
     * does not report an anchor on a single value, so SnakeYAML's events, which it reads the text with, are looked at
     * first; a syntax error is left to the reading that follows, which places it.
     */
    private static void refuseAnchorsAndAliases(String source, String text) {
        ParserImpl events = new ParserImpl(new StreamReader(text), new LoaderOptions());
        try {
            while (!events.checkEvent(Event.ID.StreamEnd)) {
                Event event = events.getEvent();
                if (event instanceof AliasEvent || event instanceof NodeEvent node && node.getAnchor() != null) {
                    Mark mark = event.getStartMark();
                    throw new InvalidInputException(InputErrors.yamlReference(
                            source, InputErrors.location(mark.getLine() + 1, mark.getColumn() + 1)));
                }
            }
        } catch (YAMLException e) {
            // Not YAML at all: the reading that follows says where and why.
        }
    }

    private static InputError limitExceeded(String source, JsonParser parser, StreamConstraintsException e) {
        String detail = e.getOriginalMessage();
        InputErrors.Limit kind;
        int limit = 0;
        if (detail.startsWith("Document nesting depth")) {
            kind = InputErrors.Limit.NESTING;
            limit = MAX_NESTING_DEPTH;
        } else if (detail.startsWith("Number value length")) {
            kind = InputErrors.Limit.NUMBER_LENGTH;
            limit = MAX_NUMBER_LENGTH;
        } else if (detail.startsWith("String value length")) {
            kind = InputErrors.Limit.STRING_LENGTH;
            limit = MAX_STRING_LENGTH;
        } else if (detail.startsWith("Name length")) {
            kind = InputErrors.Limit.KEY_LENGTH;
            limit = MAX_NAME_LENGTH;
        } else {
            kind = InputErrors.Limit.OTHER;
        }
        return InputErrors.limitExceeded(
                source,
                JsonPaths.of(parser.getParsingContext()),
                kind,
                limit,
                ParserWords.oneLine(detail),
                where(parser, e.getLocation()));
    }

    private static InputError syntaxError(
            String source, FactsReader.Format format, JsonParser parser, JsonProcessingException e) {
        String path = JsonPaths.of(parser.getParsingContext());
        String detail = ParserWords.detail(e);
        Phrase where = where(parser, e.getLocation());
        if (detail.startsWith("Duplicate field")) {
            return InputErrors.duplicateKey(source, path, where, ParserWords.of(detail));
        }
        return InputErrors.syntax(source, path, format.name(), where, ParserWords.of(detail));
    }

    private static Phrase where(JsonParser parser, JsonLocation reported) {
        return ParserWords.where(
                reported != null && reported.getLineNr() > 0 ? reported : parser.currentTokenLocation());
    }
}
