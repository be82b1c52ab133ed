package vn.chuyenhoa.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The server's own {@code /openapi.json} as a test oracle. swagger-parser reads it and must find nothing wrong;
 * then each answer must be one the document declares — its path and method, its status (or the operation's
 * {@code default}), its media type — and a JSON body must fit the declared schema, checked by json-schema-validator
 * in the OpenAPI 3.1 dialect (JSON Schema 2020-12). Neither library knows the server.
 */
final class OpenApiContract {
    private static final String IRI = "https://chuyenhoa.invalid/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchemaFactory schemas;

    OpenApiContract(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(text, null, options);
        assertThat(parsed.getMessages())
                .as("what swagger-parser finds wrong with /openapi.json")
                .isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        this.document = read(text.getBytes(StandardCharsets.UTF_8));
        this.schemas = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(OpenApi31.getInstance())
                        .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                        .schemaLoaders(loaders -> loaders.schemas(Map.of(IRI, text))));
    }

    /** Checks one answer to {@code method path} (the path without its query). */
    void check(String method, String path, int status, String contentType, byte[] body) {
        String mediaType = contentType == null ? null : contentType.split(";", 2)[0].strip();
        String where = method + " " + path + " → " + status + " " + contentType + ":\n"
                + new String(body, StandardCharsets.UTF_8);
        String operation = operation(method.toLowerCase(Locale.ROOT), path);
        if (operation == null) {
            // A path or a method the document does not have: the answer is a problem all the same.
            assertThat(mediaType).as(where).isEqualTo("application/problem+json");
            validate("/components/schemas/Problem", body, where);
            return;
        }
        String response = operation + "/responses/" + escape(Integer.toString(status));
        if (document.at(response).isMissingNode()) {
            response = operation + "/responses/default";
        }
        assertThat(document.at(response).isMissingNode())
                .as("status %d is not declared: %s", status, where)
                .isFalse();
        JsonNode reference = document.at(response).get("$ref");
        if (reference != null) {
            response = reference.asText().substring(1);
        }
        String content = response + "/content/" + escape(mediaType == null ? "" : mediaType);
        assertThat(document.at(content).isMissingNode())
                .as("media type not declared for the status: %s", where)
                .isFalse();
        if (mediaType.endsWith("json")) {
            validate(content + "/schema", body, where);
        } else {
            assertThat(body).as(where).isNotEmpty();
        }
    }

    private void validate(String pointer, byte[] body, String where) {
        JsonSchema schema = schemas.getSchema(SchemaLocation.of(IRI + "#" + pointer));
        assertThat(schema.validate(read(body))).as(where).isEmpty();
    }

    /** The JSON pointer of the operation that {@code method path} is, or null. */
    private String operation(String method, String path) {
        for (Map.Entry<String, JsonNode> entry : document.get("paths").properties()) {
            if (path.matches(entry.getKey().replace(".", "\\.").replaceAll("\\{[^}]+}", "[^/]+"))
                    && entry.getValue().has(method)) {
                return "/paths/" + escape(entry.getKey()) + "/" + method;
            }
        }
        return null;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
