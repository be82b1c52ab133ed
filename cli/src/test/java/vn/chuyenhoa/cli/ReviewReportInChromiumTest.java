package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report of {@code review --html} in a real browser: Debian's Chromium, headless, driven through
 * chromium-driver (WebDriver), opens the file offline with a fresh profile, at a desktop's width and at a phone's
 * (400 px). At each width the page is measured in the browser (nothing runs off the page but inside a table's own
 * scroll box, chart labels stay text of a legible size and whole, file paths break only between folders) and
 * screenshotted to {@code cli/target/review-report/} to look at. Skipped, saying so, where Chromium or chromedriver
 * is not installed ({@code .ci/install-chromium} installs both).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewReportInChromiumTest {
    private static final Path OUTPUT = Path.of("target", "review-report").toAbsolutePath();
    /** The smallest chart text we accept, in CSS pixels: a phone's small print, not the 4 px of a scaled drawing. */
    private static final double LEGIBLE = 12;

    /**
     * Elements that reach past the viewport's sides, unless a box that scrolls sideways holds them (a table's
     * {@code .scroll}), as "tag.class: left–right".
     */
    private static final String OUTSIDE_THE_PAGE = """
            const width = document.documentElement.clientWidth;
            const out = [];
            for (const el of document.body.querySelectorAll('*')) {
              const box = el.getBoundingClientRect();
              if (box.width === 0 || (box.left >= -0.5 && box.right <= width + 0.5)) continue;
              let scrolls = false;
              for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                const overflow = getComputedStyle(p).overflowX;
                if (overflow === 'auto' || overflow === 'scroll') { scrolls = true; break; }
              }
              if (!scrolls) out.push(el.tagName.toLowerCase() + '.' + el.className + ': '
                  + Math.round(box.left) + '–' + Math.round(box.right));
            }
            return out;
            """;

    /** Every piece of chart text with its computed size and whether it shows whole: "text | px | cut". */
    private static final String CHART_TEXT = """
            return [...document.querySelectorAll('.chart .label, .chart .legend li, .chart .seg, .chart .total')]
              .filter(el => el.textContent.trim() !== '')
              .map(el => el.textContent + ' | ' + parseFloat(getComputedStyle(el).fontSize) + ' | '
                  + (el.scrollWidth > el.clientWidth + 1 || el.textContent.includes('…') ? 'cut' : 'whole'));
            """;

    /**
     * File paths with a line break where the regular expression {@code arguments[0]} does not allow one, judged by
     * the character before it: "path (between "a" and "b")".
     */
    private static final String PATHS_BROKEN = """
            const allowed = new RegExp(arguments[0], 'u');
            const broken = [];
            for (const el of document.querySelectorAll('.file')) {
              const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              let top = null, before = '';
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.length; i++) {
                  const range = document.createRange();
                  range.setStart(node, i);
                  range.setEnd(node, i + 1);
                  const box = range.getClientRects()[0];
                  if (!box) continue;
                  const c = node.data[i];
                  if (top !== null && box.top > top + 2 && !allowed.test(before) && !/\\s/.test(c)) {
                    broken.push(el.textContent + ' (between "' + before + '" and "' + c + '")');
                  }
                  top = box.top;
                  before = c;
                }
              }
            }
            return broken;
            """;

    private ChromeDriver browser;
    private Path vi;
    private Path en;

    @BeforeAll
    void start(@TempDir Path profile) throws IOException {
        Optional<Path> chromium = ExcelTest.onPath("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = ExcelTest.onPath("chromedriver");
        Assumptions.assumeTrue(
                chromium.isPresent() && driver.isPresent(),
                "no Chromium and chromedriver on PATH: the HTML report was not rendered; install Debian's chromium"
                        + " and chromium-driver (.ci/install-chromium) to run these tests");
        Files.createDirectories(OUTPUT);
        // Absolute paths, as a user's folder gives them: long enough to need breaking in a narrow column.
        String sample = Path.of(ReviewCommandTest.SAMPLE).toAbsolutePath().normalize() + "/";
        vi = OUTPUT.resolve("so-ket-2019.html");
        en = OUTPUT.resolve("so-ket-2019.en.html");
        assertThat(Run.of("review", sample, "--html", vi.toString(), "--overwrite")
                        .exit())
                .isEqualTo(1);
        assertThat(Run.of("review", "--lang", "en", sample, "--html", en.toString(), "--overwrite")
                        .exit())
                .isEqualTo(1);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile.resolve("profile"),
                "--window-size=1200,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("At a desktop's width: the ĐẠT green and CHƯA ĐẠT red of cards and charts, chart labels whole,"
            + " file paths broken only between folders, nothing off the page")
    void desktop() throws IOException {
        BufferedImage image = open(vi, 1200, "so-ket-2019-1200.png");
        assertThat(pixels(image, 0x2e7d32)).as("pixels of the ĐẠT green").isGreaterThan(5000);
        assertThat(pixels(image, 0xc62828)).as("pixels of the CHƯA ĐẠT red").isGreaterThan(5000);
        assertThat(pixels(image, 0xffffff))
                .as("pixels of the white page")
                .isGreaterThan(image.getWidth() * image.getHeight() / 2);
        assertLaidOut(1200);
        assertThat(script("""
                        const label = document.querySelector('.chart.districts .label').getBoundingClientRect();
                        const bar = document.querySelector('.chart.districts .bar').getBoundingClientRect();
                        return label.right <= bar.left && label.top < bar.bottom && bar.top < label.bottom;
                        """)).as("a district's label beside its bar").isEqualTo(List.of(true));
    }

    @Test
    @DisplayName("At a phone's 400 px: nothing off the page but inside a table's scroll box, the areas as cards,"
            + " chart labels above their bars in legible text")
    void phone() throws IOException {
        open(vi, 400, "so-ket-2019-400.png");
        assertLaidOut(400);
        assertThat(script("return getComputedStyle(document.querySelector('table.reflow tr')).display;"))
                .as("the areas' rows laid out as cards")
                .isEqualTo(List.of("block"));
        assertThat(script("""
                        const label = document.querySelector('.chart.criteria .label').getBoundingClientRect();
                        const bar = document.querySelector('.chart.criteria .bar').getBoundingClientRect();
                        return label.bottom <= bar.top + 1 && bar.width > 200;
                        """))
                .as("a criterion's label above its bar, which keeps most of the width")
                .isEqualTo(List.of(true));
    }

    @Test
    @DisplayName("A failed yes/no criterion names its fact once, with what it needs: in Vietnamese and in English")
    void flagNamedOnce() throws IOException {
        open(vi, 1200, "so-ket-2019-1200.png");
        String text = (String) browser.executeScript("return document.body.innerText;");
        assertThat(text)
                .contains("condition-2 Không để phức tạp nổi lên về TTATXH: Phát sinh phức tạp mới về trật tự xã hội:"
                        + " có — cần: không\n")
                .doesNotContain("cần: Phát sinh");
        open(en, 1200, "so-ket-2019.en-1200.png");
        String english = (String) browser.executeScript("return document.body.innerText;");
        assertThat(english)
                .contains(
                        "condition-2 No new complexity in social order: New complexity in social order: yes — needs: no\n")
                .doesNotContain("needs: New");
    }

    /** The report at {@code width}, the window as tall as the page, and its screenshot under target/review-report. */
    private BufferedImage open(Path html, int width, String screenshot) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(html.toUri().toString());
        long height = (Long) browser.executeScript("return Math.min(document.documentElement.scrollHeight, 8000);");
        browser.manage().window().setSize(new Dimension(width, (int) Math.max(height, 600)));
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(OUTPUT.resolve(screenshot), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** What holds at every width: nothing off the page, chart text legible and whole, paths broken at folders. */
    private void assertLaidOut(int width) {
        assertThat(script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .as("the page at %d px scrolls sideways", width)
                .isEqualTo(List.of(0L));
        assertThat(script(OUTSIDE_THE_PAGE))
                .as("elements reaching off the page at %d px", width)
                .isEqualTo(List.of(List.of()));
        @SuppressWarnings("unchecked")
        List<String> chart = (List<String>) browser.executeScript(CHART_TEXT);
        assertThat(chart).as("chart texts").hasSizeGreaterThan(20);
        for (String piece : chart) {
            String[] parts = piece.split(" \\| ");
            assertThat(Double.parseDouble(parts[1]))
                    .as("font size of the chart text \"%s\" at %d px", parts[0], width)
                    .isGreaterThanOrEqualTo(LEGIBLE);
            assertThat(parts[2])
                    .as("the chart text \"%s\" at %d px", parts[0], width)
                    .isEqualTo("whole");
        }
        // At a desktop's width a path breaks between folders only; on a phone a name wider than the card may also
        // break between its words (after "-", "_" or "."), never between two letters or digits.
        String allowed = width >= 1000 ? "[/\\\\\\s,]" : "[^\\p{L}\\p{N}]";
        assertThat(List.of(browser.executeScript(PATHS_BROKEN, allowed)))
                .as("file paths broken where they should not be at %d px", width)
                .isEqualTo(List.of(List.of()));
    }

    /** A script's answer, in a list so that AssertJ compares it whole (numbers come back as Long or Double). */
    private List<Object> script(String javascript) {
        Object answer = browser.executeScript(javascript);
        return answer == null ? List.of(Map.of()) : List.of(answer);
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
