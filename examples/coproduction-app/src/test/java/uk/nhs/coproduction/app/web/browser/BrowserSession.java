package uk.nhs.coproduction.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.SignedInClient;

/**
 * What every browser test class shares: one headless Chromium for the class's tests (skipped or
 * failed as {@link Browser} says when it is missing), the axe-core check, and waiting for a page.
 * Test classes run one after another, so the one browser at a time is held in static fields.
 */
@Tag("browser")
abstract class BrowserSession {

    static Browser browser;
    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /**
     * Opens a page of the app; when it sends the browser to the sign-in page, signs in through
     * that page as {@link RunningApp#TEST_ACCOUNT}, which brings the browser back to the page.
     * The browser keeps the session cookie for the class's later tests.
     */
    static void open(RunningApp app, String path) {
        driver.get(app.uri(path).toString());
        if (driver.getCurrentUrl().contains("/signin?")) {
            signIn(RunningApp.TEST_ACCOUNT, SignedInClient.PASSWORD);
        }
    }

    /** Signs in on the sign-in page shown, as a person would: types the id and password and sends the form. */
    static void signIn(String id, String password) {
        driver.findElement(By.id("id")).sendKeys(id);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("form[action='/signin'] button[type='submit']")).click();
        replaced(page);
    }

    /** Fails if axe-core finds a serious or critical violation on the page shown. */
    static void accessible(String page) {
        assertThat(browser.seriousViolations()).as("axe-core: serious or critical violations on %s", page).isEmpty();
    }

    /** Waits up to 15 seconds for a condition. */
    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /**
     * Waits until {@code page} (the old page's {@code html} element) has been replaced by the next
     * page. ChromeDriver sometimes answers a look at a node whose document is being replaced with
     * "Node with given id does not belong to the document" rather than a stale-element error; both
     * mean the old page is gone.
     */
    static void replaced(WebElement page) {
        waiting().until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }
}
