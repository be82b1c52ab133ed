package vn.chuyenhoa.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.testing.TestCatalog;

/**
 * What an error message shows of a file: a short prefix of what it found, never the file's contents, never a Java
 * class name; and YAML's anchors and aliases, which Jackson would read as the text of their names, are refused.
 */
class ShownInputTest {
    private static final FactsReader READER = new FactsReader(TestCatalog.CATALOG);
    /** A password file named by mistake (through a link, say) in place of a facts file. */
    private static final String SECRET =
            "root:$6$Zs8qL2wT9vK1mN4xR7pQ0aB3cD5eF6gH8iJ0kL1mN2oP3qR4sT5uV6wX7yZ8:19000:0:99999:7:::\n"
                    + "daemon:*:19000:0:99999:7:::\n"
                    + "admin:$6$Hh2Gg3Ff4Ee5Dd6Cc7Bb8Aa9Zz0Yy1Xx2Ww3Vv4Uu5Tt6Ss7Rr8Qq9Pp0Oo1:19000:0:99999:7:::\n";

    private static List<String> errors(String name, String content) {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> READER.read(name, content.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("an input error for " + name).isNotNull();
        return e.errors().stream().map(error -> error.message(Language.EN)).toList();
    }

    @Test
    @DisplayName("A secret file read as YAML is one error quoting 47 characters of its first line, not a line per key")
    void secretAsYaml() {
        assertThat(errors("secret.yaml", SECRET))
                .containsExactly(
                        "secret.yaml: $: not a facts file: none of its 3 keys is plan, area, year or facts (the"
                                + " first: \"root:$6$Zs8qL2wT9vK1mN4xR7pQ0aB3cD5eF6gH8iJ0kL1…\") — is it the right file?");
    }

    @Test
    @DisplayName("A facts file whose every key is misspelt is still a facts file: each key gets its suggestion")
    void misspeltKeysAreNotASecret() {
        assertThat(errors("area.json", "{\"aera\": {}, \"yaer\": 2023, \"fatcs\": {}}"))
                .startsWith(
                        "area.json: $.aera: unknown key \"aera\" — did you mean \"area\"?",
                        "area.json: $.yaer: unknown key \"yaer\" — did you mean \"year\"?",
                        "area.json: $.fatcs: unknown key \"fatcs\" — did you mean \"facts\"?");
    }

    @Test
    @DisplayName("A secret file read as JSON quotes at most 48 characters of the token the parser stopped at")
    void secretAsJson() {
        String token = "Zs8qL2wT9vK1mN4xR7pQ0aB3cD5eF6gH8iJ0kL1mN2oP3qR4sT5uV6wX7yZ8Zs8qL2wT9vK1mN4x";
        List<String> errors = errors("secret.json", token + "\n" + SECRET);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0))
                .startsWith("secret.json: $: invalid JSON (line 1, column 49): Unrecognized token"
                        + " 'Zs8qL2wT9vK1mN4xR7pQ0aB3cD5eF6gH8iJ0kL1mN2oP3qR4...'")
                .doesNotContain("daemon")
                .doesNotContain("Exception");
    }

    @Test
    @DisplayName("A YAML anchor and an alias are refused at their paths: district: *n no longer becomes \"n\"")
    void yamlAnchorsAndAliases() {
        String anchored = """
                area:
                  name: &n Phường 5
                  district: *n
                year: 2023
                facts: {}
                """;
        assertThat(errors("area.yaml", anchored))
                .containsExactly("area.yaml: $: invalid YAML (line 2, column 9): YAML anchors (&name) and aliases"
                        + " (*name) are not allowed; write each value itself");
        String aliased = """
                area: {name: Phường 5, district: *n}
                year: 2023
                facts: {}
                """;
        assertThat(errors("area.yaml", aliased))
                .containsExactly("area.yaml: $: invalid YAML (line 1, column 34): YAML anchors (&name) and"
                        + " aliases (*name) are not allowed; write each value itself");
    }
}
