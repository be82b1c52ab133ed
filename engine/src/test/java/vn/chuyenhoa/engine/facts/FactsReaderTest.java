package vn.chuyenhoa.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.Manifests;

class FactsReaderTest {
    private static final Path SAMPLE = Path.of("../samples/tra-vinh-2023/phuong-5.json");
    private static final FactsReader READER = new FactsReader(catalog());

    private static FactCatalog catalog() {
        try {
            return Manifests.readCatalog(
                    "facts.yaml", Files.readAllBytes(Path.of("../rules/src/main/resources/chuyenhoa/facts.yaml")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String sample() throws IOException {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    private static List<String> errors(String name, String text) {
        return errors(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(String name, byte[] content) {
        FactsReader.Reading reading = READER.examine(name, content);
        return reading.errors().stream().map(e -> e.message(Language.VI)).toList();
    }

    /** The sample with {@code replacement} in place of {@code target}, which must be there. */
    private static String sampleWith(String target, String replacement) throws IOException {
        String text = sample();
        assertThat(text).contains(target);
        return text.replace(target, replacement);
    }

    @Test
    @DisplayName("A YAML facts file means exactly what the same file in JSON means")
    void yamlReadsLikeJson() throws IOException {
        FactsFile json = READER.read("phuong-5.json", sample().getBytes(StandardCharsets.UTF_8));
        String yaml = new YAMLMapper().writeValueAsString(new ObjectMapper().readTree(sample()));
        for (String name : List.of("phuong-5.yaml", "PHUONG-5.YML")) {
            FactsFile read = READER.read(name, yaml.getBytes(StandardCharsets.UTF_8));
            assertThat(read.plan()).isEqualTo(json.plan());
            assertThat(read.area()).isEqualTo(json.area());
            assertThat(read.year()).isEqualTo(json.year());
            assertThat(read.facts()).isEqualTo(json.facts());
            assertThat(read.evidence()).isEqualTo(json.evidence());
        }
        assertThat(json.facts())
                .hasSize(15)
                .containsEntry("households", 1850L)
                .containsEntry("general_criteria_met", true);
    }

    @Test
    @DisplayName("In YAML an empty value is a missing fact, and only JSON's numbers and true/false are figures")
    void yamlFollowsJsonRules() {
        String yaml = """
                plan: 45-KH-BCD-2023
                area:
                  name: Phường 5
                year: 2023
                facts:
                  households:
                  households_reached: 010
                  effective_models: 1_000
                  new_drug_points: 0x0
                  drug_situation_complex: no
                  general_criteria_met: true
                """;
        String count = "cần một số nguyên ≥ 0 (để null nếu chưa có số liệu), gặp ";
        String decimals = " — viết số nguyên dạng thập phân, không có số 0 ở đầu, dấu + hay dấu _";
        assertThat(errors("a.yaml", yaml))
                .containsExactly(
                        "a.yaml: $.facts.households_reached: " + count + "\"010\"" + decimals
                                + " — có phải ý bạn là \"10\"?",
                        "a.yaml: $.facts.effective_models: " + count + "\"1_000\"" + decimals
                                + " — có phải ý bạn là \"1000\"?",
                        "a.yaml: $.facts.new_drug_points: " + count + "\"0x0\"" + decimals,
                        "a.yaml: $.facts.drug_situation_complex: cần true hoặc false, viết không có dấu ngoặc kép"
                                + " (để null nếu chưa có kết luận), gặp \"no\"");
        FactsFile read =
                READER.examine("a.yaml", yaml.getBytes(StandardCharsets.UTF_8)).file();
        assertThat(read.facts()).containsExactly(java.util.Map.entry("general_criteria_met", true));
    }

    @Test
    @DisplayName("A byte-order mark and Windows line ends are fine, in JSON and in YAML")
    void byteOrderMarkAndCrlf() throws IOException {
        String crlf = sample().replace("\n", "\r\n");
        String yaml = new YAMLMapper()
                .writeValueAsString(new ObjectMapper().readTree(sample()))
                .replace("\n", "\r\n");
        for (String[] file : new String[][] {{"bom.json", crlf}, {"bom.yaml", yaml}}) {
            byte[] text = file[1].getBytes(StandardCharsets.UTF_8);
            byte[] withMark = new byte[text.length + 3];
            withMark[0] = (byte) 0xEF;
            withMark[1] = (byte) 0xBB;
            withMark[2] = (byte) 0xBF;
            System.arraycopy(text, 0, withMark, 3, text.length);
            FactsFile read = READER.read(file[0], withMark);
            assertThat(read.area().name()).isEqualTo("Phường 5");
            assertThat(read.facts()).hasSize(15);
        }
    }

    @Test
    @DisplayName("Bytes that are not UTF-8 are refused with the line of the first bad byte and how to fix it")
    void notUtf8() throws IOException {
        byte[] legacy = sample().replace("Phường 5", "Ph\u01B0\u1EDDng 5")
                .getBytes(java.nio.charset.Charset.forName("windows-1258"));
        assertThat(errors("cp1258.json", legacy))
                .containsExactly("cp1258.json: $: tệp không phải văn bản UTF-8: byte 0xFD"
                        + " ở dòng 4 không hợp lệ; hãy lưu lại tệp với bảng mã Unicode UTF-8 (tệp gõ bằng bảng mã TCVN3, VNI hay"
                        + " Windows-1258 cần chuyển mã)");
        assertThat(errors("utf16.yaml", sample().getBytes(StandardCharsets.UTF_16LE)))
                .containsExactly(
                        "utf16.yaml: $: tệp có"
                                + " ký tự NUL (mã 0) ở dòng 1: tệp không phải văn bản, hoặc được lưu với bảng mã UTF-16 — hãy lưu lại với bảng mã UTF-8");
        assertThat(errors("utf16.json", sample().getBytes(StandardCharsets.UTF_16)))
                .containsExactly(
                        "utf16.json: $: tệp được lưu với bảng mã UTF-16 (\"Unicode\"): hãy lưu lại với bảng mã UTF-8");
    }

    @Test
    @DisplayName("Each read limit exceeded is a clear error at its place, in JSON and in YAML")
    void limits() throws IOException {
        String deep = "[".repeat(20) + "]".repeat(20);
        assertThat(errors("deep.json", sampleWith("\"evidence\": {", "\"evidence\": {\"drug_cases\": " + deep + ", ")))
                .containsExactly(
                        "deep.json: $.evidence.drug_cases[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: tệp vượt"
                                + " giới hạn: lồng nhau quá sâu (quá 16 cấp) (dòng 27, cột 44)");
        assertThat(errors("deep.yaml", "evidence:\n  drug_cases: " + deep + "\n"))
                .singleElement()
                .asString()
                .startsWith(
                        "deep.yaml: $.evidence.drug_cases[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: tệp vượt giới hạn:"
                                + " lồng nhau quá sâu (quá 16 cấp)");
        String digits = "1".repeat(41);
        assertThat(errors("long.json", sampleWith("\"households\": 1850", "\"households\": " + digits)))
                .containsExactly(
                        "long.json: $.facts.households: tệp vượt giới hạn: số quá dài (quá 40 chữ số) (dòng 21, cột 5)");
        assertThat(errors("long.yaml", "facts:\n  households: " + digits + "\n"))
                .containsExactly(
                        "long.yaml: $.facts.households: tệp vượt giới hạn: số quá dài (quá 40 chữ số) (dòng 2, cột 15)");
        String text = "x".repeat(10_001);
        assertThat(errors("text.json", sampleWith("\"name\": \"Phường 5\"", "\"name\": \"" + text + "\"")))
                .containsExactly(
                        "text.json: $.area.name: tệp vượt giới hạn: chuỗi quá dài (quá 10.000 ký tự) (dòng 4, cột 13)");
        assertThat(errors("text.yaml", "area:\n  name: " + text + "\n"))
                .containsExactly(
                        "text.yaml: $.area.name: tệp vượt giới hạn: chuỗi quá dài (quá 10.000 ký tự) (dòng 2, cột 9)");
        String key = "k".repeat(201);
        assertThat(errors("key.json", "{\"facts\": {\"" + key + "\": 1}}"))
                .containsExactly(
                        "key.json: $.facts: tệp vượt giới hạn: tên khóa quá dài (quá 200 ký tự) (dòng 1, cột 11)");
        assertThat(errors("key.yaml", "facts:\n  " + key + ": 1\n"))
                .containsExactly("key.yaml: $.facts[\"" + "k".repeat(47)
                        + "…\"]: tệp vượt giới hạn: tên khóa quá dài (quá 200 ký tự) (dòng 2, cột 3)");
        byte[] large = (sample() + " ".repeat(FactsReader.MAX_FILE_BYTES)).getBytes(StandardCharsets.UTF_8);
        assertThat(errors("large.json", large))
                .containsExactly("large.json: $: tệp lớn hơn giới hạn 1.048.576 byte (1 MiB);"
                        + " một tệp số liệu chỉ vài KB: có chọn nhầm tệp không?");
    }

    @Test
    @DisplayName(
            "A number whose exponent no decimal can hold is an input error, in JSON and in YAML (found by FactsFuzzTest)")
    void exponentBeyondAnyDecimal() throws IOException {
        String exponent = "1e99999999999999999999999";
        assertThat(errors("e.json", sampleWith("\"households\": 1850", "\"households\": " + exponent)))
                .containsExactly("e.json: $.facts.households: số không đọc được (dòng 21, cột 19): số mũ quá lớn");
        assertThat(errors("e.yaml", "facts:\n  households: " + exponent + "\n"))
                .containsExactly("e.yaml: $.facts.households: số không đọc được (dòng 2, cột 15): số mũ quá lớn");
        assertThat(errors("tag.yaml", "facts:\n  households: !!int 1e3\n"))
                .contains("tag.yaml: $.facts.households:"
                        + " cần một số nguyên ≥ 0 (để null nếu chưa có số liệu), gặp \"1e3\"");
    }

    @Test
    @DisplayName("A file larger than the limit is refused without being read whole")
    void largeFileOnDisk(@TempDir Path dir) throws IOException {
        Path large = dir.resolve("large.json");
        Files.write(large, new byte[FactsReader.MAX_FILE_BYTES * 4]);
        assertThatThrownBy(() -> READER.read(large))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .extracting(error -> error.text(Language.VI))
                                .asString()
                                .startsWith("tệp lớn hơn giới hạn"));
    }

    @Test
    @DisplayName("Every error of a file is reported at once, and the rest of the file is still read")
    void everyErrorAtOnce() throws IOException {
        String text = sampleWith("\"households\": 1850", "\"househods\": 1850")
                .replace("\"drug_cases\": 4", "\"drug_cases\": -4")
                .replace("\"effective_models\": 2", "\"effective_models\": \"2\"");
        FactsReader.Reading reading = READER.examine("three.json", text.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.errors())
                .extracting(e -> e.message(Language.VI))
                .containsExactly(
                        "three.json: $.facts.drug_cases: cần một số nguyên ≥ 0, gặp số âm -4",
                        "three.json: $.facts.househods: số liệu không có trong danh mục: \"househods\" — có phải ý bạn là \"households\"?",
                        "three.json: $.facts.effective_models: cần một số nguyên ≥ 0 (để null nếu chưa có số liệu), gặp \"2\""
                                + " — viết số không có dấu ngoặc kép");
        assertThat(reading.file().year()).isEqualTo(2023);
        assertThat(reading.file().facts())
                .hasSize(12)
                .doesNotContainKeys("drug_cases", "effective_models", "househods");
    }

    @Test
    @DisplayName("A count written with a thousands separator, 1.850, is refused with 1850 suggested")
    void thousandsSeparator() throws IOException {
        assertThat(errors("vi.json", sampleWith("\"households\": 1850", "\"households\": 1.850")))
                .containsExactly(
                        "vi.json: $.facts.households: cần một số nguyên ≥ 0 (để null nếu chưa có số liệu), gặp số có"
                                + " phần lẻ 1.850 — số nguyên viết liền, không có dấu phân cách hàng nghìn — có phải ý bạn là \"1850\"?");
        assertThat(errors("vi.yaml", "facts:\n  households: 1,850\n"))
                .contains("vi.yaml: $.facts.households: cần một số"
                        + " nguyên ≥ 0 (để null nếu chưa có số liệu), gặp \"1,850\" — số nguyên viết liền, không có dấu phân cách"
                        + " hàng nghìn — có phải ý bạn là \"1850\"?");
    }

    @Test
    @DisplayName("Syntax errors and extra documents give the line, the column and the parser's words, on one line")
    void syntaxErrors() {
        assertThat(errors("bad.json", "{\"year\": 2023,\n \"facts\": [1, 2}"))
                .singleElement()
                .asString()
                .isEqualTo(
                        "bad.json: $.facts[1]: JSON không hợp lệ (dòng 2, cột 16): dấu đóng '}' không khớp: cần ']'");
        assertThat(errors("bad.yaml", "year: 2023\nfacts: [1, 2\n"))
                .containsExactly("bad.yaml: $.facts[1]: YAML không hợp lệ"
                        + " (dòng 2, cột 13): danh sách [ … ] chưa đóng hoặc thiếu dấu phẩy: cần ',' hoặc ']'");
        assertThat(errors("two.json", "{}\n{}"))
                .containsExactly("two.json: $: có nội dung thừa sau khi tệp đã kết thúc"
                        + " (dòng 2, cột 1): mỗi tệp chỉ chứa số liệu của một địa bàn");
        assertThat(errors("two.yaml", "year: 2023\n---\nyear: 2024\n"))
                .singleElement()
                .asString()
                .startsWith("two.yaml: $: có nội dung thừa sau khi tệp đã kết thúc (dòng 3");
        assertThat(errors("dup.yaml", "year: 2023\nyear: 2024\n"))
                .singleElement()
                .asString()
                .startsWith("dup.yaml: $.year: khóa bị lặp lại (dòng 2, cột");
        assertThat(errors("empty.yaml", "# nothing\n"))
                .containsExactly("empty.yaml: $: tệp rỗng, cần các mục plan, area, year, facts");
    }

    @Test
    @DisplayName("The format follows the file name: .yaml and .yml in any case are YAML, anything else JSON")
    void formatByExtension() {
        assertThat(FactsReader.Format.of("a.yaml")).isEqualTo(FactsReader.Format.YAML);
        assertThat(FactsReader.Format.of("A.YML")).isEqualTo(FactsReader.Format.YAML);
        assertThat(FactsReader.Format.of("a.json")).isEqualTo(FactsReader.Format.JSON);
        assertThat(FactsReader.Format.of("a.txt")).isEqualTo(FactsReader.Format.JSON);
        assertThat(FactsReader.Format.of("yaml")).isEqualTo(FactsReader.Format.JSON);
    }

    @Test
    @DisplayName("A whole number is a count whatever its notation (1850.0, 1.85e3, 18500e-1, \"year\": 2023.0), in JSON"
            + " and YAML; 1850.5 is a fraction, 1e999999999 too large (never written out), 1.000 a thousands separator")
    void wholeNumbersInAnyNotation() throws IOException {
        for (String households : List.of("1850.0", "1.85e3", "1.850E+3", "18500e-1", "1850.000000")) {
            String text = sampleWith("\"households\": 1850", "\"households\": " + households)
                    .replace("\"year\": 2023", "\"year\": 2023.0");
            FactsFile read = READER.read("whole.json", text.getBytes(StandardCharsets.UTF_8));
            assertThat(read.facts()).as(households).containsEntry("households", 1850L);
            assertThat(read.year()).isEqualTo(2023);
            FactsFile yaml = READER.read(
                    "whole.yaml",
                    ("area: {name: X}\nyear: 2.023e3\nfacts:\n  households: " + households + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(yaml.facts()).containsEntry("households", 1850L);
            assertThat(yaml.year()).isEqualTo(2023);
        }
        assertThat(errors("half.json", sampleWith("\"households\": 1850", "\"households\": 1850.5")))
                .containsExactly("half.json: $.facts.households: cần một số nguyên ≥ 0 (để null nếu chưa có số liệu),"
                        + " gặp số có phần lẻ 1850.5");
        assertThat(errors("huge.json", sampleWith("\"households\": 1850", "\"households\": 1e999999999")))
                .containsExactly("huge.json: $.facts.households: số quá lớn: 1E+999999999");
        assertThat(errors("huge.yaml", "area: {name: X}\nyear: 2023\nfacts:\n  drug_cases: 9.3e18\n"))
                .containsExactly("huge.yaml: $.facts.drug_cases: số quá lớn: 9.3E+18");
        assertThat(errors("year.json", sampleWith("\"year\": 2023", "\"year\": 1e999999999")))
                .containsExactly("year.json: $.year: cần một năm từ 1990 đến 2100, gặp 1E+999999999");
        assertThat(errors("neg.json", sampleWith("\"households\": 1850", "\"households\": -1.85e3")))
                .containsExactly("neg.json: $.facts.households: cần một số nguyên ≥ 0, gặp số âm -1.85E+3");
        assertThat(errors("grouped.json", sampleWith("\"households\": 1850", "\"households\": 1.000")))
                .containsExactly("grouped.json: $.facts.households: cần một số nguyên ≥ 0 (để null nếu chưa có số"
                        + " liệu), gặp 1.000 — số nguyên viết liền, không có dấu phân cách hàng nghìn — có phải ý"
                        + " bạn là \"1000\"?");
    }

    @Test
    @DisplayName(
            "Areas ĐẠT and areas CHƯA ĐẠT never overlap: together more than the areas selected is an error, as many is not")
    void partsApartWithinTheirWhole() throws IOException {
        String city = Files.readString(Path.of("../samples/cam-pha-2023/cam-pha-2023.json"), StandardCharsets.UTF_8);
        assertThat(city).contains("\"hotspot_areas_not_transformed\": 1,");
        assertThat(errors("cam-pha.json", city)).isEmpty();
        assertThat(errors(
                        "cam-pha.json",
                        city.replace("\"hotspot_areas_not_transformed\": 1,", "\"hotspot_areas_not_transformed\": 2,")))
                .containsExactly("cam-pha.json: $.facts.hotspot_areas_not_transformed: cộng với"
                        + " hotspot_areas_transformed (4) không thể lớn hơn hotspot_areas (5), gặp 2");
    }
}
