package uk.nhs.coproduction.app.web.oidc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.Actor;

/**
 * The outcome of a sign-in with an organisation's OpenID Connect provider:
 * {@link SignedIn} with who signed in, or {@link Refused} with one {@link SignInRefusal} code.
 * Expected refusals (a forged, expired or misdirected token, a replayed callback) are values,
 * never exceptions.
 *
 * @since 0.1.0
 */
public sealed interface SignInResult {

    /** {@return whether the person is signed in} */
    boolean isSignedIn();

    /** {@return the refusals: empty when signed in, one otherwise} */
    List<SignInRefusal> problems();

    /**
     * {@return the signed-in person}
     *
     * @throws IllegalStateException if the sign-in was refused, naming the code
     */
    SignedIn orElseThrow();

    /**
     * The provider signed the person in and every check of the ID token passed.
     *
     * <p>The display name is personal data: it is never logged and not in {@link #toString()}.
     *
     * @param issuer the issuer that signed the ID token
     * @param subject the provider's id for the person (kept only to derive {@code actor})
     * @param actor the pseudonymous actor id derived from issuer and subject, recorded with events
     * @param displayName the name the provider gave, if any; personal data
     * @param roles the roles the configured claim gave, empty when none is configured or given
     */
    record SignedIn(String issuer, String subject, Actor actor, @Nullable String displayName, Set<String> roles)
            implements SignInResult {

        /**
         * Checks the parts.
         *
         * @param issuer the issuer
         * @param subject the subject
         * @param actor the pseudonymous actor id
         * @param displayName the name, if any
         * @param roles the roles; copied
         */
        public SignedIn {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(actor, "actor");
            roles = Set.copyOf(roles);
        }

        /** {@return the name the provider gave, if any; personal data, never logged} */
        public Optional<String> name() {
            return Optional.ofNullable(displayName);
        }

        @Override
        public boolean isSignedIn() {
            return true;
        }

        @Override
        public List<SignInRefusal> problems() {
            return List.of();
        }

        @Override
        public SignedIn orElseThrow() {
            return this;
        }

        /** {@return the issuer, the actor id and the roles; never the subject or the name} */
        @Override
        public String toString() {
            return "SignedIn[issuer=" + issuer + ", actor=" + actor + ", roles=" + roles + "]";
        }
    }

    /**
     * The sign-in was refused; nothing was recorded.
     *
     * @param refusal why
     * @param detail what was wrong, for the log and the page; never a token, a name or a secret
     */
    record Refused(SignInRefusal refusal, String detail) implements SignInResult {

        /**
         * Checks the parts.
         *
         * @param refusal why
         * @param detail what was wrong
         */
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(detail, "detail");
        }

        /** {@return the refusal's code, such as {@code nonce-mismatch}} */
        public String code() {
            return refusal.code();
        }

        @Override
        public boolean isSignedIn() {
            return false;
        }

        @Override
        public List<SignInRefusal> problems() {
            return List.of(refusal);
        }

        @Override
        public SignedIn orElseThrow() {
            throw new IllegalStateException("The sign-in was refused (" + refusal.code() + "): " + detail);
        }
    }
}
