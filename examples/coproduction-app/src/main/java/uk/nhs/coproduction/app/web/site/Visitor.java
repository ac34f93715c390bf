package uk.nhs.coproduction.app.web.site;

import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.app.web.server.Request;

/**
 * Who is looking at a page, as the layout and the forms need it: the name to greet them by when
 * they are signed in, and their session's CSRF token, which every form that posts carries in a
 * hidden field ({@code components/csrf.jte}). The sign-in filter attaches it to each request.
 *
 * <p>The name may be a display name, which is personal data: it is shown to that person only and
 * never logged; {@link #toString()} leaves it out.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the display name or pseudonymous id to greet them by, or null if not signed in
 * @param csrfToken the session's CSRF token, or, before anyone is signed in, the browser's
 *     pre-sign-in token on the forms that need one; null otherwise
 */
public record Visitor(@Nullable String name, @Nullable String csrfToken) {

    /** Someone not signed in. */
    public static final Visitor ANONYMOUS = new Visitor(null, null);

    /** The name of the hidden field that carries the CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    /** {@return the visitor attached to a request, or {@link #ANONYMOUS}} */
    public static Visitor of(Request request) {
        return request.attachment(Visitor.class).orElse(ANONYMOUS);
    }

    /** {@return whether they are signed in} */
    public boolean signedIn() {
        return name != null;
    }

    @Override
    public String toString() {
        return signedIn() ? "Visitor[signed in]" : "Visitor[anonymous]";
    }
}
