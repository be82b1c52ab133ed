package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report rendered by a real browser: headless Chromium (Debian's {@code chromium}) opens the file,
 * offline, with a fresh profile, and takes a screenshot (kept in {@code cli/target/review-report/} to look at).
 * Skipped, saying so, where no Chromium is installed.
 */
class ReviewReportInChromiumTest {
    private static final List<String> BROWSERS =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    private static final Path OUTPUT = Path.of("target", "review-report").toAbsolutePath();

    private static Optional<Path> chromium() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> BROWSERS.stream().map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    @Test
    @DisplayName(
            "Headless Chromium renders the sample's report: the screenshot shows the ĐẠT green and CHƯA ĐẠT red of "
                    + "the cards and charts")
    void rendersInChromium(@TempDir Path profile) throws IOException, InterruptedException {
        Optional<Path> browser = chromium();
        Assumptions.assumeTrue(
                browser.isPresent(),
                "no Chromium found on PATH (tried " + String.join(", ", BROWSERS)
                        + "): the HTML report was not rendered; install Debian's chromium package to run this test");
        Files.createDirectories(OUTPUT);
        Path html = OUTPUT.resolve("so-ket-2019.html");
        Path screenshot = OUTPUT.resolve("so-ket-2019.png");
        Files.deleteIfExists(screenshot);
        Run run = Run.of("review", ReviewCommandTest.SAMPLE, "--html", html.toString(), "--overwrite");
        assertThat(run.exit()).isEqualTo(1);
        Process process = new ProcessBuilder(List.of(
                        browser.get().toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + profile,
                        "--hide-scrollbars",
                        "--window-size=1200,1600",
                        "--screenshot=" + screenshot,
                        html.toUri().toString()))
                .redirectErrorStream(true)
                .redirectOutput(OUTPUT.resolve("chromium.log").toFile())
                .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished)
                .as("Chromium finished within 120 s (log: %s)", OUTPUT.resolve("chromium.log"))
                .isTrue();
        assertThat(process.exitValue())
                .as("Chromium's exit code (log: %s)", OUTPUT.resolve("chromium.log"))
                .isZero();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(1600);
        assertThat(pixels(image, 0x2e7d32)).as("pixels of the ĐẠT green").isGreaterThan(5000);
        assertThat(pixels(image, 0xc62828)).as("pixels of the CHƯA ĐẠT red").isGreaterThan(5000);
        assertThat(pixels(image, 0xffffff))
                .as("pixels of the white page")
                .isGreaterThan(image.getWidth() * image.getHeight() / 2);
    }

    /** How many pixels have this colour, give or take a little for the browser's colour handling. */
    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int pixel = image.getRGB(x, y);
                if (close(pixel >> 16, rgb >> 16) && close(pixel >> 8, rgb >> 8) && close(pixel, rgb)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean close(int a, int b) {
        return Math.abs((a & 0xff) - (b & 0xff)) <= 3;
    }
}
