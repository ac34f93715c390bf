package uk.nhs.coproduction.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.projects.ProjectFixtures;

/**
 * The board reports in a real browser: reached from the project's page, with its chart drawn and
 * its data table, checked with axe-core, and photographed into {@code target/screenshots/}.
 */
class BoardReportBrowserTest extends BrowserSession {

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> ProjectFixtures.inTesting(projects, "report", 6));

    @Test
    void theProjectsBoardReportIsReachedFromItsPageAndIsAccessible() {
        open(app, "/projects/report");
        driver.findElement(By.id("board-report-link")).click();
        waiting().until(ExpectedConditions.urlContains("/projects/report/board-report"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Calls home from report");
        assertThat(driver.findElements(By.cssSelector(".report-figure svg"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".report-data tbody tr"))).hasSize(6);
        accessible("a project's board report");
        browser.screenshot("board-report");
    }

    @Test
    void thePortfolioBoardReportIsAccessible() {
        open(app, "/portfolio/board-report");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("The portfolio of projects");
        accessible("the portfolio's board report");
    }
}
