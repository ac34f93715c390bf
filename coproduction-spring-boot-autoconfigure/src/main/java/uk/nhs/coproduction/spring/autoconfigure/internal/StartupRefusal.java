package uk.nhs.coproduction.spring.autoconfigure.internal;

import org.jspecify.annotations.Nullable;

/**
 * Why the application cannot start with the library as configured, and what to change: Boot's
 * failure report shows the two apart ({@link StartupRefusalAnalyzer}).
 */
public final class StartupRefusal extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** What is wrong, naming the property or file. */
    private final String description;
    /** What to change. */
    private final String action;

    /**
     * A refusal.
     *
     * @param description what is wrong, naming the property or file
     * @param action what to change
     * @param cause what was thrown, or null
     */
    public StartupRefusal(String description, String action, @Nullable Throwable cause) {
        super(description + ": " + action, cause);
        this.description = description;
        this.action = action;
    }

    /** @return what is wrong */
    public String description() {
        return description;
    }

    /** @return what to change */
    public String action() {
        return action;
    }
}
