package vn.chuyenhoa.engine.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The sha256 that identifies a rule set: over its manifest and its DRL, as shipped. */
public final class RuleSetHash {
    private RuleSetHash() {}

    public static String of(byte[] manifest, byte[] drl) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("manifest.yaml\n".getBytes(StandardCharsets.UTF_8));
            digest.update(manifest);
            digest.update("\nrules.drl\n".getBytes(StandardCharsets.UTF_8));
            digest.update(drl);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
