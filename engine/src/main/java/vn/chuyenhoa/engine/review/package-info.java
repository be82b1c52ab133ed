/**
 * The year review (sơ kết): many areas evaluated at once, counts by district and province, the criteria most
 * often failed, the province's targets three-valued, the statistics window. Its inputs are facts files or CSV rows
 * ({@code review.csv}); its outputs are in {@code render}.
 */
package vn.chuyenhoa.engine.review;
