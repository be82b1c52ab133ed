package vn.chuyenhoa.engine.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** JSON output that is the same bytes on every machine: two-space indents and {@code \n}, whatever the platform. */
public final class StableJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private StableJson() {}

    /** What writes one JSON document to a generator. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** The document {@code body} writes, as text ending in {@code \n}. */
    public static String text(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = generator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** A generator writing to {@code out}, which it leaves open. */
    public static JsonGenerator generator(Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return FACTORY.createGenerator(out).setPrettyPrinter(printer).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}
