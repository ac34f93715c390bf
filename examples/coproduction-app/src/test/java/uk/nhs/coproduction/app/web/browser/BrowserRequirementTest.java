package uk.nhs.coproduction.app.web.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Browser tests skip themselves, saying why, when Chromium or axe-core is missing; in CI they fail instead. */
class BrowserRequirementTest {

    private static final List<String> MISSING = List.of("/usr/bin/chromium (apt-get install chromium)");

    @Test
    void nothingMissingRuns() {
        assertThatCode(() -> Browser.requireOrSkip(List.of(), "1")).doesNotThrowAnyException();
        assertThatCode(() -> Browser.requireOrSkip(List.of(), null)).doesNotThrowAnyException();
    }

    @Test
    void somethingMissingSkipsWithTheReason() {
        assertThatThrownBy(() -> Browser.requireOrSkip(MISSING, null)).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("/usr/bin/chromium (apt-get install chromium)").hasMessageContaining("skipped");
        assertThatThrownBy(() -> Browser.requireOrSkip(MISSING, "0")).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void somethingMissingFailsWhenBrowserTestsAreRequired() {
        assertThatThrownBy(() -> Browser.requireOrSkip(MISSING, "1")).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("REQUIRE_BROWSER_TESTS=1");
    }
}
