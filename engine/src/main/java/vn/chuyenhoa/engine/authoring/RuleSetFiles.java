package vn.chuyenhoa.engine.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Shown;

/**
 * One rule-set version as files, in a folder {@code <plan id>/<version>/}: {@code manifest.yaml},
 * {@code rules.drl} and, beside them, {@code golden.yaml}. Either shipped in the rules jar or in an author's
 * working folder. The id and version are the folder's names; the manifest must agree with them.
 */
public final class RuleSetFiles {
    public static final String MANIFEST = "manifest.yaml";
    public static final String DRL = "rules.drl";
    public static final String GOLDEN = "golden.yaml";
    /** Where authors list the plan folders the rules ship. */
    public static final String SOURCE_INDEX = "rules/src/main/resources/chuyenhoa/plans.index";

    private static final String SHIPPED_ROOT = "chuyenhoa/plans/";
    private static final String VERSION = "\\d+(\\.\\d+)*";

    private final String id;
    private final String version;
    private final String location;
    private final byte[] manifest;
    private final byte[] drl;
    private final byte[] golden;

    private RuleSetFiles(String id, String version, String location, byte[] manifest, byte[] drl, byte[] golden) {
        this.id = id;
        this.version = version;
        this.location = location;
        this.manifest = manifest;
        this.drl = drl;
        this.golden = golden;
    }

    /** The files of a version the rules jar ships, read from the class path. */
    public static RuleSetFiles shipped(Plan plan, ClassLoader loader) {
        String location = SHIPPED_ROOT + plan.id() + "/" + plan.version();
        return new RuleSetFiles(
                plan.id(),
                plan.version(),
                location,
                resource(loader, location + "/" + MANIFEST)
                        .orElseThrow(() -> PlanLoadException.missingResource(location + "/" + MANIFEST)),
                resource(loader, location + "/" + DRL)
                        .orElseThrow(() -> PlanLoadException.missingResource(location + "/" + DRL)),
                resource(loader, location + "/" + GOLDEN).orElse(null));
    }

    /**
     * The files in {@code folder}, a version folder named {@code <plan id>/<version>}. A missing manifest or
     * DRL is an {@link InvalidInputException} naming the file; golden cases are optional here.
     */
    public static RuleSetFiles read(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.getParent() == null
                || absolute.getParent().getFileName() == null
                || !absolute.getFileName().toString().matches(VERSION)) {
            throw new InvalidInputException(InputErrors.ruleSetFolderShape(folder.toString()));
        }
        return new RuleSetFiles(
                absolute.getParent().getFileName().toString(),
                absolute.getFileName().toString(),
                folder.toString(),
                required(folder.resolve(MANIFEST)),
                required(folder.resolve(DRL)),
                optional(folder.resolve(GOLDEN)));
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    /** {@code 45-KH-BCD-2023@1.0.0}, from the folder's names. */
    public String reference() {
        return id + "@" + version;
    }

    /** The folder, as shipped ({@code chuyenhoa/plans/…}) or as the author named it. */
    public String location() {
        return location;
    }

    /** One of the files, for messages: {@code chuyenhoa/plans/45-KH-BCD-2023/1.0.0/rules.drl}. */
    public String place(String file) {
        return location + "/" + file;
    }

    public byte[] manifest() {
        return manifest.clone();
    }

    public byte[] drl() {
        return drl.clone();
    }

    public String drlText() {
        return new String(drl, StandardCharsets.UTF_8);
    }

    /** The golden cases' YAML, if the folder has a {@code golden.yaml}. */
    public Optional<byte[]> golden() {
        return Optional.ofNullable(golden).map(byte[]::clone);
    }

    private static Optional<byte[]> resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static byte[] required(Path file) {
        return readFile(file)
                .orElseThrow(() ->
                        new InvalidInputException(InputErrors.ruleSetFileMissing(file.toString(), MANIFEST, DRL)));
    }

    private static byte[] optional(Path file) {
        return readFile(file).orElse(null);
    }

    private static Optional<byte[]> readFile(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new InvalidInputException(InputErrors.fileUnreadable(file.toString(), Shown.reason(e)));
        }
    }

    @Override
    public String toString() {
        return location;
    }
}
