package uk.nhs.coproduction.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.app.web.RunningApp;

/**
 * The web app in a real browser, as a person uses it: search and filter the catalogue, open a
 * resource, submit a health check that is wrong and see the error by the field, draw a run chart.
 * Every page is checked with axe-core (no serious or critical violations) and photographed into
 * {@code target/screenshots/}.
 */
class BrowserTest extends BrowserSession {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    private static void open(String path) {
        open(app, path);
    }

    @Test
    void theHomePageSkipLinkComesFirstAndFocusIsVisible() {
        open("/");
        assertThat(driver.getTitle()).endsWith("NHS co-production app");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");
        browser.screenshot("home");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        assertThat(focused.getCssValue("background-color")).as("the yellow focus highlight")
                .isEqualTo("rgba(255, 235, 59, 1)");
        assertThat(driver.findElement(By.cssSelector("footer")).getText())
                .contains("Always Events® is a registered trademark of the Institute for Healthcare Improvement.");
        accessible("the home page");
    }

    @Test
    void searchFilterAndOpenAResource() {
        open("/catalogue");
        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys("co-production");
        driver.findElement(By.cssSelector(".search__button")).click();
        waiting().until(ExpectedConditions.urlContains("q=co-production"));
        String before = driver.findElement(By.cssSelector("[role=status]")).getText();
        assertThat(before).matches("\\d+ resources match “co-production”.*");

        WebElement guide = driver.findElement(By.cssSelector("#facet-kind input[value=guide]"));
        String guideLabel = driver.findElement(By.cssSelector("label[for='" + guide.getAttribute("id") + "']")).getText();
        assertThat(guideLabel).matches("Guide\\s*\\(\\d+\\)");
        int expected = Integer.parseInt(guideLabel.replaceAll("\\D", ""));
        driver.findElement(By.cssSelector("label[for='" + guide.getAttribute("id") + "']")).click();
        driver.findElement(By.xpath("//button[normalize-space()='Apply filters']")).click();
        waiting().until(ExpectedConditions.urlContains("kind=guide"));

        String status = driver.findElement(By.cssSelector("[role=status]")).getText();
        assertThat(status).startsWith(expected + (expected == 1 ? " resource matches" : " resources match"))
                .contains("with the filters chosen");
        List<WebElement> results = driver.findElements(By.cssSelector(".results__item"));
        assertThat(results).hasSize(expected);
        results.forEach(r -> assertThat(r.findElement(By.cssSelector(".results__facts")).getText()).startsWith("Guide"));
        assertThat(driver.findElement(By.cssSelector("#facet-kind input[value=guide]")).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".applied-filters")).getText()).contains("Kind of resource: Guide");
        accessible("the catalogue with a filter");
        browser.screenshot("catalogue");

        WebElement first = driver.findElement(By.cssSelector(".results__title a"));
        String title = first.getText();
        first.click();
        waiting().until(ExpectedConditions.urlContains("/catalogue/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        String jsonLd = (String) driver.executeScript(
                "return document.querySelector('script[type=\"application/ld+json\"]').textContent;");
        JsonNode node = JsonMapper.builder().build().readTree(jsonLd);
        assertThat(node.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(node.get("name").asString()).isEqualTo(title);
        accessible("a resource page");
        browser.screenshot("resource");
    }

    @Test
    void aFileShowsItsNhsLinkLabel() {
        open("/catalogue/calm-at-night-guide");
        WebElement link = driver.findElement(By.cssSelector(".downloads a"));
        assertThat(link.getText()).isEqualTo("Calm at night: a ward guide (PDF only, 1.23MB, 12 pages)");
        accessible("a resource with a file");
    }

    @Test
    void pagingThroughTheCatalogue() {
        open("/catalogue");
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).endsWith("showing 1 to 10.");
        driver.findElement(By.linkText("Next page")).click();
        waiting().until(ExpectedConditions.urlContains("page=2"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).endsWith("showing 11 to 20.");
        accessible("the second page of results");
    }

    @Test
    void anInvalidHealthCheckShowsTheErrorNextToTheField() throws IOException {
        open("/health-check");
        accessible("the health-check form");
        String broken = sample().replace("\"PATIENT\"", "\"PATIEN\"");
        WebElement textarea = driver.findElement(By.id("partnership"));
        driver.executeScript("arguments[0].value = arguments[1];", textarea, broken);
        driver.findElement(By.xpath("//button[normalize-space()='Check the partnership']")).click();
        waiting().until(ExpectedConditions.titleContains("Error:"));

        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("There is a problem").contains("not a valid partnership");
        assertThat(driver.switchTo().activeElement()).as("the error summary takes the focus").isEqualTo(summary);
        WebElement error = driver.findElement(By.id("partnership-error"));
        assertThat(error.getText().replaceAll("\\s+", " ")).contains("Error: Line 10, column 19, members[0].partner.roles[0]: must be one of");
        WebElement field = driver.findElement(By.id("partnership"));
        assertThat(field.getAttribute("aria-describedby")).contains("partnership-error");
        assertThat(field.getAttribute("value")).contains("\"PATIEN\"");
        WebElement group = field.findElement(By.xpath("ancestor::div[contains(@class,'form-group')]"));
        assertThat(group.findElement(By.id("partnership-error")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".excerpt__line--flagged")).getText()).contains("Line 10");
        accessible("the health-check form with errors");
        browser.screenshot("health-check-errors");

        summary.findElement(By.cssSelector("a")).click();
        assertThat(driver.switchTo().activeElement()).as("the summary's link goes to the field")
                .isEqualTo(driver.findElement(By.id("partnership")));
    }

    @Test
    void aValidHealthCheckShowsTheReport() {
        open("/health-check?sample=yes");
        driver.findElement(By.xpath("//button[normalize-space()='Check the partnership']")).click();
        waiting().until(ExpectedConditions.titleContains("Health check:"));
        assertThat(driver.findElement(By.cssSelector(".panel")).getText()).contains("Rung 6 of 7");
        assertThat(driver.findElements(By.cssSelector(".finding"))).hasSize(15);
        accessible("the health-check report");
        browser.screenshot("health-check-report");
    }

    @Test
    void theRunChartShowsTheChartAimLineAndTable() {
        open("/run-chart");
        accessible("the run-chart form");
        driver.findElement(By.linkText("Use two years of example data")).click();
        waiting().until(ExpectedConditions.urlContains("example=yes"));
        WebElement aim = driver.findElement(By.id("aim"));
        aim.clear();
        aim.sendKeys("90");
        driver.findElement(By.xpath("//button[normalize-space()='Draw the run chart']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart svg")));

        WebElement svg = driver.findElement(By.cssSelector(".chart svg"));
        assertThat(svg.isDisplayed()).isTrue();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(driver.findElements(By.cssSelector(".chart svg line.target"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".chart svg circle"))).hasSizeGreaterThanOrEqualTo(24);
        assertThat(driver.findElements(By.cssSelector(".table tbody tr"))).hasSize(24);
        assertThat(driver.findElement(By.cssSelector(".table thead")).getText()).contains("Aim of 90% met?");
        assertThat(driver.findElement(By.cssSelector(".chart__caption")).getText()).contains("Target 90");
        accessible("the run chart");
        browser.screenshot("run-chart");

        WebElement csv = driver.findElement(By.id("csv"));
        driver.executeScript("arguments[0].value = arguments[1];", csv,
                "period,numerator,denominator\n2024-01,4,5\n2024-02,six,5\n");
        driver.findElement(By.xpath("//button[normalize-space()='Draw the run chart']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("csv-error")));
        assertThat(driver.findElement(By.id("csv-error")).getText().replaceAll("\\s+", " "))
                .isEqualTo("Error: Line 3: the numerator 'six' is not a number");
        assertThat(driver.findElements(By.cssSelector(".chart svg"))).isEmpty();
        accessible("the run chart with an error");
    }

    @Test
    void axeFindsViolationsOnAPageThatHasThem() {
        driver.get("data:text/html;charset=utf-8,<html><body><img src='x.png'><input type='text'></body></html>");
        assertThat(String.join("\n", browser.seriousViolations())).as("the check can fail")
                .contains("image-alt (critical)").contains("html-has-lang (serious)").contains("label (critical)");
    }

    @Test
    void theNotFoundPageIsAccessibleToo() {
        open("/no-such-page");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        accessible("the not-found page");
    }

    private static String sample() throws IOException {
        try (InputStream in = BrowserTest.class.getResourceAsStream(
                "/uk/nhs/coproduction/app/check/sample-partnership.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
