package uk.nhs.coproduction.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.SignedInClient;
import uk.nhs.coproduction.app.web.projects.ProjectFixtures;

/**
 * In a real browser, the people of issue 10: a QI lead invites a patient partner; the partner opens
 * the link, chooses a password, reads what was said and signs off the entry as themselves; a viewer
 * who sends a form is refused with the reason; a form sent after the session ended goes to the
 * sign-in page and nothing is recorded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInBrowserTest extends BrowserSession {

    private static final String PROJECT = "signed";

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> ProjectFixtures.withImpactEntry(projects, PROJECT));

    private static long version() {
        return JsonMapper.builder().build().readTree(app.get("/api/projects/" + PROJECT).body()).get("version").asLong();
    }

    /** Sets a field of a form as a person would: picks an option, ticks a choice or types. */
    private static void fill(String form, String name, String value) {
        List<WebElement> fields = driver.findElements(By.cssSelector("#" + form + " [name='" + name + "']"));
        assertThat(fields).as("the form %s has a field %s", form, name).isNotEmpty();
        WebElement first = fields.get(0);
        if (first.getTagName().equals("select")) {
            new Select(first).selectByValue(value);
        } else if ("radio".equals(first.getAttribute("type")) || "checkbox".equals(first.getAttribute("type"))) {
            WebElement choice = fields.stream().filter(f -> value.equals(f.getAttribute("value"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no choice " + value + " for " + name + " in " + form));
            driver.executeScript("arguments[0].click();", choice);
        } else {
            first.clear();
            first.sendKeys(value);
        }
    }

    private static void open(String form) {
        WebElement details = driver.findElement(By.id(form));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    private static void send(String formSelector) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
        replaced(page);
    }

    private static void signOut() {
        List<WebElement> buttons = driver.findElements(By.cssSelector("form[action='/signout'] button"));
        if (!buttons.isEmpty()) {
            WebElement page = driver.findElement(By.tagName("html"));
            buttons.get(0).click();
            replaced(page);
        }
        driver.manage().deleteAllCookies();
    }

    @Test
    @Order(1)
    void aQiLeadInvitesAPartnerWhoSignsInReadsWhatWasSaidAndSignsOffTheEntry() {
        BrowserSession.open(app, "/projects/" + PROJECT + "/invitations");
        driver.findElement(By.id("invitee")).sendKeys("P-1");
        driver.executeScript("arguments[0].click();", driver.findElement(By.id("role-partner")));
        send("form[action='/projects/" + PROJECT + "/invitations']");
        String link = driver.findElement(By.id("invitation-link")).getText().strip();
        assertThat(link).contains("/invitations/");
        accessible("the invitation made");
        signOut();

        driver.get(link.startsWith("http") ? link : app.uri(link).toString());
        assertThat(driver.getPageSource()).contains("P-1");
        driver.findElement(By.id("password")).sendKeys("a partner's own passphrase");
        accessible("the invitation accepted");
        send("form[action^='/invitations/']");

        BrowserSession.open(app, "/projects/" + PROJECT);
        assertThat(driver.getCurrentUrl()).as("signed in as the partner, not sent to sign in").doesNotContain("/signin");
        assertThat(driver.getPageSource()).contains("We could not call home at night", "A phone at every handover");
        long before = version();
        open("sign-off-impact");
        fill("sign-off-impact", "entry", "1");
        fill("sign-off-impact", "partner", "P-1");
        send("#sign-off-impact");

        assertThat(driver.findElements(By.cssSelector(".error-summary"))).as("no errors").isEmpty();
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Recorded as version " + (before + 1));
        signOut();
    }

    @Test
    @Order(2)
    void aViewerWhoSendsAFormIsRefusedWithTheReasonAndNothingIsRecorded() {
        app.as("board-viewer", ProjectRole.VIEWER);
        driver.get(app.uri("/signin?next=/projects/" + PROJECT).toString());
        signIn("board-viewer", SignedInClient.PASSWORD);
        BrowserSession.open(app, "/projects/" + PROJECT);
        long before = version();

        open("set-progress-score");
        fill("set-progress-score", "score", "3.0");
        fill("set-progress-score", "rationale", "Going well");
        send("#set-progress-score");

        assertThat(driver.getPageSource()).contains("may be given only by");
        assertThat(version()).as("nothing recorded").isEqualTo(before);
        accessible("a viewer refused");
        signOut();
    }

    @Test
    @Order(3)
    void aFormSentAfterTheSessionEndedGoesToSignInAndRecordsNothing() {
        BrowserSession.open(app, "/projects/" + PROJECT);
        long before = version();
        open("set-progress-score");
        fill("set-progress-score", "score", "3.0");
        fill("set-progress-score", "rationale", "Sent after lunch");
        app.clock().advance(Duration.ofHours(1));
        send("#set-progress-score");

        assertThat(driver.getCurrentUrl()).contains("/signin");
        assertThat(version()).as("nothing recorded").isEqualTo(before);
        accessible("sign-in after the session ended");
    }
}
