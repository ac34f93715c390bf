package uk.nhs.coproduction.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.nhs.coproduction.app.web.RunningApp;

/**
 * A QI lead runs a new project in a real browser with the pages alone, as a trust piloting the app
 * would: start it, appoint the sponsor, build a co-design team with lived experience and front-line
 * staff, record what matters, agree the vision and aim, assess the four criteria, build the driver
 * diagram, take each step, and plan, do, study and act on a PDSA cycle. On the way the project
 * refuses a record and says why, and a form with a name where a pseudonymous id belongs and a vision
 * that does not say what will always happen are shown with the error next to the field. Every new
 * page is checked with axe-core, and the main ones are photographed into {@code target/screenshots/}.
 */
class ProjectLifecycleBrowserTest extends BrowserSession {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    /** Opens a form's {@code <details>} if it is closed. */
    private static WebElement form(String id) {
        WebElement details = driver.findElement(By.id(id));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        return details;
    }

    private static void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses a radio or checkbox by clicking its label, as people do. */
    private static void choose(String id) {
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    /**
     * Opens a form and fills it in: an entry {@code field=text} types the text into the field, an
     * entry {@code field} alone (such as {@code roles-3}) chooses that radio or checkbox.
     */
    private static WebElement fill(String id, String... entries) {
        WebElement details = form(id);
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                choose(id + "-" + entry);
            } else {
                type(id + "-" + entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return details;
    }

    /** Sends a form and waits for the page it leads to. */
    private static void send(WebElement details) {
        WebElement page = driver.findElement(By.tagName("html"));
        details.findElement(By.cssSelector("button[type=submit]")).click();
        replaced(page);
    }

    /** Sends a form that must be recorded: the page says what was recorded. */
    private static void recorded(WebElement details, String what) {
        send(details);
        assertThat(driver.findElements(By.cssSelector(".error-summary"))).as("no errors").isEmpty();
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains(what);
    }

    private static void step(String name) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//button[normalize-space()='Take this step: " + name + "']")).click();
        replaced(page);
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).startsWith("Step taken: " + name);
    }

    private static String currentPhase() {
        return driver.findElement(By.cssSelector("ol.stepper > li[aria-current=step] .stepper__name")).getText();
    }

    private static List<String> phaseForms() {
        return driver.findElements(By.cssSelector("#record ~ details")).stream()
                .takeWhile(d -> d.getLocation().getY() < driver.findElement(By.id("more-records")).getLocation().getY())
                .map(d -> d.getAttribute("id")).toList();
    }

    @Test
    void aNewProjectIsTakenFromSetUpToTestingOnTheWeb() {
        open(app, "/projects");
        type("id", "ward-9-calls");
        type("title", "Calling the people who matter");
        type("organisation", "Example NHS Foundation Trust");
        type("areaOfFocus", "Ward 9 (older people's mental health)");
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//button[normalize-space()='Start the project']")).click();
        replaced(page);
        assertThat(driver.getCurrentUrl()).contains("/projects/ward-9-calls");

        // Set-up: the phase's own forms, and why the next step is blocked.
        assertThat(currentPhase()).isEqualTo("Set-up and oversight");
        assertThat(phaseForms()).containsExactly("appoint-executive-sponsor", "join-co-design-team", "join-oversight-group");
        assertThat(driver.findElement(By.id("step-understand-what-matters")).getText())
                .contains("No executive sponsor has been appointed.");
        assertThat(driver.findElement(By.id("record")).findElement(By.xpath("following-sibling::p")).getText())
                .contains("pseudonymous ids and their roles only");
        accessible("a new project in set-up");
        browser.screenshot("project-set-up");

        // A refusal, with its reason: what the co-design team said needs who said it.
        send(fill("record-what-matters", "source-6", "summary=Being able to ring home in the evening.", "peopleHeard=0"));
        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("There is a problem")
                .contains("What the co-design team said needs the ids of the members who said it.");
        assertThat(driver.findElement(By.id("record-what-matters-voicedBy-error")).getText())
                .contains("What the co-design team said needs the ids of the members who said it.");
        assertThat(driver.findElement(By.id("record-what-matters")).getAttribute("open")).isNotNull();
        accessible("a refused record");

        recorded(fill("appoint-executive-sponsor", "sponsor=E-1"), "executive sponsor E-1 appointed");

        // A name where a pseudonymous id belongs, and no role: each error next to its field, nothing saved.
        send(fill("join-co-design-team", "partner=Jane Smith"));
        assertThat(driver.switchTo().activeElement()).as("the error summary takes the focus")
                .isEqualTo(driver.findElement(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.id("join-co-design-team-partner-error")).getText())
                .contains("Member's id: a partner id must be").contains("never a name").doesNotContain("Jane");
        assertThat(driver.findElement(By.id("join-co-design-team-roles-error")).getText())
                .contains("Choose at least one role");
        WebElement partner = driver.findElement(By.id("join-co-design-team-partner"));
        assertThat(partner.getAttribute("aria-describedby")).contains("join-co-design-team-partner-error");
        assertThat(partner.getAttribute("value")).isEqualTo("Jane Smith");
        accessible("the co-design team form with errors");
        browser.screenshot("project-form-error");
        driver.findElement(By.cssSelector(".error-summary a[href='#join-co-design-team-partner']")).click();
        assertThat(driver.switchTo().activeElement()).as("the summary's link goes to the field").isEqualTo(partner);

        recorded(fill("join-co-design-team", "partner=P-1", "roles"), "P-1 joined the co-design team as patient");
        recorded(fill("join-co-design-team", "partner=C-1", "roles-3"), "C-1 joined the co-design team as unpaid carer");
        recorded(fill("join-co-design-team", "partner=S-1", "roles-6"), "S-1 joined the co-design team as front-line");
        assertThat(driver.findElement(By.id("team")).findElement(By.xpath("following-sibling::dl")).getText())
                .contains("2 of 3 co-design team members (67%) have lived experience");
        step("Start understanding what matters");

        // Understanding what matters.
        assertThat(currentPhase()).isEqualTo("Understanding what matters");
        assertThat(phaseForms()).contains("record-what-matters");
        recorded(fill("record-what-matters", "source", "summary=Being able to ring home in the evening, and at night "
                + "when I cannot sleep.", "peopleHeard=9"), "what matters recorded from conversations (9 people)");
        step("Start co-designing the Always Event");

        // Co-design: the vision (first without saying what will always happen), the aim, the four criteria and the drivers.
        assertThat(currentPhase()).isEqualTo("Co-design");
        send(fill("state-vision", "text=We hope to ring home when we can."));
        assertThat(driver.findElement(By.id("state-vision-text-error")).getText())
                .contains("Vision statement: must say what will always happen, in people's own words");
        accessible("the vision form with the library's error");
        recorded(fill("state-vision", "text=I will always be able to ring the people who matter to me, day or night."),
                "vision: \"I will always");
        recorded(fill("state-aim", "population=people on ward 9 who ask to ring someone",
                "measure=a phone is with them within 10 minutes", "percent=95", "achieveBy=2027-03-31"), "aim: ");
        for (String criterion : new String[] {"criterion", "criterion-2", "criterion-3", "criterion-4"}) {
            recorded(fill("assess-criterion", criterion, "met",
                    "evidence=Agreed by the co-design team, with patients' and staff's reasons."), " met");
        }
        recorded(fill("add-primary-driver", "text=A phone is ready whenever someone asks"), "primary driver P1");
        recorded(fill("add-secondary-driver", "primaryDriverId", "text=The ward phone is charged and in one known place"),
                "secondary driver S1 under P1");
        recorded(fill("add-change-idea", "secondaryDriverId", "text=Check the phone at every handover"),
                "change idea C1 under S1");
        assertThat(driver.findElement(By.id("driver-diagram")).findElement(By.xpath("following-sibling::ul")).getText())
                .contains("Primary driver P1").contains("Change idea C1: Check the phone at every handover");
        accessible("a project in co-design");
        step("Start testing with PDSA cycles");

        // Testing: a PDSA cycle, planned with a prediction, done, studied against it, and acted on.
        assertThat(currentPhase()).isEqualTo("Testing with PDSA cycles");
        recorded(fill("plan-pdsa-cycle", "changeIdeaId", "objective=Does a handover check keep the phone ready?",
                "prediction=Nine in ten requests will have a phone within 10 minutes.",
                "arrangements=Night shifts for two weeks, led by the ward manager.",
                "dataCollection=A tally of requests and minutes to the phone."), "PDSA cycle 1 planned, testing C1");
        recorded(fill("record-pdsa-do", "cycle", "observations=Checked at 11 of 14 handovers; two requests waited."),
                "PDSA cycle 1 carried out");
        recorded(fill("record-pdsa-study", "cycle", "predictionConfirmed", "learning=The prediction held when the check "
                + "was done."), "PDSA cycle 1 studied: prediction held");
        recorded(fill("record-pdsa-act", "cycle", "decision", "nextSteps=Make the check part of every handover."),
                "PDSA cycle 1: adopt");

        WebElement cycle = driver.findElement(By.cssSelector("#pdsa ~ .table-container tbody tr"));
        assertThat(cycle.getText()).contains("Nine in ten requests will have a phone within 10 minutes.")
                .contains("Checked at 11 of 14 handovers").contains("The prediction held")
                .contains("Adopt: Make the check part of every handover.");
        assertThat(driver.findElements(By.cssSelector(".stepper__step--done"))).hasSize(3);
        assertThat(driver.findElement(By.id("step-reliably-implement")).getText()).contains("TOO_FEW_MEASUREMENTS")
                .doesNotContain("NO_COMPLETED_PDSA_CYCLE");
        accessible("a project in testing with a completed PDSA cycle");
        browser.screenshot("project-testing");
    }
}
