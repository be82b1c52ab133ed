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
}
