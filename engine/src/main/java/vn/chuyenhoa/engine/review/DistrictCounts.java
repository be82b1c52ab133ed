package vn.chuyenhoa.engine.review;

/**
 * The counts of one district's areas.
 *
 * @param district the district as the first of its areas writes it, or null for areas that name none (and
 *                 invalid inputs whose district cannot be read)
 * @param province its province as that area writes it, or null
 */
public record DistrictCounts(String district, String province, Counts counts) {
}
