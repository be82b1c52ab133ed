package vn.chuyenhoa.engine.manifest;

import java.math.BigDecimal;

/**
 * A target the plan sets for the province as a whole, checked at the year review over all its selected areas
 * (manifest section {@code review_targets}). Refused at load without a title, a requirement, a percent above 0
 * and at most 100, or a source with its quote.
 *
 * @param kind    what is measured; see {@link TargetKind}
 * @param percent the threshold, as the plan writes it ("ít nhất 60 %": 60)
 */
public record ReviewTargetDefinition(
        String id, TargetKind kind, BigDecimal percent, Text title, Text requirement, Source source) {
    public ReviewTargetDefinition {
        String vi = "chỉ tiêu của tỉnh '" + id + "': ";
        String en = "review target '" + id + "': ";
        if (id == null || id.isBlank() || kind == null || title == null || requirement == null) {
            throw ManifestException.of(
                    vi + "cần khai báo id, kind, title và requirement",
                    en + "id, kind, title and requirement are required");
        }
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ManifestException.of(
                    vi + "percent phải lớn hơn 0 và không quá 100", en + "percent must be more than 0 and at most 100");
        }
        if (source == null || blank(source.document()) || blank(source.section()) || blank(source.quote())) {
            throw ManifestException.of(
                    vi + "nguồn cần có văn bản, mục và trích dẫn",
                    en + "its source needs a document, a section and a quote");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
