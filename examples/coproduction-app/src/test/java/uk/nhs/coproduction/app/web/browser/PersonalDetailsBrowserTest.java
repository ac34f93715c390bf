package uk.nhs.coproduction.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.projects.ProjectFixtures;

/**
 * In a real browser: a "you said, we did" entry with a telephone number in it comes back with the
 * text kept, a warning in the error summary naming the field and the kind of detail, and a
 * checkbox to confirm; it is recorded once the box is ticked. The page with the warning is checked
 * with axe-core and photographed.
 */
class PersonalDetailsBrowserTest extends BrowserSession {

    private static final String SAID = "You said: ring my son on 07700 900123 when I am upset";

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> ProjectFixtures.started(projects, "warned"));

    private static void send(WebElement details) {
        WebElement page = driver.findElement(By.tagName("html"));
        details.findElement(By.cssSelector("button[type=submit]")).click();
        replaced(page);
    }

    @Test
    void personalLookingTextIsKeptOnlyOnceThePersonConfirms() {
        open(app, "/projects/warned");
        WebElement details = driver.findElement(By.id("record-impact"));
        details.findElement(By.tagName("summary")).click();
        driver.findElement(By.id("record-impact-youSaid")).sendKeys(SAID);
        driver.findElement(By.id("record-impact-weDid")).sendKeys("A phone is kept charged on the ward");
        send(details);

        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("There is a problem")
                .contains("You said: this looks like it may hold a telephone number.")
                .doesNotContain("07700");
        assertThat(driver.switchTo().activeElement()).as("the error summary takes the focus").isEqualTo(summary);
        assertThat(driver.findElement(By.id("record-impact-youSaid")).getAttribute("value")).isEqualTo(SAID);
        WebElement confirm = driver.findElement(By.id("record-impact-confirmPersonalDetails"));
        assertThat(confirm.isSelected()).isFalse();
        accessible("a form warning of personal details");
        browser.screenshot("project-personal-details-warning");

        driver.findElement(By.cssSelector("label[for='record-impact-confirmPersonalDetails']")).click();
        send(driver.findElement(By.id("record-impact")));
        assertThat(driver.findElements(By.cssSelector(".error-summary"))).as("no errors").isEmpty();
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Recorded as version 2");
    }
}
