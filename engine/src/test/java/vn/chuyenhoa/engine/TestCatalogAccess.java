package vn.chuyenhoa.engine;

import vn.chuyenhoa.engine.plan.FactCatalog;

/** Lets tests in sub-packages use the test catalog. */
public final class TestCatalogAccess {
    private TestCatalogAccess() {
    }

    public static FactCatalog catalog() {
        return TestCatalog.CATALOG;
    }
}
