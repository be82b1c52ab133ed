package vn.chuyenhoa.engine.manifest;

import vn.chuyenhoa.engine.Language;

/** How the plan classes a criterion. */
public enum Group {
    MAIN("main", "chỉ tiêu chính", "main target"),
    SUB("sub", "chỉ tiêu phụ", "sub-target"),
    CONDITION("condition", "điều kiện", "condition"),
    GENERAL("general", "tiêu chí chung", "general criteria"),
    TARGET("target", "chỉ tiêu", "target"),
    OTHER("other", "mục tiêu khác của kế hoạch", "other goal of the plan");

    private final String id;
    private final String vi;
    private final String en;

    Group(String id, String vi, String en) {
        this.id = id;
        this.vi = vi;
        this.en = en;
    }

    /** The name used in manifests and in the JSON verdict. */
    public String id() {
        return id;
    }

    public String label(Language language) {
        return language.pick(vi, en);
    }
}
