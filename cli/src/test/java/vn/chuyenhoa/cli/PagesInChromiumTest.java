package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.review.csv.Csv;
import vn.chuyenhoa.server.ChuyenhoaServer;
import vn.chuyenhoa.server.ServerOptions;

/**
 * The analysts' pages in a real browser: Debian's Chromium, headless, driven through chromium-driver (WebDriver) by
 * Selenium, against a real server on a free loopback port. Each verdict, message and count the page must show is
 * asked of the same server's API or of the command line in the test, never written here. Screenshots of each page,
 * desktop and 400 px wide, go to {@code cli/target/pages/}. Skipped, saying so, where Chromium or chromedriver is
 * not installed ({@code .ci/install-chromium} installs both).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInChromiumTest {
    private static final Path SCREENSHOTS = Path.of("target", "pages").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private ChuyenhoaServer server;
    private ChromeDriver browser;
    private Path downloads;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        Optional<Path> chromium = ExcelTest.onPath("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = ExcelTest.onPath("chromedriver");
        Assumptions.assumeTrue(
                chromium.isPresent() && driver.isPresent(),
                "no Chromium and chromedriver on PATH: the pages were not driven in a browser; install Debian's"
                        + " chromium and chromium-driver (.ci/install-chromium) to run these tests");
        Files.createDirectories(SCREENSHOTS);
        downloads = folder.resolve("downloads");
        Files.createDirectories(downloads);
        server = ChuyenhoaServer.start(Plans.load(), ServerOptions.defaults().withPort(0));
        browser = browser(chromium.get(), driver.get(), folder.resolve("profile"));
    }

    private ChromeDriver browser(Path chromium, Path driver, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,900");
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    private String url(String path) {
        return server.uri().resolve(path).toString();
    }

    /** A wait that looks again when an element it found was replaced: the page redraws the verdict as one types. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** The page at desktop width and at 400 px, each as a PNG under target/pages/. */
    private void screenshots(String name) throws IOException {
        for (int width : new int[] {1280, 400}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) ((JavascriptExecutor) browser)
                    .executeScript("return Math.min(document.documentElement.scrollHeight, 6000);");
            browser.manage().window().setSize(new Dimension(width, (int) Math.max(height, 600)));
            byte[] png = browser.getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
            long overflow = (Long) ((JavascriptExecutor) browser)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("%s at %d px scrolls sideways", name, width).isLessThanOrEqualTo(0);
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private JsonNode apiEvaluate(JsonNode document) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url("/v1/evaluate")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(document)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    // ── One area, one plan ──────────────────────────────────────────────────────────────────────────────────────

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "tra-vinh-2023/phuong-5.json",
                "dong-nai-2017/xa-phuoc-thien.json",
                "huong-tra-2023/huong-van.json"
            })
    @DisplayName(
            "An area of each plan: the form filled from a sample shows the API's verdict and reasons; a field blanked"
                    + " gives CHƯA ĐỦ DỮ LIỆU; a bad value gets the command line's message beside it; saved and reopened")
    void oneAreaOfEachPlan(String sample) throws Exception {
        Path file = Path.of(Run.SAMPLES + sample);
        ObjectNode facts = (ObjectNode) JSON.readTree(file.toFile());
        JsonNode expected = apiEvaluate(withoutEvidence(facts));
        String plan = expected.get("plan").get("id").asText();
        browser.get(url("/area.html?plan=" + plan + "&lang=vi"));
        waiting()
                .until(d -> !d.findElements(By.cssSelector("#facts fieldset[id^=criterion-]"))
                        .isEmpty());
        // Every input of a fact is named by its fact id, and every fact of the sample has one.
        fill(facts);
        verdictShown(expected);
        screenshots("area-" + plan);

        // Blank the first fact whose absence leaves the area undecided, as the engine says.
        String blanked = null;
        for (Iterator<String> names = facts.get("facts").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            ObjectNode without = withoutEvidence(facts);
            ((ObjectNode) without.get("facts")).remove(name);
            if (apiEvaluate(without).get("outcome").asText().equals("INDETERMINATE")) {
                blanked = name;
                break;
            }
        }
        assertThat(blanked)
                .as("a fact of %s whose absence leaves the area undecided", sample)
                .isNotNull();
        WebElement field = browser.findElement(By.name(blanked));
        String before = value(field);
        clear(field);
        waiting()
                .until(d ->
                        "INDETERMINATE".equals(d.findElement(By.id("outcome")).getAttribute("data-outcome")));
        assertThat(browser.findElement(By.id("outcome")).getText()).startsWith("CHƯA ĐỦ DỮ LIỆU");
        assertThat(browser.findElement(By.id("missing")).getText()).contains(blanked);
        set(field, before);

        // A bad value: the message beside the field is the command line's, without the file name.
        String count = firstCount(facts);
        WebElement input = browser.findElement(By.name(count));
        String good = input.getAttribute("value");
        clear(input);
        input.sendKeys("12,5");
        Path bad = Files.createTempFile("wt-pages", ".json");
        ObjectNode badFacts = withoutEvidence(facts);
        ((ObjectNode) badFacts.get("facts")).put(count, "12,5");
        Files.writeString(bad, JSON.writeValueAsString(badFacts));
        Run cli = Run.of("evaluate", bad.toString());
        Files.delete(bad);
        String message = cli.err()
                .lines()
                .findFirst()
                .orElseThrow()
                .substring(bad.toString().length() + 2);
        waiting().until(d -> d.findElement(By.id("e-" + count)).getText().equals(message));
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("Chưa đánh giá được");
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        set(input, good);
        verdictShown(expected);

        // Saved as JSON, opened again in a fresh page: the same figures, the same verdict.
        Path saved = downloaded(() -> browser.findElement(By.id("save-json")).click(), ".json");
        JsonNode savedFacts = JSON.readTree(saved.toFile()).get("facts");
        facts.get("facts")
                .properties()
                .forEach(entry -> assertThat(savedFacts.get(entry.getKey()))
                        .as(entry.getKey())
                        .isEqualTo(entry.getValue()));
        browser.get(url("/area.html?plan=" + plan + "&lang=vi"));
        waiting()
                .until(d -> !d.findElements(By.id("open-file")).isEmpty()
                        && !d.findElements(By.cssSelector("#facts fieldset[id^=criterion-]"))
                                .isEmpty());
        browser.findElement(By.id("open-file")).sendKeys(saved.toString());
        verdictShown(expected);
        Files.delete(saved);
    }

    private static ObjectNode withoutEvidence(ObjectNode facts) {
        ObjectNode copy = facts.deepCopy();
        copy.remove("evidence");
        return copy;
    }

    private static String firstCount(JsonNode facts) {
        for (Map.Entry<String, JsonNode> entry : facts.get("facts").properties()) {
            if (entry.getValue().isNumber()) {
                return entry.getKey();
            }
        }
        throw new AssertionError("no count in the sample");
    }

    private void fill(JsonNode facts) {
        JsonNode area = facts.get("area");
        for (String key : List.of("name", "district", "province")) {
            set(browser.findElement(By.name(key)), area.path(key).asText(""));
        }
        List<String> types = new ArrayList<>();
        area.path("types").forEach(type -> types.add(type.asText()));
        for (WebElement box : browser.findElements(By.name("types"))) {
            if (box.isSelected() != types.contains(box.getAttribute("value"))) {
                box.click();
            }
        }
        set(browser.findElement(By.name("year")), facts.get("year").asText());
        facts.get("facts").properties().forEach(entry -> {
            List<WebElement> fields = browser.findElements(By.name(entry.getKey()));
            assertThat(fields).as("the input named %s", entry.getKey()).hasSize(1);
            set(fields.get(0), entry.getValue().isNull() ? "" : entry.getValue().asText());
        });
    }

    private static String value(WebElement field) {
        return field.getAttribute("value");
    }

    /** Types a value as a person would (a select by its option), replacing what was there. */
    private static void set(WebElement field, String value) {
        if (field.getTagName().equals("select")) {
            new Select(field).selectByValue(value);
            return;
        }
        clear(field);
        if (!value.isEmpty()) {
            field.sendKeys(value);
        }
    }

    private static void clear(WebElement field) {
        if (field.getTagName().equals("select")) {
            new Select(field).selectByValue("");
            return;
        }
        field.sendKeys(
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
    }

    /** The page shows the API's verdict: its label, decision, and each criterion's status words and reason. */
    private void verdictShown(JsonNode expected) {
        String outcome = expected.get("outcome").asText();
        waiting()
                .until(d -> !d.findElements(By.id("outcome")).isEmpty()
                        && outcome.equals(d.findElement(By.id("outcome")).getAttribute("data-outcome"))
                        && d.findElement(By.id("decision"))
                                .getText()
                                .endsWith(expected.get("decision").asText()));
        assertThat(browser.findElement(By.id("outcome")).getText())
                .startsWith(expected.get("label").asText());
        List<WebElement> items = browser.findElements(By.cssSelector("#criteria > li"));
        assertThat(items).hasSize(expected.get("criteria").size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode criterion = expected.get("criteria").get(i);
            WebElement item = items.get(i);
            assertThat(item.getAttribute("data-criterion"))
                    .isEqualTo(criterion.get("id").asText());
            assertThat(item.getAttribute("data-status"))
                    .isEqualTo(criterion.get("status").asText());
            assertThat(item.getText()).contains(criterion.get("reason").asText());
            if (!criterion.get("shortfall").isNull()) {
                assertThat(item.getText()).contains(criterion.get("shortfall").asText());
            }
        }
        // Each reading the plan declares, with the choice in use, as words (once drawn as "[object HTMLElement]").
        JsonNode used = expected.get("readings_used");
        if (!used.isEmpty()) {
            String shown = browser.findElement(By.id("readings-used")).getText();
            used.properties()
                    .forEach(reading -> assertThat(shown)
                            .contains(reading.getKey())
                            .contains(reading.getValue().asText()));
        }
        assertThat(browser.findElement(By.id("verdict")).getText()).doesNotContain("[object");
    }

    /** The file the browser downloads when {@code action} runs, once it is complete. */
    private Path downloaded(Runnable action, String extension) throws IOException {
        try (Stream<Path> old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        action.run();
        waiting().until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.anyMatch(p -> p.toString().endsWith(extension));
            } catch (IOException e) {
                return false;
            }
        });
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(p -> p.toString().endsWith(extension))
                    .findFirst()
                    .orElseThrow();
        }
    }

    // ── Start page ──────────────────────────────────────────────────────────────────────────────────────────────

    @Test
    @DisplayName(
            "The start page lists every plan and answers which plan applies, or the engine's reason when none does;"
                    + " English with the toggle, never mixed")
    void startPage() throws Exception {
        browser.get(url("/?lang=vi"));
        waiting().until(d -> d.findElements(By.cssSelector("#plans .card")).size() >= 3);
        screenshots("start");
        ask("Trà Vinh", "LOAI_4", "2023");
        waiting().until(d -> d.findElement(By.id("which-result")).getText().contains("45-KH-BCD-2023"));
        ask("Đồng Nai", "LOAI_4", "2023");
        JsonNode probe = JSON.readTree(
                "{\"area\":{\"name\":\"?\",\"province\":\"Đồng Nai\",\"types\":[\"LOAI_4\"]},\"year\":2023,\"facts\":{}}");
        String reason = apiEvaluate(probe).get("errors").get(0).get("message").asText();
        waiting().until(d -> d.findElement(By.id("which-result")).getText().contains(reason));
        browser.findElement(By.id("language")).click();
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("Area transformation plans"));
        waiting().until(d -> d.findElements(By.cssSelector("#plans .card")).size() >= 3);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Evaluate an area").doesNotContain("Đánh giá một địa bàn");
        browser.get(url("/?lang=vi"));
    }

    private void ask(String province, String type, String year) {
        set(browser.findElement(By.id("which-province")), province);
        new Select(browser.findElement(By.id("which-type"))).selectByValue(type);
        set(browser.findElement(By.id("which-year")), year);
        browser.findElement(By.cssSelector("#which button[type=submit]")).click();
    }

    // ── Review ──────────────────────────────────────────────────────────────────────────────────────────────────

    @Test
    @DisplayName(
            "Review: the sample folder, its CSV and a workbook made by template --format xlsx and filled in give the"
                    + " command line's counts on the page; the Excel download reads as the CSV download")
    void review(@TempDir Path folder) throws Exception {
        JsonNode totals = JSON.readTree(Run.of("review", "--no-html", "--format", "json", ReviewCommandTest.SAMPLE)
                        .out())
                .get("summary")
                .get("totals");
        browser.get(url("/review.html?lang=vi"));
        waiting()
                .until(d ->
                        d.findElements(By.cssSelector("#review-plan option")).size() > 1);
        Path sample = Path.of(ReviewCommandTest.SAMPLE).toAbsolutePath().normalize();
        browser.findElement(By.id("review-folder")).sendKeys(sample.toString());
        runReview();
        assertCounts(totals);
        screenshots("review");

        Path csv = sample.resolve("so-ket-2019.csv");
        choose("review-files", csv);
        runReview();
        assertCounts(JSON.readTree(Run.of("review", "--no-html", "--format", "json", "--csv", csv.toString())
                        .out())
                .get("summary")
                .get("totals"));

        Path workbook = ExcelTest.districtWorkbook(folder).toAbsolutePath();
        choose("review-files", workbook);
        runReview();
        assertCounts(totals);

        Path csvOut = downloaded(() -> click("[data-ext=csv]"), ".csv");
        List<String> csvLines = List.of(
                Files.readString(csvOut, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        Path xlsx = downloaded(() -> click("[data-ext=xlsx]"), ".xlsx");
        assertThat(sheetAsCsv(
                        Files.readAllBytes(xlsx), "Địa bàn", csvLines.get(0).split(";", -1).length))
                .isEqualTo(csvLines);
    }

    /** Chooses {@code file} alone in a file input (chromedriver adds to what a "multiple" input held). */
    private void choose(String input, Path file) {
        WebElement field = browser.findElement(By.id(input));
        field.clear();
        field.sendKeys(file.toString());
        waiting().until(d -> d.findElement(By.id("chosen")).getText().endsWith(": " + file.getFileName()));
    }

    private void click(String selector) {
        browser.findElement(By.cssSelector("#result " + selector)).click();
    }

    private void runReview() {
        browser.findElement(By.cssSelector("#review button[type=submit]")).click();
        waiting().until(d -> d.findElements(By.id("report-host")).isEmpty());
    }

    /** The counts of the report's cards, read off the page (the report sits in a shadow root). */
    private void assertCounts(JsonNode totals) {
        Map<String, String> cards = Map.of(
                "total", "areas", "pass", "pass", "fail", "fail", "undecided", "indeterminate", "invalid", "invalid");
        waiting().until(d -> {
            SearchContext report = d.findElement(By.id("report-host")).getShadowRoot();
            return cards.entrySet().stream()
                    .allMatch(card -> report.findElement(By.cssSelector(".card." + card.getKey() + " .n"))
                            .getText()
                            .equals(totals.get(card.getValue()).asText()));
        });
    }

    /** A sheet read by Apache POI as our CSV writes a table (';', quoted where needed). */
    private static List<String> sheetAsCsv(byte[] workbook, String name, int width) throws IOException {
        DataFormatter shown = new DataFormatter();
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet(name);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(Csv.cell(cell == null ? "" : shown.formatCellValue(cell), ';'));
                }
                lines.add(String.join(";", cells));
            }
        }
        return lines;
    }

    // ── Token ───────────────────────────────────────────────────────────────────────────────────────────────────

    @Test
    @DisplayName(
            "With a token, the pages ask for it once, keep it in an HttpOnly cookie, and work as without one; a wrong"
                    + " token is refused")
    void token() throws Exception {
        String token = "a-token-for-the-pages-test-0123456789";
        ServerOptions options = new ServerOptions(
                ServerOptions.DEFAULT_HOST,
                0,
                token,
                null,
                ServerOptions.DEFAULT_MAX_BODY,
                Duration.ofSeconds(30),
                Duration.ofSeconds(30),
                ServerOptions.DEFAULT_MAX_CONCURRENT,
                4096,
                List.of());
        ChuyenhoaServer guarded = ChuyenhoaServer.start(Plans.load(), options);
        try {
            browser.get(guarded.uri().resolve("/?lang=vi").toString());
            waiting().until(d -> d.findElement(By.id("token-dialog")).isDisplayed());
            screenshots("token");
            browser.findElement(By.id("token")).sendKeys("not-the-token-at-all");
            browser.findElement(By.cssSelector("#token-dialog button")).click();
            waiting().until(d -> d.findElement(By.id("token-error")).getText().equals("Mã truy cập không đúng."));
            set(browser.findElement(By.id("token")), token);
            browser.findElement(By.cssSelector("#token-dialog button")).click();
            waiting().until(d -> d.findElements(By.cssSelector("#plans .card")).size() >= 3);
            Object cookies = ((JavascriptExecutor) browser).executeScript("return document.cookie;");
            assertThat(cookies).as("the cookie is HttpOnly: no script reads it").isEqualTo("");
            browser.get(guarded.uri()
                    .resolve("/area.html?plan=45-KH-BCD-2023&lang=vi")
                    .toString());
            waiting()
                    .until(d -> !d.findElements(By.cssSelector("#facts fieldset[id^=criterion-]"))
                            .isEmpty());
            assertThat(browser.findElements(By.id("token-dialog")))
                    .as("asked once")
                    .isEmpty();
            HttpResponse<String> foreign = http.send(
                    HttpRequest.newBuilder(guarded.uri().resolve("/v1/evaluate"))
                            .header("Content-Type", "application/json")
                            .header(
                                    "Cookie",
                                    "chuyenhoa_token="
                                            + java.util.Base64.getUrlEncoder()
                                                    .withoutPadding()
                                                    .encodeToString(token.getBytes(StandardCharsets.UTF_8)))
                            .header("Origin", "http://example.invalid")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(foreign.statusCode())
                    .as("the cookie from another site's page")
                    .isEqualTo(401);
        } finally {
            guarded.stop();
            browser.manage().deleteAllCookies();
        }
    }
}
