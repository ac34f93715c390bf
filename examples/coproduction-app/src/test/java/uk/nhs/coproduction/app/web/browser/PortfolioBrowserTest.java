package uk.nhs.coproduction.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.portfolio.PortfolioProjects;

/**
 * The portfolio's summary table in a real browser: reached from the navigation, checked with
 * axe-core before and after a filter is applied through its form, with the icons' text
 * alternatives read as a screen reader gets them; photographed into {@code target/screenshots/}.
 */
class PortfolioBrowserTest extends BrowserSession {

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(PortfolioProjects::seed);

    @Test
    void theSummaryTableIsAccessibleAndItsFilterFormKeepsTheChoiceInTheAddress() {
        open(app, "/portfolio");
        driver.get(app.uri("/").toString());
        driver.findElement(By.linkText("Portfolio")).click();
        waiting().until(ExpectedConditions.urlContains("/portfolio"));
        assertThat(driver.findElement(By.cssSelector("a[aria-current=page]")).getText()).isEqualTo("Portfolio");
        assertThat(driver.findElement(By.id("portfolio-count")).getText()).isEqualTo("5 projects");
        assertThat(driver.findElements(By.cssSelector("#portfolio tbody tr"))).hasSize(5);
        List<WebElement> icons = driver.findElements(By.cssSelector("#portfolio svg[role=img]"));
        assertThat(icons).isNotEmpty().allSatisfy(icon -> assertThat(icon.getAttribute("aria-label"))
                .startsWith("Variation: "));
        accessible("the portfolio");
        browser.screenshot("portfolio");

        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("phase-co-design")).click();
        driver.findElement(By.xpath("//button[normalize-space()='Apply filters']")).click();
        replaced(page);
        assertThat(driver.getCurrentUrl()).endsWith("/portfolio?phase=CO_DESIGN");
        assertThat(driver.findElement(By.id("portfolio-count")).getText()).isEqualTo("2 of 5 projects, phase Co-design");
        assertThat(driver.findElement(By.linkText("download as CSV")).getAttribute("href"))
                .endsWith("/portfolio.csv?phase=CO_DESIGN");
        accessible("the portfolio filtered by phase");
    }
}
