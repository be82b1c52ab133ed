package vn.chuyenhoa.engine.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;

class ErrorCodesTest {
    @Test
    @DisplayName("docs/errors.md has a row for every error code, and no row for a code that does not exist")
    void everyCodeIsDocumented() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../docs/errors.md")).stream()
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(3, line.indexOf('`', 3)))
                .toList();
        assertThat(rows)
                .containsExactlyElementsOf(
                        Arrays.stream(ErrorCode.values()).map(ErrorCode::id).toList());
    }

    @Test
    @DisplayName("An error about a parameter names it as the reader's front end spells it, in text and in place")
    void parametersAreSpeltByTheFrontEnd() {
        InputError error = InputErrors.moreRelapsedThanTransformed(4, 3);
        Spelling options = parameter -> "--" + parameter.id().replace('_', '-');
        assertThat(error.message(Language.EN))
                .isEqualTo("relapsed: the areas complex again (4) cannot outnumber the"
                        + " areas transformed before (previously_transformed 3)");
        assertThat(error.message(Language.VI, options))
                .isEqualTo("--relapsed: số địa bàn phức tạp trở lại (4) không"
                        + " thể lớn hơn số địa bàn đã chuyển hóa thành công (--previously-transformed 3)");
        assertThat(error.code().id()).isEqualTo("invalid-value");
        assertThat(error.path()).isNull();
        assertThat(error.where(options)).isEqualTo("--relapsed");
    }
}
