package vn.chuyenhoa.engine.manifest;

/**
 * What a province-level target of a plan measures at the year review, and so which figures it needs. Each kind
 * is evaluated by shared code ({@code vn.chuyenhoa.engine.review.ProvinceTargets}); a manifest names one and
 * gives its percent, by the kind's name in lower case ({@code transformed_at_least}).
 */
public enum TargetKind {
    /** The areas ĐẠT are at least {@code percent} % of the areas selected ("chuyển hóa thành công ít nhất 60 %"). */
    TRANSFORMED_AT_LEAST,
    /**
     * Of the areas transformed in earlier years, those that did not become complex again are at least
     * {@code percent} % ("ít nhất 85 % … không phức tạp trở lại"). Needs the province's relapse figures.
     */
    NOT_RELAPSED_AT_LEAST,
    /**
     * The areas selected are at most {@code percent} % of the province's communes ("không vượt quá 15 % tổng số
     * đơn vị hành chính cấp xã"). Needs the number of communes.
     */
    SELECTED_AT_MOST
}
