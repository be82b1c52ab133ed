package vn.chuyenhoa.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this engine, which every verdict records beside its rule set's version and sha256: replaying
 * a verdict years later can then tell a change of the engine from a change of the rules.
 */
public final class EngineVersion {
    private static final String RESOURCE = "/chuyenhoa/engine.properties";
    private static final String VERSION = read();

    private EngineVersion() {}

    /** The engine's version, e.g. {@code 0.1.0}. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = EngineVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the engine jar lacks " + RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return properties.getProperty("version");
    }
}
