package vn.chuyenhoa.engine.manifest;

/**
 * Where a plan applies: its province; where the plan is a district's or a city's, that district or city; where it
 * is a ward's or a commune's own plan, that ward or commune ({@code area}, compared with a facts file's area name).
 */
public record Jurisdiction(String province, String district, String area) {}
