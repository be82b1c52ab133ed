package vn.chuyenhoa.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each release archive unpacked outside the repository with the system's own tools, into a folder whose name has
 * spaces and Vietnamese letters, and run through its launcher as an IT officer would: a PATH holding only the few
 * commands the launcher uses (no Maven; for the Linux archive no Java either), a fresh HOME, the POSIX locale of a
 * service manager. The outputs are compared with the build's own jar, run by the JDK that runs the build.
 */
class ArchivesIT {
    private static final Path RELEASE = Path.of(System.getProperty("chuyenhoa.release"));
    private static final String VERSION = System.getProperty("chuyenhoa.version");
    private static final Path BUILT_JAR = Path.of(System.getProperty("chuyenhoa.jar"));
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    /** What bin/chuyenhoa calls besides the shell's builtins. */
    private static final List<String> LAUNCHER_COMMANDS =
            List.of("awk", "cksum", "dirname", "mkdir", "mv", "readlink", "rm");

    @TempDir
    Path temp;

    private record Result(int exit, String out, String err) {}

    /** An unpacked archive and the environment it runs in. */
    private record Install(Path home, Path work, Map<String, String> environment) {
        Path launcher() {
            return home.resolve("bin/chuyenhoa");
        }

        Path sample(String name) {
            return home.resolve("samples").resolve(name);
        }
    }

    @Test
    @DisplayName("The Linux archive runs with its own runtime, with no Java and no Maven on the PATH")
    void linuxArchive() throws Exception {
        Install install = unpack("chuyenhoa-" + VERSION + "-" + Release.platform() + ".tar.gz", false);
        assertThat(run(install, List.of("/bin/sh", "-c", "command -v java || command -v mvn || echo none"))
                        .out())
                .isEqualTo("none\n");
        Result version = run(install, List.of(install.launcher().toString(), "--version"));
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("chuyenhoa " + VERSION + "\nJava ");
        assertThat(install.home().resolve("runtime/bin/java")).isExecutable();
        // Found through links, as from /usr/local/bin: an absolute link, and a relative link to it.
        Path links = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(links.resolve("chuyenhoa"), install.launcher());
        Files.createSymbolicLink(links.resolve("ch"), Path.of("chuyenhoa"));
        assertThat(run(install, List.of(links.resolve("ch").toString(), "--version")))
                .isEqualTo(version);
        everyCommand(install);
    }

    @Test
    @DisplayName("The zip runs with the Java on the PATH, and with none or an old one says so and exits 4")
    void zipArchive() throws Exception {
        Install install = unpack("chuyenhoa-" + VERSION + ".zip", true);
        assertThat(run(install, List.of("/bin/sh", "-c", "command -v java; command -v mvn || echo no-maven"))
                        .out())
                .isEqualTo(install.environment().get("PATH") + "/java\nno-maven\n");
        assertThat(install.home().resolve("runtime")).doesNotExist();
        everyCommand(install);

        Path noJava = Files.createDirectories(temp.resolve("no-java"));
        for (String command : LAUNCHER_COMMANDS) {
            Files.createSymbolicLink(
                    noJava.resolve(command), Path.of(install.environment().get("PATH"), command));
        }
        Install without = new Install(install.home(), install.work(), new TreeMap<>(install.environment()));
        without.environment().put("PATH", noJava.toString());
        Result none = run(without, List.of(install.launcher().toString(), "evaluate", "x.json"));
        assertThat(none.exit()).isEqualTo(4);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("no Java found: Java 17 or later is needed");

        Path old = Files.createDirectories(temp.resolve("java-8/bin"));
        Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'java full version \"1.8.0_292-b10\"' >&2\n");
        old.resolve("java").toFile().setExecutable(true);
        without.environment().put("JAVA_HOME", old.getParent().toString());
        without.environment().put("HOME", temp.resolve("home-java-8").toString());
        Result eight = run(without, List.of(install.launcher().toString(), "evaluate", "x.json"));
        assertThat(eight.exit()).isEqualTo(4);
        assertThat(eight.err())
                .contains("is not Java 17 or later (java full version \"1.8.0_292-b10\")")
                .contains("cần Java 17 trở lên");
    }

    @Test
    @DisplayName("The Windows launcher in the zip: CRLF line ends, ASCII only, the version filled in")
    void windowsLauncher() throws Exception {
        Install install = unpack("chuyenhoa-" + VERSION + ".zip", true);
        byte[] bytes = Files.readAllBytes(install.home().resolve("bin/chuyenhoa.cmd"));
        String text = new String(bytes, StandardCharsets.US_ASCII);
        for (byte b : bytes) {
            assertThat(b & 0xFF).as("a byte of chuyenhoa.cmd").isLessThan(0x80);
        }
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text).contains("chuyenhoa-" + VERSION + "-java-").doesNotContain("@VERSION@");
        assertThat(text.lines().filter(line -> line.startsWith(":")))
                .containsExactly(":plain", ":done", ":archive", ":nojava");
    }

    @Test
    @DisplayName(
            "Both archives are reproducible: entries sorted, one timestamp, owner root, no time in the gzip header;"
                    + " SHA256SUMS holds their digests")
    void reproducible() throws Exception {
        long time = Release.timestamp(System.getProperty("chuyenhoa.timestamp")).toEpochMilli();
        List<String> zipNames = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder()
                .setPath(RELEASE.resolve("chuyenhoa-" + VERSION + ".zip"))
                .get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
                zipNames.add(entry.getName());
                assertThat(entry.getTime()).as(entry.getName()).isEqualTo(time);
                assertThat(entry.getUnixMode() & 0777).as(entry.getName()).isIn(0644, 0755);
            }
        }
        assertThat(zipNames).isSorted().contains("chuyenhoa-" + VERSION + "/lib/chuyenhoa.jar");

        Path tar = RELEASE.resolve("chuyenhoa-" + VERSION + "-" + Release.platform() + ".tar.gz");
        byte[] header = new byte[10];
        try (InputStream in = Files.newInputStream(tar)) {
            assertThat(in.readNBytes(header, 0, 10)).isEqualTo(10);
        }
        assertThat(java.util.Arrays.copyOfRange(header, 4, 8)).as("gzip MTIME").containsOnly(0);
        assertThat(header[3]).as("gzip FLG: no name, no comment").isZero();
        List<String> tarNames = new ArrayList<>();
        try (TarArchiveInputStream in =
                new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(tar)))) {
            for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                tarNames.add(entry.getName());
                assertThat(entry.getModTime().getTime()).as(entry.getName()).isEqualTo(time);
                assertThat(List.of(entry.getLongUserId(), entry.getLongGroupId()))
                        .containsOnly(0L);
                assertThat(List.of(entry.getUserName(), entry.getGroupName())).containsOnly("root");
            }
        }
        assertThat(tarNames)
                .isSorted()
                .contains("chuyenhoa-" + VERSION + "-" + Release.platform() + "/runtime/bin/java")
                .contains("chuyenhoa-" + VERSION + "-" + Release.platform() + "/lib/chuyenhoa.jar");

        assertThat(Files.readAllLines(RELEASE.resolve("SHA256SUMS")))
                .containsExactly(
                        Release.sha256(tar) + "  " + tar.getFileName(),
                        Release.sha256(RELEASE.resolve("chuyenhoa-" + VERSION + ".zip")) + "  chuyenhoa-" + VERSION
                                + ".zip");
    }

    /** evaluate (exit codes, Vietnamese, arguments unchanged), template -o, review, serve; the cache; no writes. */
    private void everyCommand(Install install) throws Exception {
        List<String> before = listing(install.home());
        Path launcher = install.launcher();

        Result pass = run(
                install,
                List.of(
                        launcher.toString(),
                        "evaluate",
                        install.sample("tra-vinh-2023/phuong-5.json").toString()));
        assertThat(pass.exit()).isZero();
        assertThat(pass.err()).isEmpty();
        assertThat(pass.out()).contains("KẾT QUẢ: ĐẠT").contains("Hộ được tuyên truyền: 1.850/1.850 hộ = 100 %");
        assertSameAsBuiltJar(
                install,
                pass,
                "evaluate",
                install.sample("tra-vinh-2023/phuong-5.json").toString());

        // The start-up archive is in the user's cache, made by the first run.
        Path cache = Path.of(install.environment().get("HOME"), ".cache/chuyenhoa");
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.endsWith(".made"))
                    .anyMatch(name -> name.endsWith(".jsa") || name.endsWith(".aot"));
        }

        for (var expected : Map.of("phuong-5-chua-dat.json", 1, "phuong-5-thieu-so-lieu.json", 3)
                .entrySet()) {
            String file = install.sample("tra-vinh-2023/" + expected.getKey()).toString();
            Result result = run(install, List.of(launcher.toString(), "evaluate", file));
            assertThat(result.exit()).as(expected.getKey()).isEqualTo(expected.getValue());
            assertSameAsBuiltJar(install, result, "evaluate", file);
        }
        Result typo = run(
                install,
                List.of(
                        launcher.toString(),
                        "evaluate",
                        install.sample("tra-vinh-2023/phuong-5-go-sai.json").toString()));
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("số liệu không có trong danh mục: \"househods\"");

        // An argument with spaces, Vietnamese letters, quotes and the shell's own characters reaches the program as it
        // is.
        String odd = "số liệu $HOME * `x`/phường 5 'a' \"b\".json";
        Files.createDirectories(install.work().resolve(odd).getParent());
        Files.copy(install.sample("tra-vinh-2023/phuong-5.json"), install.work().resolve(odd));
        Result oddResult = run(install, List.of(launcher.toString(), "evaluate", "--format", "text", odd));
        assertThat(oddResult.exit()).isZero();
        assertThat(oddResult.out().lines().findFirst().orElseThrow()).endsWith(" — " + odd);

        Result template = run(
                install,
                List.of(launcher.toString(), "template", "--plan", "45-KH-BCD-2023", "-o", "mới tạo/phuong-5.yaml"));
        assertThat(template.exit()).isZero();
        assertThat(install.work().resolve("mới tạo/phuong-5.yaml"))
                .content(StandardCharsets.UTF_8)
                .contains("Tệp số liệu đánh giá chuyển hóa theo kế hoạch 45-KH-BCD-2023")
                .contains("households:");

        String samples = install.sample("review-dong-nai-2019").toString();
        // The reference run below writes the same report in the same folder: --overwrite lets it (docs/files.md).
        Result review = run(install, List.of(launcher.toString(), "review", "--overwrite", samples));
        assertThat(review.out()).contains("Toàn tỉnh Đồng Nai").contains("CHỈ TIÊU CỦA TỈNH");
        assertSameAsBuiltJar(install, review, "review", "--overwrite", samples);
        assertThat(install.work().resolve("so-ket-2019.html")).isRegularFile();

        serve(install, false);
        serve(install, true);

        // Nothing was written into the install folder.
        assertThat(listing(install.home())).isEqualTo(before);
    }

    /**
     * serve answers /health and one /v1/evaluate, then stops on SIGTERM. On loopback; or as docs/install.md's
     * systemd unit runs it: on every address with a token file, the cache in $XDG_CACHE_HOME, no HOME and no locale.
     */
    private void serve(Install install, boolean asService) throws Exception {
        Path log = install.work().resolve("serve.log");
        List<String> command = new ArrayList<>(List.of(install.launcher().toString(), "serve", "--port", "0"));
        Map<String, String> environment = new TreeMap<>(install.environment());
        String token = "t0k3n-" + Long.toHexString(System.nanoTime()) + "-of-this-test";
        if (asService) {
            Path tokenFile = install.work().resolve("token");
            Files.writeString(tokenFile, token + "\n");
            command.addAll(List.of("--host", "0.0.0.0", "--token-file", tokenFile.toString()));
            environment.remove("HOME");
            environment.remove("LANG");
            environment.put("XDG_CACHE_HOME", temp.resolve("var-cache").toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(install.work().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            List<String> lines = List.of();
            for (int i = 0; i < 1200 && lines.isEmpty() && process.isAlive(); i++) {
                Thread.sleep(100);
                lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            }
            assertThat(lines).as("what serve printed").isNotEmpty();
            String first = lines.get(0);
            assertThat(first)
                    .matches("chuyenhoa đang phục vụ tại http://" + (asService ? "0\\.0\\.0\\.0" : "127\\.0\\.0\\.1")
                            + ":\\d+/ \\(Ctrl\\+C để dừng\\)");
            String port = first.replaceAll(".*:(\\d+)/.*", "$1");
            URI uri = URI.create("http://127.0.0.1:" + port + "/");
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            // 503 while the rule sets are being built in the background, then 200.
            HttpResponse<String> health = null;
            for (int i = 0; i < 600 && (health == null || health.statusCode() == 503); i++) {
                if (health != null) {
                    Thread.sleep(100);
                }
                health = client.send(
                        HttpRequest.newBuilder(uri.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            assertThat(health.statusCode()).isEqualTo(200);
            HttpRequest.Builder evaluate = HttpRequest.newBuilder(uri.resolve("/v1/evaluate"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(install.sample("tra-vinh-2023/phuong-5.json")));
            if (asService) {
                HttpResponse<String> refused =
                        client.send(evaluate.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(refused.statusCode()).as("without the token").isEqualTo(401);
                evaluate.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> verdict =
                    client.send(evaluate.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(verdict.statusCode()).isEqualTo(200);
            assertThat(verdict.body()).contains("\"label\" : \"ĐẠT\"");
            process.destroy(); // SIGTERM: the launcher became the JVM (exec), which stops gracefully
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(143);
            assertThat(Files.readAllLines(log, StandardCharsets.UTF_8))
                    .containsExactly(first, "INFO v.c.s.ChuyenhoaServer - stopped");
            if (asService) {
                try (Stream<Path> cached = Files.list(temp.resolve("var-cache/chuyenhoa"))) {
                    assertThat(cached.map(path -> path.getFileName().toString()))
                            .anyMatch(name -> name.endsWith(".jsa") || name.endsWith(".aot"));
                }
            }
        } finally {
            process.destroyForcibly();
        }
    }

    /** The same command through the build's jar and the JDK that runs the build: the same output and exit code. */
    private void assertSameAsBuiltJar(Install install, Result result, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", BUILT_JAR.toString()));
        command.addAll(List.of(args));
        Map<String, String> environment = new TreeMap<>(install.environment());
        environment.put("HOME", temp.resolve("home-reference").toString());
        environment.put("LC_ALL", "C.UTF-8"); // as the launcher sets it, so that Java reads the folder's name
        Result reference = run(install.work(), environment, command);
        assertThat(result).isEqualTo(reference);
    }

    /**
     * Unpacks an archive with unzip or tar into "thư mục cài đặt" under the test's temporary folder; the environment
     * has a PATH of links to the launcher's commands only (and to java, when asked), a fresh HOME and LANG=C.
     */
    private Install unpack(String name, boolean withJava) throws Exception {
        Path archive = RELEASE.resolve(name);
        assertThat(archive).isRegularFile();
        Path folder = Files.createDirectories(temp.resolve(name + " thử/thư mục cài đặt"));
        List<String> unpack = name.endsWith(".zip")
                ? List.of("unzip", "-q", archive.toString(), "-d", folder.toString())
                : List.of("tar", "-xzf", archive.toString(), "-C", folder.toString());
        Process process = new ProcessBuilder(unpack).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", unpack)).isZero();
        Path home;
        try (Stream<Path> top = Files.list(folder)) {
            home = top.collect(java.util.stream.Collectors.toList()).get(0);
        }
        assertThat(home.getFileName().toString()).isEqualTo(name.replaceAll("\\.(zip|tar\\.gz)$", ""));

        Path tools = Files.createDirectories(temp.resolve(name + "-tools"));
        for (String command : LAUNCHER_COMMANDS) {
            Files.createSymbolicLink(tools.resolve(command), which(command));
        }
        if (withJava) {
            Files.createSymbolicLink(tools.resolve("java"), JAVA);
        }
        Map<String, String> environment = new TreeMap<>();
        environment.put("PATH", tools.toString());
        environment.put(
                "HOME", Files.createDirectories(temp.resolve(name + "-home")).toString());
        environment.put("LANG", "C");
        Path work = Files.createDirectories(temp.resolve(name + "-work"));
        return new Install(home, work, environment);
    }

    private static Path which(String command) {
        for (String folder : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            Path candidate = Path.of(folder, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("no " + command + " in /usr/bin, /bin or /usr/local/bin");
    }

    private static Result run(Install install, List<String> command) throws Exception {
        return run(install.work(), install.environment(), command);
    }

    private static Result run(Path directory, Map<String, String> environment, List<String> command) throws Exception {
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("no answer in 180 s: " + command);
        }
        Result result = new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /** Every file and folder under a folder, with its size and time: what a run must not change. */
    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.sorted()
                    .map(path -> {
                        try {
                            return folder.relativize(path) + " " + Files.size(path) + " "
                                    + Files.getLastModifiedTime(path);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}
