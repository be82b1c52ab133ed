package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The same input gives the same bytes whatever the JVM's locale: Vietnamese or English digits, never others. */
class LocalesTest {
    /** The version these tests were written against: a newer one may decide the samples otherwise. */
    private static final String PLAN_45 = "45-KH-BCD-2023@1.0.0";

    private static final List<List<String>> COMMANDS = List.of(
            List.of("evaluate", "--plan", PLAN_45, Run.SAMPLES + "tra-vinh-2023/phuong-5-chua-dat.json"),
            List.of(
                    "evaluate",
                    "--plan",
                    PLAN_45,
                    "--lang",
                    "en",
                    Run.SAMPLES + "tra-vinh-2023/phuong-5-chua-dat.json"),
            List.of(
                    "evaluate",
                    "--plan",
                    ReviewCommandTest.PLAN,
                    Run.SAMPLES + "dong-nai-2017/xa-phuoc-thien-chua-dat.json"),
            List.of(
                    "review",
                    "--plan",
                    ReviewCommandTest.PLAN,
                    "--no-html",
                    "--communes",
                    "170",
                    ReviewCommandTest.SAMPLE),
            List.of(
                    "review",
                    "--plan",
                    ReviewCommandTest.PLAN,
                    "--no-html",
                    "--lang",
                    "en",
                    "--communes",
                    "170",
                    ReviewCommandTest.SAMPLE));

    private static List<String> outputs() {
        return COMMANDS.stream()
                .map(command -> {
                    Run run = Run.of(command.toArray(String[]::new));
                    return run.exit() + "\n" + run.out() + run.err();
                })
                .toList();
    }

    @Test
    @DisplayName("Under fa_IR, ar_SA and th_TH_TH every reason has the digits it has under vi_VN: 1.849/1.850 hộ ="
            + " 99,9 %, not Persian, Arabic or Thai digits")
    void digitsWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("vi-VN"));
            List<String> vietnamese = outputs();
            assertThat(vietnamese.get(0)).contains("1.849/1.850 hộ = 99,9 %");
            assertThat(vietnamese.get(1)).contains("1,849/1,850 households = 99.9 %");
            for (Locale locale : List.of(
                    Locale.forLanguageTag("fa-IR"), Locale.forLanguageTag("ar-SA"), new Locale("th", "TH", "TH"))) {
                Locale.setDefault(locale);
                assertThat(outputs()).as(locale.toString()).isEqualTo(vietnamese);
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
