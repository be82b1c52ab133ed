package vn.chuyenhoa.engine.review;

import java.util.List;
import java.util.Optional;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Outcome;

/**
 * A year review: the window, the province's figures as given, one result per input in the order given, and the
 * summary.
 *
 * @param window the statistics window; null only when no input could be read and none was given
 */
public record ReviewResult(
        ReviewWindow window, ProvinceFigures figures, List<AreaResult> areas, ReviewSummary summary) {
    public ReviewResult {
        areas = List.copyOf(areas);
    }

    /** "Sơ kết chuyển hóa địa bàn trọng điểm, phức tạp về TTATXH năm 2019 — Đồng Nai", as every report heads it. */
    public String title(Language language) {
        String year = window == null ? "" : " " + language.pick("năm ", "") + window.year();
        String province = summary.province() == null ? "" : " — " + summary.province();
        return language.pick(
                        "Sơ kết chuyển hóa địa bàn trọng điểm, phức tạp về TTATXH" + year,
                        "Hotspot transformation: year review" + year)
                + province;
    }

    public boolean anyInvalid() {
        return areas.stream().anyMatch(AreaResult::invalid);
    }

    /** The outcomes of the areas evaluated, in order. */
    public List<Outcome> outcomes() {
        return areas.stream().map(AreaResult::outcome).flatMap(Optional::stream).toList();
    }
}
