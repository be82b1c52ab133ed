package vn.chuyenhoa.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.chuyenhoa.engine.plan.FactCatalog;

/** The small fact catalog of the engine's own tests. */
final class TestCatalog {
    static final FactCatalog CATALOG = load();

    private TestCatalog() {
    }

    private static FactCatalog load() {
        try (InputStream in = TestCatalog.class.getResourceAsStream("/test-facts.yaml")) {
            return Manifests.readCatalog("test-facts.yaml", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
