package vn.chuyenhoa.engine.manifest;

/** The province and, where the plan is a district's or a city's, that district or city. */
public record Jurisdiction(String province, String district) {}
