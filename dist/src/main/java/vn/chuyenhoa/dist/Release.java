package vn.chuyenhoa.dist;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Writes the release archives of docs/install.md into one folder:
 *
 * <ul>
 *   <li>{@code chuyenhoa-VERSION.zip}: {@code chuyenhoa-VERSION/} with {@code bin/} (the launchers), {@code lib/chuyenhoa.jar}
 *       (the command line's runnable jar, so whatever it ships: rules, server, pages), {@code samples/}, the
 *       short guides and {@code INSTALL.md} (docs/install.md); it needs a Java 17 or later;
 *   <li>{@code chuyenhoa-VERSION-linux-x64.tar.gz}: {@code chuyenhoa-VERSION-linux-x64/}, the same and {@code runtime/},
 *       a Java runtime made by this JDK's {@code jlink} with the modules {@code jdeps} finds in the jar (named for the
 *       build JDK's system and processor: see {@link #platform()});
 *   <li>{@code SHA256SUMS} of both, as {@code sha256sum -c} reads it.
 * </ul>
 *
 * <p>Same input, same bytes: entries sorted by path, every one with the build's timestamp
 * ({@code project.build.outputTimestamp}), owner root, mode 0755 for folders and programs and 0644 for the rest;
 * the gzip header carries no time or name. Run with {@code -Duser.timezone=UTC}: a zip entry's time is a local time.
 */
public final class Release {
    /**
     * Modules that the jar reaches only by name, through a service or reflection, which jdeps cannot see:
     * {@code jdk.zipfs} (the jar file system, through which Jetty serves resources from inside a jar) and
     * {@code jdk.unsupported} ({@code sun.misc.Unsafe}, looked up by Drools' bit sets).
     */
    static final List<String> MODULES_BY_NAME = List.of("jdk.unsupported", "jdk.zipfs");

    private static final int FILE = 0100000;
    private static final int DIRECTORY = 040000;

    /** One entry: a folder (path ending in '/'), a file's bytes, or a file to copy. */
    private record Entry(String path, byte[] bytes, Path file, int mode) {
        boolean isDirectory() {
            return path.endsWith("/");
        }

        long size() throws IOException {
            return bytes != null ? bytes.length : file != null ? Files.size(file) : 0;
        }

        void copyTo(OutputStream out) throws IOException {
            if (bytes != null) {
                out.write(bytes);
            } else if (file != null) {
                Files.copy(file, out);
            }
        }
    }

    private final String version;
    private final long time;

    private Release(String version, Instant timestamp) {
        this.version = version;
        this.time = timestamp.toEpochMilli();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String name : List.of(
                "--version", "--timestamp", "--jar", "--samples", "--install-guide", "--files", "--work", "--out")) {
            if (!options.containsKey(name)) {
                throw new IllegalArgumentException("missing " + name);
            }
        }
        Release release = new Release(options.get("--version"), timestamp(options.get("--timestamp")));
        Path jar = Path.of(options.get("--jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the cli module first");
        }
        release.write(
                jar,
                Path.of(options.get("--samples")),
                Path.of(options.get("--install-guide")),
                Path.of(options.get("--files")),
                Path.of(options.get("--work")),
                Path.of(options.get("--out")));
    }

    /** {@code project.build.outputTimestamp}: an ISO-8601 instant or seconds since 1970. */
    static Instant timestamp(String value) {
        return value.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(value)) : Instant.parse(value);
    }

    private void write(Path jar, Path samples, Path installGuide, Path files, Path work, Path out) throws IOException {
        SortedMap<String, Entry> common = new TreeMap<>();
        addTree(common, files, "");
        common.put("INSTALL.md", new Entry("INSTALL.md", null, installGuide, 0644));
        common.put("lib/chuyenhoa.jar", new Entry("lib/chuyenhoa.jar", null, jar, 0644));
        addTree(common, samples, "samples/");

        Files.createDirectories(out);
        Path zip = out.resolve("chuyenhoa-" + version + ".zip");
        writeZip(zip, withFolders(under("chuyenhoa-" + version + "/", common)));

        SortedMap<String, Entry> linux = new TreeMap<>(common);
        addTree(linux, jlink(jar, work), "runtime/");
        String name = "chuyenhoa-" + version + "-" + platform();
        Path tar = out.resolve(name + ".tar.gz");
        writeTarGz(tar, withFolders(under(name + "/", linux)));

        StringBuilder sums = new StringBuilder();
        for (Path archive : List.of(tar, zip)) {
            sums.append(sha256(archive))
                    .append("  ")
                    .append(archive.getFileName())
                    .append('\n');
        }
        Files.writeString(out.resolve("SHA256SUMS"), sums, StandardCharsets.US_ASCII);
        System.out.print(sums);
    }

    /**
     * Every file under {@code root} as {@code prefix + its relative path}. Launchers and guides are text with
     * {@code @VERSION@} replaced; a {@code .cmd} gets Windows line ends (cmd.exe misreads labels in a file with
     * bare LF). Folders named {@code bin} hold programs (0755), as does an executable file of a runtime.
     */
    private void addTree(SortedMap<String, Entry> entries, Path root, String prefix) throws IOException {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
            found = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : found) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            String path = prefix + relative;
            boolean program = relative.startsWith("bin/") && !relative.endsWith(".cmd")
                    || prefix.equals("runtime/") && Files.isExecutable(file);
            int mode = program ? 0755 : 0644;
            if (prefix.isEmpty() && (relative.endsWith(".txt") || relative.startsWith("bin/"))) {
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("@VERSION@", version);
                if (relative.endsWith(".cmd")) {
                    text = text.replace("\r\n", "\n").replace("\n", "\r\n");
                }
                entries.put(path, new Entry(path, text.getBytes(StandardCharsets.UTF_8), null, mode));
            } else {
                entries.put(path, new Entry(path, null, file, mode));
            }
        }
    }

    /**
     * The platform of the runtime, which is the build JDK's: {@code linux-x64} on the machines the project builds on
     * (an other system or processor names itself, e.g. {@code linux-aarch64}, and is not tested).
     */
    static String platform() {
        String os =
                System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z].*", "");
        String arch = System.getProperty("os.arch");
        return os + "-" + (arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch);
    }

    /** The entries inside one top folder. */
    private static SortedMap<String, Entry> under(String root, SortedMap<String, Entry> entries) {
        SortedMap<String, Entry> moved = new TreeMap<>();
        for (Entry entry : entries.values()) {
            moved.put(root + entry.path(), new Entry(root + entry.path(), entry.bytes(), entry.file(), entry.mode()));
        }
        return moved;
    }

    /** The entries and each of their folders, in path order. */
    private static SortedMap<String, Entry> withFolders(SortedMap<String, Entry> files) {
        SortedMap<String, Entry> all = new TreeMap<>(files);
        for (String path : files.keySet()) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                String folder = path.substring(0, slash + 1);
                all.putIfAbsent(folder, new Entry(folder, null, null, 0755));
            }
        }
        return all;
    }

    /**
     * A Java runtime for the jar: the modules jdeps finds in it and those of {@link #MODULES_BY_NAME}, linked by this
     * JDK's jlink without debug attributes, headers or manual pages. Its {@code lib/modules} is left uncompressed:
     * the tar.gz compresses it better, and classes load without inflating.
     */
    private static Path jlink(Path jar, Path work) throws IOException {
        String release = String.valueOf(Runtime.version().feature());
        String found = run(
                "jdeps",
                "--multi-release",
                release,
                "--ignore-missing-deps",
                "--print-module-deps",
                "-q",
                jar.toString());
        TreeSet<String> modules = new TreeSet<>(List.of(found.strip().split(",")));
        modules.addAll(MODULES_BY_NAME);
        Path runtime = work.resolve("runtime");
        delete(runtime);
        Files.createDirectories(work);
        run(
                "jlink",
                "--add-modules",
                String.join(",", modules),
                "--strip-debug",
                "--no-header-files",
                "--no-man-pages",
                "--output",
                runtime.toString());
        System.out.println("runtime: Java " + Runtime.version() + ", modules " + String.join(",", modules));
        return runtime;
    }

    private static String run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(
                        "no " + tool + " in " + System.getProperty("java.home") + ": build the release with a JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (code != 0) {
            throw new IllegalStateException(tool + " failed (" + code + "): " + out + err);
        }
        return out.toString();
    }

    private static void delete(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path each : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(each);
                }
            }
        }
    }

    private void writeZip(Path target, SortedMap<String, Entry> entries) throws IOException {
        Files.deleteIfExists(target);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(target)) {
            zip.setLevel(9);
            for (Entry entry : entries.values()) {
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.path());
                zipEntry.setTime(time);
                zipEntry.setUnixMode((entry.isDirectory() ? DIRECTORY : FILE) | entry.mode());
                zip.putArchiveEntry(zipEntry);
                entry.copyTo(zip);
                zip.closeArchiveEntry();
            }
        }
    }

    private void writeTarGz(Path target, SortedMap<String, Entry> entries) throws IOException {
        GzipParameters gzip = new GzipParameters();
        gzip.setCompressionLevel(9);
        gzip.setModificationTime(0);
        gzip.setOperatingSystem(3); // Unix
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
                GzipCompressorOutputStream compressed = new GzipCompressorOutputStream(file, gzip);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(compressed, "UTF-8")) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Entry entry : entries.values()) {
                TarArchiveEntry tarEntry = new TarArchiveEntry(entry.path());
                tarEntry.setModTime(time);
                tarEntry.setMode((entry.isDirectory() ? DIRECTORY : FILE) | entry.mode());
                tarEntry.setIds(0, 0);
                tarEntry.setNames("root", "root");
                tarEntry.setSize(entry.isDirectory() ? 0 : entry.size());
                tar.putArchiveEntry(tarEntry);
                entry.copyTo(tar);
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
