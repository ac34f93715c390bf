package uk.nhs.coproduction.app.web.oidc;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.app.web.accounts.Account;
import uk.nhs.coproduction.app.web.accounts.Accounts;
import uk.nhs.coproduction.app.web.accounts.ExternalIdentity;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;
import uk.nhs.coproduction.app.web.signin.Sessions;

/**
 * Signs a person their provider has signed in in to the app: finds the account their identity
 * signs in as, or makes one (with no password, so only the provider can sign in to it), and
 * starts a session, whose cookie the redirect sets.
 *
 * <p>The identity kept is the issuer and the pseudonymous actor id, never the provider's subject
 * or the person's name. The account's organisation-wide roles are the ones the roles claim names
 * ({@code qi-lead}, {@code viewer}; others are ignored), set again at every sign-in, so that a
 * role the organisation takes away in its directory is gone at the person's next sign-in, and one
 * it gives is there. Roles on a project (from an invitation, or the project's own team) are the
 * app's, and are kept.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class AccountSignIn implements SignedInSink {

    private final Accounts accounts;
    private final Sessions sessions;
    private final Clock clock;

    /**
     * Signs people in to these accounts and sessions.
     *
     * @param accounts the app's accounts
     * @param sessions the app's sessions
     * @param clock when new accounts are made
     */
    public AccountSignIn(Accounts accounts, Sessions sessions, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Reply signedIn(SignInResult.SignedIn person, Request request, String returnTo) {
        ExternalIdentity identity = new ExternalIdentity(person.issuer(), person.actor().value());
        Optional<Account> known = accounts.byIdentity(identity);
        Account account;
        if (known.isPresent()) {
            account = known.get();
            Set<ProjectRole> claimed = roles(person.roles());
            if (!account.organisationRoles().equals(claimed)) {
                account = account.withOrganisationRoles(claimed);
                accounts.update(account);
            }
        } else {
            account = Account.of(person.actor(), null, "", roles(person.roles()), clock.instant())
                    .withIdentity(identity);
            if (!accounts.add(account)) {
                throw new RequestRefused(409, "Another account already has the id your organisation's sign-in "
                        + "gives you, so you were not signed in. Ask your QI lead.");
            }
        }
        return sessions.signIn(request, account, returnTo);
    }

    /** The organisation-wide roles a roles claim names, such as {@code qi-lead} or {@code QI_LEAD}. */
    static Set<ProjectRole> roles(Set<String> claimed) {
        Set<ProjectRole> roles = EnumSet.noneOf(ProjectRole.class);
        for (String name : claimed) {
            String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (ProjectRole role : ProjectRole.values()) {
                if (role.isAssigned() && role.name().equals(key)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
