package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlansAndExplainTest {
    @Test
    @DisplayName("plans lists each rule-set version with its jurisdiction, area types and period")
    void plans() {
        Run run = Run.of("plans");
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out())
                .contains("45-KH-BCD-2023@1.0.0  Chuyển hóa địa bàn trọng điểm")
                .contains("Thành phố Trà Vinh, Trà Vinh · loại LOAI_4 · hiệu lực 27/02/2023 – 31/12/2023");
    }

    @Test
    @DisplayName("explain shows the decision rule and, per criterion, the requirement, the facts and the source")
    void explain() {
        Run run = Run.of("explain", "45-KH-BCD-2023@1.0.0");
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out())
                .contains("Quy tắc kết luận: Địa bàn chuyển hóa đạt khi đạt đủ tiêu chí chung")
                .contains("sub-4 · chỉ tiêu phụ · 100 % hộ dân được tuyên truyền")
                .contains("Yêu cầu: 100 % hộ dân tại địa bàn được phổ biến, tuyên truyền")
                .contains("households_reached — Số hộ được phổ biến, tuyên truyền")
                .contains("recidivism · mục tiêu khác của kế hoạch · tham khảo, không quyết định")
                .contains("Nguồn: KH 45/KH-BCĐ ngày 27/02/2023, II.2.3: “giảm tỷ lệ tái phạm tội");
        Run unknown = Run.of("explain", "7488-KH-UBND-2071");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("PLAN: không có kế hoạch \"7488-KH-UBND-2071\"");
    }

    @Test
    @DisplayName(
            "A city's year (plan 102): plans and explain say it has no area types, a scorecard, each target's lead unit and what a review fills")
    void citysYear() {
        Run plans = Run.of("plans");
        assertThat(plans.out())
                .contains("102-KH-UBND-2023@1.0.0  Công tác phòng, chống tội phạm năm 2023 của thành phố Cẩm Phả")
                .contains("Thành phố Cẩm Phả, Quảng Ninh · loại không có (năm của cả thành phố) · hiệu lực 05/04/2023 –"
                        + " 31/12/2023");
        Run run = Run.of("explain", "102-KH-UBND-2023@1.0.0");
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out())
                .contains("loại địa bàn: không có — năm của cả thành phố (tệp số liệu không ghi types)")
                .contains("Quy tắc kết luận: Bảng chỉ tiêu: kế hoạch không nêu quy tắc kết luận chung")
                .contains("Lấy từ kết quả sơ kết (--from-review): chỉ tiêu 2.10 — areas → hotspot_areas, transformed →"
                        + " hotspot_areas_transformed, not_transformed → hotspot_areas_not_transformed,"
                        + " previously_transformed → transformed_areas, relapsed → transformed_areas_relapsed")
                .contains("2.2 · chỉ tiêu · Giải quyết trên 91 % tố giác, tin báo, kiến nghị khởi tố\n"
                        + "    Yêu cầu: Số đã giải quyết trên 91 % số đã tiếp nhận (đúng 91 % là chưa đạt)\n")
                .contains(
                        "    Đơn vị chủ trì: Công an thành phố, Viện kiểm sát nhân dân thành phố, Tòa án nhân dân thành"
                                + " phố\n    Nguồn: KH 102/KH-UBND ngày 05/4/2023, Phụ lục, I. Mục tiêu, chỉ tiêu, STT 2.7")
                .contains("wanted-base");
        Run english = Run.of("explain", "102-KH-UBND-2023@1.0.0", "--lang", "en");
        assertThat(english.out()).contains("    Lead unit: City police, city Military Command\n");
    }
}
