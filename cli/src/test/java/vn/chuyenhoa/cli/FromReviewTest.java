package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --from-review}: target 2.10 of plan 102 (the city's hotspot areas) takes its figures from a year
 * review made for the purpose — the Trà Vinh 2023 wards of the samples, renamed as five areas and reviewed with the
 * province's relapse figures — instead of figures typed again. The review's file and sha256 are in the verdict, and
 * the areas the review left undecided keep 2.10 three-valued.
 */
class FromReviewTest {
    /** The versions these tests were written against: a newer one may decide the samples otherwise. */
    private static final String CITY_PLAN = "102-KH-UBND-2023@1.0.0";

    private static final String WARD_PLAN = "45-KH-BCD-2023@1.1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HOTSPOT_FACTS = List.of(
            "hotspot_areas",
            "hotspot_areas_transformed",
            "hotspot_areas_not_transformed",
            "transformed_areas",
            "transformed_areas_relapsed");

    /**
     * Wards named 1… from the Trà Vinh samples, {@code pass} ĐẠT, one CHƯA ĐẠT and {@code undecided} CHƯA ĐỦ DỮ LIỆU,
     * reviewed as JSON with 8 areas transformed before and 1 relapsed; the review's file.
     */
    private static Path review(Path dir, int pass, int undecided) throws IOException {
        Path wards = Files.createDirectories(dir.resolve("wards"));
        int n = 0;
        for (int i = 0; i < pass + 1 + undecided; i++) {
            String sample =
                    i < pass ? "phuong-5.json" : i == pass ? "phuong-5-chua-dat.json" : "phuong-5-thieu-so-lieu.json";
            ObjectNode ward = (ObjectNode)
                    JSON.readTree(Path.of(Run.SAMPLES, "tra-vinh-2023", sample).toFile());
            ward.remove("plan");
            ((ObjectNode) ward.get("area")).put("name", "Phường " + (++n));
            Files.writeString(wards.resolve("phuong-" + n + ".json"), ward.toString());
        }
        Run run = Run.of(
                "review",
                "--plan",
                WARD_PLAN,
                "--format",
                "json",
                "--no-html",
                "--previously-transformed",
                "8",
                "--relapsed",
                "1",
                wards.toString());
        assertThat(run.exit()).as(run.err()).isIn(1, 3);
        Path review = dir.resolve("so-ket-2023.json");
        Files.writeString(review, run.out());
        return review;
    }

    /** The Cẩm Phả sample without the hotspot figures, which the review gives. */
    private static Path city(Path dir) throws IOException {
        ObjectNode city = (ObjectNode) JSON.readTree(
                Path.of(Run.SAMPLES, "cam-pha-2023", "cam-pha-2023-dat.json").toFile());
        ObjectNode facts = (ObjectNode) city.get("facts");
        HOTSPOT_FACTS.forEach(facts::remove);
        // 1.4 counts the hotspot areas too: its part must fit the review's five.
        facts.put("hotspot_areas_with_conference", 5);
        Path file = dir.resolve("cam-pha-2023.json");
        Files.writeString(file, city.toString());
        return file;
    }

    private static JsonNode target(JsonNode verdict, String id) {
        for (JsonNode criterion : verdict.get("criteria")) {
            if (criterion.get("id").asText().equals(id)) {
                return criterion;
            }
        }
        throw new AssertionError("no criterion " + id);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    @DisplayName(
            "3 of 5 areas ĐẠT in the review, 1 undecided: 60 % whatever it turns out, 7/8 not relapsed: 2.10 met, the review recorded")
    void reviewFillsTarget210(@TempDir Path dir) throws Exception {
        Path review = review(dir, 3, 1);
        Run run = Run.of(
                "evaluate",
                "--plan",
                CITY_PLAN,
                "--format",
                "json",
                city(dir).toString(),
                "--from-review",
                review.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(verdict.get("outcome").asText()).isEqualTo("PASS");
        assertThat(verdict.get("label").asText()).isEqualTo("ĐẠT TOÀN BỘ CHỈ TIÊU");
        assertThat(verdict.get("decision").asText()).isEqualTo("đạt 23/23 chỉ tiêu");
        JsonNode target = target(verdict, "2.10");
        assertThat(target.get("status").asText()).isEqualTo("PASS");
        assertThat(target.get("lead_unit").asText()).isEqualTo("Công an thành phố");
        assertThat(target.get("reason").asText())
                .isEqualTo("Địa bàn chuyển hóa thành công: 3/5 địa bàn = 60 %; Địa bàn chưa chuyển hóa thành công:"
                        + " 1 địa bàn; chưa rõ kết quả: 1 địa bàn (yêu cầu từ 60 % trở lên); Địa bàn tái phức tạp trở"
                        + " lại: 1/8 địa bàn, còn lại 7/8 = 87,5 % (yêu cầu còn lại từ 85 % trở lên)");
        assertThat(verdict.get("from_review").get("file").asText()).isEqualTo(review.toString());
        assertThat(verdict.get("from_review").get("sha256").asText()).isEqualTo(sha256(review));
        List<String> facts = new java.util.ArrayList<>();
        target.get("facts").forEach(f -> facts.add(f.get("name").asText() + "=" + f.get("value")));
        assertThat(facts)
                .containsExactly(
                        "hotspot_areas_transformed=3",
                        "hotspot_areas_not_transformed=1",
                        "hotspot_areas=5",
                        "transformed_areas_relapsed=1",
                        "transformed_areas=8");

        Run text = Run.of("evaluate", "--plan", CITY_PLAN, city(dir).toString(), "--from-review", review.toString());
        assertThat(text.out())
                .contains("Số liệu lấy từ kết quả sơ kết: " + review + " (sha256 " + sha256(review) + ")");
    }

    @Test
    @DisplayName("2 of 5 areas ĐẠT, 1 not, 2 undecided: from 40 % to 80 %, so 2.10 and the year stay undecided")
    void undecidedAreasKeepTarget210ThreeValued(@TempDir Path dir) throws Exception {
        Path review = review(dir, 2, 2);
        Run run = Run.of(
                "evaluate",
                "--plan",
                CITY_PLAN,
                "--format",
                "json",
                city(dir).toString(),
                "--from-review",
                review.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(verdict.get("outcome").asText()).isEqualTo("INDETERMINATE");
        assertThat(verdict.get("decision").asText()).isEqualTo("đạt 22/23 chỉ tiêu; thiếu dữ liệu: 2.10");
        JsonNode target = target(verdict, "2.10");
        assertThat(target.get("status").asText()).isEqualTo("MISSING");
        assertThat(target.get("reason").asText())
                .startsWith("Địa bàn chuyển hóa thành công: 2/5 địa bàn = 40 %; Địa bàn chưa chuyển hóa thành công:"
                        + " 1 địa bàn; chưa rõ kết quả: 2 địa bàn — từ 40 % đến 80 % tùy kết quả của các địa bàn chưa"
                        + " rõ");
        assertThat(verdict.get("missing_facts")).isEmpty();
    }

    @Test
    @DisplayName(
            "A figure both in the file and in the review, a review of another year, a file that is no review: exit 2, one line each")
    void reviewMisuseIsAnInputError(@TempDir Path dir) throws Exception {
        Path review = review(dir, 3, 0);
        Path typed = dir.resolve("typed.json");
        Files.writeString(typed, Files.readString(Path.of(Run.SAMPLES, "cam-pha-2023", "cam-pha-2023-dat.json")));
        Run both = Run.of("evaluate", "--plan", CITY_PLAN, typed.toString(), "--from-review", review.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err().strip())
                .isEqualTo(typed + ": $.facts.hotspot_areas: số liệu này được lấy từ kết quả sơ kết " + review
                        + " (--from-review): bỏ nó khỏi tệp, hoặc không dùng --from-review");

        ObjectNode old = (ObjectNode) JSON.readTree(review.toFile());
        ((ObjectNode) old.get("summary")).put("year", 2022);
        Path oldReview = dir.resolve("so-ket-2022.json");
        Files.writeString(oldReview, old.toString());
        Run otherYear =
                Run.of("evaluate", "--plan", CITY_PLAN, city(dir).toString(), "--from-review", oldReview.toString());
        assertThat(otherYear.exit()).isEqualTo(2);
        assertThat(otherYear.err().strip())
                .isEqualTo(
                        oldReview + ": $.summary.year: kết quả sơ kết năm 2022 không dùng được cho số liệu năm 2023");

        Run notAReview = Run.of(
                "evaluate",
                "--plan",
                CITY_PLAN,
                city(dir).toString(),
                "--from-review",
                Path.of(Run.SAMPLES, "tra-vinh-2023", "phuong-5.json").toString());
        assertThat(notAReview.exit()).isEqualTo(2);
        assertThat(notAReview.err().strip())
                .isEqualTo(Path.of(Run.SAMPLES, "tra-vinh-2023", "phuong-5.json") + ": $.summary: không phải kết quả sơ"
                        + " kết dạng JSON (chuyenhoa.review/v1) do chuyenhoa review --format json tạo ra");
        assertThat(notAReview.out()).isEmpty();

        Run wardPlan = Run.of(
                "evaluate",
                Path.of(Run.SAMPLES, "tra-vinh-2023", "phuong-5.json").toString(),
                "--plan",
                WARD_PLAN,
                "--from-review",
                review.toString());
        assertThat(wardPlan.exit()).isEqualTo(2);
        assertThat(wardPlan.err().strip())
                .isEqualTo(review + ": $: kế hoạch " + WARD_PLAN
                        + " không nhận số liệu từ kết quả sơ kết (--from-review)");
    }
}
