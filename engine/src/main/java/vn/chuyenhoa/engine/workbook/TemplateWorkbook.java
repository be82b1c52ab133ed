package vn.chuyenhoa.engine.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.form.PlanForm;
import vn.chuyenhoa.engine.manifest.FactKind;
import vn.chuyenhoa.engine.manifest.Jurisdiction;
import vn.chuyenhoa.engine.manifest.PlanManifest;

/**
 * A plan's facts as a workbook for a district to fill, a row per area: the columns of the review's CSV
 * ({@code plan, name, district, province, types, year}, then a column per fact the plan reads, named as in the
 * catalog), each header carrying as a comment what the YAML template says of it (meaning, unit or true/false, the
 * criteria that read it). The plan, the place and the year are filled in on every row; an area is a row with its
 * name and figures, and a row left without them is skipped when the workbook is reviewed ({@link WorkbookAreas}).
 */
public final class TemplateWorkbook {
    /** Rows made ready for a district's areas (a ward's own plan has one area: one row). */
    static final int ROWS = 30;

    private TemplateWorkbook() {}

    /**
     * Writes the template of {@code form} naming {@code plan} (its id, or a pinned {@code id@version}), for
     * {@code year}, or for the last year of the plan's period when null.
     */
    public static void write(PlanForm form, String plan, Integer year, Language language, OutputStream out)
            throws IOException {
        PlanManifest manifest = form.plan().manifest();
        Jurisdiction place = manifest.jurisdiction();
        int filledYear = year != null ? year : manifest.inForce().to().getYear();
        List<String> columns = new ArrayList<>(List.of("plan", "name", "district", "province", "types", "year"));
        List<String> comments = new ArrayList<>(List.of(
                language.pick(
                        "Kế hoạch: " + manifest.title().in(language),
                        "Plan: " + manifest.title().in(language)),
                language.pick(
                        "Tên địa bàn (xã, phường, thị trấn), ví dụ \"Phường 5\" — bắt buộc",
                        "The area's name (commune, ward, township), e.g. \"Phường 5\" — required"),
                language.pick("Huyện, thị xã, thành phố thuộc tỉnh", "The district or city"),
                language.pick("Tỉnh, thành phố trực thuộc trung ương", "The province"),
                language.pick("Loại địa bàn, một hoặc nhiều trong: ", "Area types, one or more of: ")
                        + String.join(", ", FactsReader.AREA_TYPES),
                language.pick("Năm đánh giá — bắt buộc", "The year evaluated — required")));
        for (PlanForm.Field field : form.fields()) {
            columns.add(field.name());
            comments.add(String.join("\n", field.description(language)));
        }
        Workbooks.write(
                workbook -> {
                    workbook.properties().setTitle(manifest.title().in(language));
                    Worksheet sheet = workbook.newWorksheet(language.pick("Số liệu", "Facts"));
                    Workbooks.header(sheet, 0, columns);
                    for (int c = 0; c < comments.size(); c++) {
                        sheet.comment(0, c, comments.get(c));
                    }
                    int rows = place.area() != null ? 1 : ROWS;
                    for (int r = 1; r <= rows; r++) {
                        sheet.value(r, 0, plan);
                        Workbooks.cell(sheet, r, 1, place.area());
                        Workbooks.cell(sheet, r, 2, place.district());
                        Workbooks.cell(sheet, r, 3, place.province());
                        Workbooks.cell(sheet, r, 4, String.join(" ", manifest.areaTypes()));
                        sheet.value(r, 5, filledYear);
                    }
                    for (int c = 6; c < columns.size(); c++) {
                        boolean count = form.fields().get(c - 6).fact().kind() == FactKind.COUNT;
                        sheet.range(1, c, rows, c)
                                .style()
                                .format(count ? "0" : "General")
                                .set();
                        sheet.width(c, Math.max(12, Math.min(30, columns.get(c).length() + 2)));
                    }
                    sheet.width(0, 20);
                    sheet.width(1, 24);
                    sheet.width(2, 22);
                    sheet.width(3, 16);
                    sheet.freezePane(2, 1);
                },
                out);
    }
}
