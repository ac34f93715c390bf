package uk.nhs.coproduction.examples.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.nhs.coproduction.examples.web.RunningApp;

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

    /** Sends a form and waits for the page it leads to. */
    private static void send(WebElement details) {
        WebElement page = driver.findElement(By.tagName("html"));
        details.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.stalenessOf(page));
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
        waiting().until(ExpectedConditions.stalenessOf(page));
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
        driver.get(app.uri("/projects").toString());
        type("id", "ward-9-calls");
        type("title", "Calling the people who matter");
        type("organisation", "Example NHS Foundation Trust");
        type("areaOfFocus", "Ward 9 (older people's mental health)");
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//button[normalize-space()='Start the project']")).click();
        waiting().until(ExpectedConditions.stalenessOf(page));
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
        WebElement whatMatters = form("record-what-matters");
        choose("record-what-matters-source-6");
        type("record-what-matters-summary", "Being able to ring home in the evening.");
        type("record-what-matters-peopleHeard", "0");
        send(whatMatters);
        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("There is a problem")
                .contains("What the co-design team said needs the ids of the members who said it.");
        assertThat(driver.findElement(By.id("record-what-matters-voicedBy-error")).getText())
                .contains("What the co-design team said needs the ids of the members who said it.");
        assertThat(driver.findElement(By.id("record-what-matters")).getAttribute("open")).isNotNull();
        accessible("a refused record");

        WebElement sponsor = form("appoint-executive-sponsor");
        type("appoint-executive-sponsor-sponsor", "E-1");
        recorded(sponsor, "executive sponsor E-1 appointed");

        // A name where a pseudonymous id belongs, and no role: each error next to its field, nothing saved.
        WebElement join = form("join-co-design-team");
        type("join-co-design-team-partner", "Jane Smith");
        send(join);
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

        for (String[] member : new String[][] {{"P-1", "join-co-design-team-roles"}, {"C-1", "join-co-design-team-roles-3"},
                {"S-1", "join-co-design-team-roles-6"}}) {
            join = form("join-co-design-team");
            type("join-co-design-team-partner", member[0]);
            choose(member[1]);
            recorded(join, member[0] + " joined the co-design team");
        }
        assertThat(driver.findElement(By.id("team")).findElement(By.xpath("following-sibling::dl")).getText())
                .contains("2 of 3 co-design team members (67%) have lived experience");
        step("Start understanding what matters");

        // Understanding what matters.
        assertThat(currentPhase()).isEqualTo("Understanding what matters");
        assertThat(phaseForms()).contains("record-what-matters");
        whatMatters = form("record-what-matters");
        choose("record-what-matters-source");
        type("record-what-matters-summary", "Being able to ring home in the evening, and at night when I cannot sleep.");
        type("record-what-matters-peopleHeard", "9");
        recorded(whatMatters, "what matters recorded from conversations (9 people)");
        step("Start co-designing the Always Event");

        // Co-design: the vision (first without saying what will always happen), the aim, the four criteria and the drivers.
        assertThat(currentPhase()).isEqualTo("Co-design");
        WebElement vision = form("state-vision");
        type("state-vision-text", "We hope to ring home when we can.");
        send(vision);
        assertThat(driver.findElement(By.id("state-vision-text-error")).getText())
                .contains("Vision statement: must say what will always happen, in people's own words");
        accessible("the vision form with the library's error");
        vision = form("state-vision");
        type("state-vision-text", "I will always be able to ring the people who matter to me, day or night.");
        recorded(vision, "vision:");

        WebElement aim = form("state-aim");
        type("state-aim-population", "people on ward 9 who ask to ring someone");
        type("state-aim-measure", "a phone is with them within 10 minutes");
        type("state-aim-percent", "95");
        type("state-aim-achieveBy", "2027-03-31");
        recorded(aim, "aim:");

        String[] criteria = {"assess-criterion-criterion", "assess-criterion-criterion-2", "assess-criterion-criterion-3",
                "assess-criterion-criterion-4"};
        for (String criterion : criteria) {
            WebElement assess = form("assess-criterion");
            choose(criterion);
            choose("assess-criterion-met");
            type("assess-criterion-evidence", "Agreed by the co-design team, with patients' and staff's reasons.");
            recorded(assess, " met");
        }
        WebElement primary = form("add-primary-driver");
        type("add-primary-driver-text", "A phone is ready whenever someone asks");
        recorded(primary, "primary driver P1");
        WebElement secondary = form("add-secondary-driver");
        choose("add-secondary-driver-primaryDriverId");
        type("add-secondary-driver-text", "The ward phone is charged and in one known place");
        recorded(secondary, "secondary driver S1 under P1");
        WebElement idea = form("add-change-idea");
        choose("add-change-idea-secondaryDriverId");
        type("add-change-idea-text", "Check the phone at every handover");
        recorded(idea, "change idea C1 under S1");
        assertThat(driver.findElement(By.id("driver-diagram")).findElement(By.xpath("following-sibling::ul")).getText())
                .contains("Primary driver P1").contains("Change idea C1: Check the phone at every handover");
        accessible("a project in co-design");
        step("Start testing with PDSA cycles");

        // Testing: a PDSA cycle, planned with a prediction, done, studied against it, and acted on.
        assertThat(currentPhase()).isEqualTo("Testing with PDSA cycles");
        WebElement plan = form("plan-pdsa-cycle");
        choose("plan-pdsa-cycle-changeIdeaId");
        type("plan-pdsa-cycle-objective", "Does a handover check keep the phone ready?");
        type("plan-pdsa-cycle-prediction", "Nine in ten requests will have a phone within 10 minutes.");
        type("plan-pdsa-cycle-arrangements", "Night shifts for two weeks, led by the ward manager.");
        type("plan-pdsa-cycle-dataCollection", "A tally of requests and minutes to the phone.");
        recorded(plan, "PDSA cycle 1 planned, testing C1");
        WebElement done = form("record-pdsa-do");
        choose("record-pdsa-do-cycle");
        type("record-pdsa-do-observations", "Checked at 11 of 14 handovers; two requests waited.");
        recorded(done, "PDSA cycle 1 carried out");
        WebElement study = form("record-pdsa-study");
        choose("record-pdsa-study-cycle");
        choose("record-pdsa-study-predictionConfirmed");
        type("record-pdsa-study-learning", "The prediction held when the check was done.");
        recorded(study, "PDSA cycle 1 studied: prediction held");
        WebElement act = form("record-pdsa-act");
        choose("record-pdsa-act-cycle");
        choose("record-pdsa-act-decision");
        type("record-pdsa-act-nextSteps", "Make the check part of every handover.");
        recorded(act, "PDSA cycle 1: adopt");

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
