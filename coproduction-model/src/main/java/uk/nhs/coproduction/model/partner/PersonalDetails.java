package uk.nhs.coproduction.model.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A partner's optional name and contact details. Every part is optional: record only what your
 * organisation needs to reach the person, and nothing when they prefer not to say.
 *
 * <p>These are personal data: they never appear in {@link #toString()} or in any exception
 * message, and the health check never looks at them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the name the person wishes to be known by, or null
 * @param email an email address, or null
 * @param telephone a telephone number, or null
 * @since 0.1.0
 */
public record PersonalDetails(
        @Nullable @Size(min = 1, max = 200) String name,
        @Nullable @Email @Size(max = 254) String email,
        @Nullable @Pattern(regexp = "\\+?[0-9 ()-]{6,20}") String telephone) {

    /**
     * {@return details with a name only}
     *
     * @param name the name the person wishes to be known by, or null
     */
    public static PersonalDetails named(String name) {
        return new PersonalDetails(name, null, null);
    }

    /**
     * {@return a copy with this email address}
     *
     * @param email an email address, or null
     */
    public PersonalDetails withEmail(@Nullable String email) {
        return new PersonalDetails(name, email, telephone);
    }

    /**
     * {@return a copy with this telephone number}
     *
     * @param telephone a telephone number, or null
     */
    public PersonalDetails withTelephone(@Nullable String telephone) {
        return new PersonalDetails(name, email, telephone);
    }

    /** Says only which parts are recorded, never their values. */
    @Override
    public String toString() {
        return "PersonalDetails[name=" + shown(name) + ", email=" + shown(email)
                + ", telephone=" + shown(telephone) + "]";
    }

    private static String shown(@Nullable String part) {
        return part == null ? "none" : "withheld";
    }
}
