package uk.nhs.coproduction.app.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's Chromium driven by Debian's chromedriver, both named by path so Selenium never tries to
 * download a browser or a driver, with axe-core injected to check accessibility.
 *
 * <p>Where they are: {@code /usr/bin/chromium}, {@code /usr/bin/chromedriver} (apt-get install
 * chromium chromium-driver) and axe-core's {@code axe.min.js} under
 * {@code ~/.cache/nhs-coproduction/axe/node_modules/axe-core/} (npm install --prefix
 * ~/.cache/nhs-coproduction/axe axe-core), or wherever the system property {@code axe.core.js} or
 * the environment variable {@code AXE_CORE_JS} says. {@code .ci/run} installs all three.
 *
 * <p>If any is missing the browser tests are skipped, saying which and how to install it; but
 * when the environment variable {@code REQUIRE_BROWSER_TESTS} is {@code 1} (as in CI) they fail
 * instead, so CI can never pass without having run them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The tallest screenshot taken, in CSS pixels. */
    static final int MAX_SCREENSHOT_HEIGHT = 2600;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final String axe;
    private final Path profile;

    private Browser(ChromeDriver driver, ChromeDriverService service, String axe, Path profile) {
        this.driver = driver;
        this.service = service;
        this.axe = axe;
        this.profile = profile;
    }

    /** Where axe-core is, if it is installed. */
    static Optional<Path> axeScript() {
        String configured = System.getProperty("axe.core.js", System.getenv("AXE_CORE_JS"));
        Path path = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "nhs-coproduction", "axe", "node_modules",
                        "axe-core", "axe.min.js");
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** What is missing for the browser tests, or empty if nothing is. */
    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (apt-get install chromium)");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER + " (apt-get install chromium-driver)");
        }
        if (axeScript().isEmpty()) {
            missing.add("axe-core (npm install --prefix ~/.cache/nhs-coproduction/axe axe-core, or set AXE_CORE_JS)");
        }
        return missing;
    }

    /** Skips the calling test with the reason, or fails it when browser tests are required. */
    static void requireOrSkip() {
        requireOrSkip(missing(), System.getenv("REQUIRE_BROWSER_TESTS"));
    }

    /**
     * Returns if nothing is missing; otherwise fails (when {@code required} is "1") or skips the
     * calling test, naming what is missing.
     */
    static void requireOrSkip(List<String> missing, @Nullable String required) {
        if (missing.isEmpty()) {
            return;
        }
        String reason = "Browser tests need " + String.join(", ", missing);
        if ("1".equals(required)) {
            Assertions.fail(reason + ", and REQUIRE_BROWSER_TESTS=1 says they must run.");
        }
        Assumptions.abort(reason + ": skipped.");
    }

    /** Starts a headless Chromium with a fresh profile. */
    static Browser start() {
        requireOrSkip();
        try {
            Path profile = Files.createTempDirectory("chromium-profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                    "--user-data-dir=" + profile, "--window-size=1280,1400", "--lang=en-GB");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogOutput(java.io.OutputStream.nullOutputStream())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            String axe = Files.readString(axeScript().orElseThrow(), StandardCharsets.UTF_8);
            return new Browser(driver, service, axe, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Runs axe-core on the page (every rule it has, WCAG 2.2 A and AA included) and returns the
     * violations of serious or critical impact, each as "rule: help (targets)".
     */
    List<String> seriousViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(JSON.stringify(r.violations)))"
                        + ".catch(e => done('axe failed: ' + e));");
        String text = String.valueOf(result);
        if (text.startsWith("axe failed")) {
            throw new IllegalStateException(text);
        }
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(text)) {
            String impact = violation.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                serious.add(violation.path("id").asString() + " (" + impact + "): " + violation.path("help").asString()
                        + " at " + targets);
            }
        }
        return serious;
    }

    /**
     * Saves a screenshot of the whole page (up to {@value #MAX_SCREENSHOT_HEIGHT} pixels high) as
     * {@code target/screenshots/<name>.png}.
     */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(MAX_SCREENSHOT_HEIGHT, ((Number) size.get("height")).doubleValue());
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile.toFile());
        }
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        file.delete();
    }
}
