package uk.nhs.coproduction.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.projects.ProjectFixtures;

/**
 * The Always Events project pages in a real browser: open a project from the list, see the phase
 * stepper and why a step is blocked, record a measurement and see the chart and its table grow,
 * send an invalid measurement and see the error by its field, meet a conflict, take a step, and
 * load the demonstration project. Every page is checked with axe-core and the main ones are
 * photographed into {@code target/screenshots/}. The projects are made through the library's
 * public API in the app's temporary data directory, one per test.
 */
class ProjectsBrowserTest extends BrowserSession {

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> {
        ProjectFixtures.started(projects, "blocked-in-set-up");
        ProjectFixtures.readyToUnderstand(projects, "ready-to-move");
        ProjectFixtures.readyToUnderstand(projects, "ready-but-stale");
        ProjectFixtures.inCoDesignWithAim(projects, "record-a-month", 5);
        ProjectFixtures.inCoDesignWithAim(projects, "record-wrongly", 5);
    });

    private static void open(String path) {
        open(app, path);
    }

    private static void press(String button) {
        driver.findElement(By.xpath("//button[normalize-space()='" + button + "']")).click();
    }

    private static int chartRows() {
        return driver.findElements(By.cssSelector(".chart + .table-container tbody tr")).size();
    }

    private static int chartPoints() {
        return driver.findElements(By.cssSelector(".chart svg circle")).size();
    }

    @Test
    void aProjectOpenedFromTheListShowsItsPhaseAndWhyTheNextStepIsBlocked() {
        open("/projects");
        assertThat(driver.findElement(By.cssSelector("a[aria-current=page]")).getText())
                .isEqualTo("Always Events projects");
        accessible("the list of projects");
        browser.screenshot("projects");
        driver.findElement(By.linkText("Calls home from blocked-in-set-up")).click();
        waiting().until(ExpectedConditions.urlContains("/projects/blocked-in-set-up"));

        List<WebElement> phases = driver.findElements(By.cssSelector("ol.stepper > li"));
        assertThat(phases).hasSize(7);
        WebElement current = driver.findElement(By.cssSelector("ol.stepper > li[aria-current=step]"));
        assertThat(current.getText()).contains("Set-up and oversight").contains("Current phase");
        assertThat(phases.get(1).getText()).contains("Not started");

        WebElement step = driver.findElement(By.id("step-understand-what-matters"));
        assertThat(step.getText()).contains("Blocked").contains("What blocks it:")
                .contains("No executive sponsor has been appointed.")
                .contains("Looked at: Executive sponsor: none.")
                .contains("Code: NO_LIVED_EXPERIENCE_MEMBER");
        assertThat(step.findElements(By.cssSelector(".reason"))).hasSize(3);
        assertThat(step.findElements(By.tagName("button"))).as("a blocked step has no button").isEmpty();
        accessible("a project blocked in set-up");
    }

    @Test
    void recordingAMeasurementAddsItToTheChartAndItsTable() {
        open("/projects/record-a-month");
        int rows = chartRows();
        int points = chartPoints();
        assertThat(rows).isEqualTo(5);
        accessible("a project with a run chart");

        driver.findElement(By.id("period")).sendKeys("2024-06");
        driver.findElement(By.id("numerator")).sendKeys("19");
        driver.findElement(By.id("denominator")).sendKeys("20");
        press("Record the measurement");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));

        assertThat(driver.findElement(By.cssSelector(".notice")).getText())
                .isEqualTo("Recorded 2024-06: it happened for 19 of 20 eligible people.");
        assertThat(chartRows()).isEqualTo(rows + 1);
        assertThat(chartPoints()).isEqualTo(points + 1);
        List<WebElement> last = driver.findElements(
                By.cssSelector(".chart + .table-container tbody tr:last-child > *"));
        assertThat(last.get(0).getText()).isEqualTo("2024-06");
        assertThat(last.get(3).getText()).isEqualTo("95%");
        assertThat(driver.findElement(By.id("period")).getAttribute("value")).as("the form is empty again").isEmpty();
        accessible("the project after recording");
    }

    @Test
    void anInvalidMeasurementShowsTheErrorNextToTheFieldAndSavesNothing() {
        open("/projects/record-wrongly");
        int rows = chartRows();
        driver.findElement(By.id("period")).sendKeys("2024-06");
        driver.findElement(By.id("numerator")).sendKeys("twenty");
        driver.findElement(By.id("denominator")).sendKeys("20");
        press("Record the measurement");
        waiting().until(ExpectedConditions.titleContains("Error:"));

        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("There is a problem")
                .contains("Give the number of people it happened for");
        assertThat(driver.switchTo().activeElement()).as("the error summary takes the focus").isEqualTo(summary);
        WebElement error = driver.findElement(By.id("numerator-error"));
        assertThat(error.getText().replaceAll("\\s+", " "))
                .isEqualTo("Error: Give the number of people it happened for: a whole number, 0 or more, such as 21");
        WebElement field = driver.findElement(By.id("numerator"));
        assertThat(field.getAttribute("aria-describedby")).contains("numerator-error");
        assertThat(field.getAttribute("value")).isEqualTo("twenty");
        assertThat(field.findElement(By.xpath("ancestor::div[contains(@class,'form-group')]")).getAttribute("class"))
                .contains("form-group--error");
        assertThat(chartRows()).as("nothing saved").isEqualTo(rows);
        accessible("the measurement form with an error");
        browser.screenshot("project-measurement-error");

        summary.findElement(By.cssSelector("a")).click();
        assertThat(driver.switchTo().activeElement()).as("the summary's link goes to the field").isEqualTo(field);
    }

    @Test
    void aStepIsTakenAndTheStepperMovesOn() {
        open("/projects/ready-to-move");
        WebElement step = driver.findElement(By.id("step-understand-what-matters"));
        assertThat(step.getText()).contains("Ready");
        press("Take this step: Start understanding what matters");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));

        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Step taken: Start understanding "
                + "what matters. The project is now in “Understanding what matters”.");
        assertThat(driver.findElement(By.cssSelector("ol.stepper > li[aria-current=step]")).getText())
                .contains("Understanding what matters").contains("Current phase");
        assertThat(driver.findElement(By.cssSelector("ol.stepper > li")).getText()).contains("Completed");
        WebElement next = driver.findElement(By.id("step-co-design"));
        assertThat(next.getText()).contains("Blocked").contains("NO_WHAT_MATTERS_EVIDENCE");
        accessible("the project after a step");
    }

    @Test
    void aChangeMadeMeanwhileGivesAClearConflictAndNothingIsTaken() {
        open("/projects/ready-but-stale");
        assertThat(app.postJson("/api/projects/ready-but-stale/measurements", "{\"expectedVersion\": 6, \"period\": "
                + "\"2024-01\", \"numerator\": 3, \"denominator\": 4}").statusCode()).isEqualTo(201);
        press("Take this step: Start understanding what matters");
        waiting().until(ExpectedConditions.titleContains("Error:"));

        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains("This project changed while you were working on it: you saw version 6, and it is now at "
                        + "version 7. Nothing was recorded.");
        assertThat(driver.findElement(By.cssSelector("ol.stepper > li[aria-current=step]")).getText())
                .contains("Set-up and oversight");
        accessible("the project with a conflict");
    }

    @Test
    void theDemonstrationProjectLoadsWithItsWholeHistory() {
        open("/projects");
        press("Load the demonstration project");
        waiting().until(ExpectedConditions.urlContains("/projects/humber-contact"));

        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Contact with people who are important to us");
        assertThat(driver.findElement(By.cssSelector("ol.stepper > li[aria-current=step]")).getText())
                .contains("Sustain");
        assertThat(driver.findElements(By.cssSelector(".stepper__step--done"))).hasSize(6);
        assertThat(chartRows()).isEqualTo(20);
        assertThat(driver.findElements(By.cssSelector(".chart svg line.target"))).hasSize(1);
        assertThat(driver.findElement(By.id("pdsa")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("You said you could not reach your family at night.").contains("4.5 Sustainable improvement");
        assertThat(driver.findElement(By.cssSelector(".notice")).getText())
                .contains("The demonstration project is loaded");
        accessible("the demonstration project");
        browser.screenshot("project");
    }

    @Test
    void startingAProjectWithNothingFilledInShowsEachError() {
        open("/projects");
        press("Start the project");
        waiting().until(ExpectedConditions.titleContains("Error:"));
        assertThat(driver.findElements(By.cssSelector(".error-summary__list li"))).hasSize(4);
        assertThat(driver.findElement(By.id("id-error")).getText().replaceAll("\\s+", " "))
                .startsWith("Error: Give the project an id");
        accessible("the start form with errors");
    }
}
