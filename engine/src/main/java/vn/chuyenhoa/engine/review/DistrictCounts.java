package vn.chuyenhoa.engine.review;

import vn.chuyenhoa.engine.Language;

/**
 * The counts of one district's areas.
 *
 * @param district the district as the first of its areas writes it, or null for areas that name none (and
 *                 invalid inputs whose district cannot be read)
 * @param province its province as that area writes it, or null
 */
public record DistrictCounts(String district, String province, Counts counts) {
    /** The district's name as every report shows it, or what they call areas whose district is unknown. */
    public String name(Language language) {
        return district != null ? district : language.pick("(chưa rõ huyện)", "(district unknown)");
    }
}
