package uk.nhs.coproduction.app.web.signin;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.access.AccessPolicy;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.access.RoleDefinition;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.projectcommands.CommandDescription;
import uk.nhs.coproduction.app.projectcommands.CommandDescriptions;
import uk.nhs.coproduction.app.web.accounts.Account;
import uk.nhs.coproduction.app.web.accounts.Accounts;
import uk.nhs.coproduction.app.web.accounts.ApiToken;
import uk.nhs.coproduction.app.web.accounts.Invitation;
import uk.nhs.coproduction.app.web.accounts.Passwords;
import uk.nhs.coproduction.app.web.projects.ProjectStore;
import uk.nhs.coproduction.app.web.server.Parameters;
import uk.nhs.coproduction.app.web.server.Reply;
import uk.nhs.coproduction.app.web.server.Request;
import uk.nhs.coproduction.app.web.server.RequestRefused;
import uk.nhs.coproduction.app.web.server.Router;
import uk.nhs.coproduction.app.web.server.Templates;
import uk.nhs.coproduction.app.web.site.FieldError;
import uk.nhs.coproduction.app.web.site.FormErrors;
import uk.nhs.coproduction.app.web.site.Navigation;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The sign-in pages:
 * <ul>
 *   <li>{@code GET /signin}, {@code POST /signin}: sign in with an id and password; a wrong one is
 *       the form again (401) saying only that the id or password is wrong, and after too many
 *       failures for the account or the client address the form says when to try again (429);</li>
 *   <li>{@code POST /signout}: ends the session (with the CSRF token, as every form);</li>
 *   <li>{@code GET /setup?token=…}, {@code POST /setup}: the first account (see {@link FirstRun});</li>
 *   <li>{@code GET /projects/{id}/invitations}, {@code POST}: a QI lead of the project makes a
 *       one-time invitation link;</li>
 *   <li>{@code GET /invitations/{token}}, {@code POST}: the invited person chooses a password and
 *       is signed in;</li>
 *   <li>{@code GET /account}, {@code POST /account/tokens}, {@code POST /account/tokens/{id}/revoke}:
 *       who you are, and your personal API tokens;</li>
 *   <li>{@code GET /what-you-can-do}: for a patient partner, in plain English, what each role can
 *       see and do, made from the access policy.</li>
 * </ul>
 * Nothing here logs a display name, a password or a secret.
 */
public final class SignInPages {

    private static final Logger LOG = Logger.getLogger("uk.nhs.coproduction.app.web");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'",
            Locale.UK).withZone(ZoneOffset.UTC);

    private final Sessions sessions;
    private final Accounts accounts;
    private final FailedSignIns failures;
    private final FirstRun firstRun;
    private final ProjectStore projects;
    private final AccessPolicy policy;
    private final Templates templates;
    private final boolean organisationSignIn;

    /**
     * The pages.
     *
     * @param sessions the sessions
     * @param accounts the accounts
     * @param firstRun the first run's set-up link
     * @param projects the projects (for invitations)
     * @param policy the access policy the projects are checked against
     * @param templates the site's templates
     */
    public SignInPages(Sessions sessions, Accounts accounts, FirstRun firstRun, ProjectStore projects,
            AccessPolicy policy, Templates templates) {
        this(sessions, accounts, firstRun, projects, policy, templates, false);
    }

    /**
     * The pages, offering sign-in with an organisation's OpenID Connect provider when it is set up.
     *
     * @param sessions the sessions
     * @param accounts the accounts
     * @param firstRun the first run's set-up link
     * @param projects the projects (for invitations)
     * @param policy the access policy the projects are checked against
     * @param templates the site's templates
     * @param organisationSignIn whether the sign-in page offers "Sign in with your organisation"
     */
    public SignInPages(Sessions sessions, Accounts accounts, FirstRun firstRun, ProjectStore projects,
            AccessPolicy policy, Templates templates, boolean organisationSignIn) {
        this.organisationSignIn = organisationSignIn;
        this.sessions = sessions;
        this.accounts = accounts;
        this.failures = new FailedSignIns(sessions.settings());
        this.firstRun = firstRun;
        this.projects = projects;
        this.policy = policy;
        this.templates = templates;
    }

    /** Adds the pages' routes. */
    public void routes(Router router) {
        router.get("/signin", this::signInForm)
                .post("/signin", this::signIn)
                .post("/signout", this::signOut)
                .get("/setup", this::setUpForm)
                .post("/setup", this::setUp)
                .get("/projects/{id}/invitations", this::inviteForm)
                .post("/projects/{id}/invitations", this::invite)
                .get("/invitations/{token}", this::acceptForm)
                .post("/invitations/{token}", this::accept)
                .get("/account", this::account)
                .post("/account/tokens", this::createToken)
                .post("/account/tokens/{token}/revoke", this::revokeToken)
                .get("/what-you-can-do", this::whatYouCanDo);
    }

    /**
     * The sign-in form's model.
     *
     * @param page the layout's page
     * @param errors the errors
     * @param id the id typed
     * @param next where to go after signing in
     * @param notice a notice, or null
     * @param organisationSignIn whether to offer sign-in with the organisation's provider
     */
    public record SignInForm(Page page, FormErrors errors, String id, String next, @Nullable String notice,
            boolean organisationSignIn) {

        /** {@return the address of sign-in with the organisation's provider, coming back to {@code next}} */
        public String organisationSignInAddress() {
            return "/signin/oidc?returnTo=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * The set-up form's model.
     *
     * @param page the layout's page
     * @param errors the errors
     * @param token the set-up secret
     * @param id the id typed
     */
    public record SetUpForm(Page page, FormErrors errors, String token, String id) {
        @Override
        public String toString() {
            return "SetUpForm";
        }
    }

    /**
     * The invitation page's model.
     *
     * @param page the layout's page
     * @param errors the errors
     * @param token the link's secret
     * @param invitee the id the account will have
     * @param projectTitle the project's title
     * @param roleText the role, in words
     * @param refused why the link cannot be used, or null
     */
    public record AcceptForm(Page page, FormErrors errors, String token, String invitee, String projectTitle,
            String roleText, @Nullable String refused) {
        @Override
        public String toString() {
            return "AcceptForm";
        }
    }

    /**
     * The form a QI lead makes an invitation with.
     *
     * @param page the layout's page
     * @param errors the errors
     * @param projectId the project's id
     * @param projectTitle its title
     * @param invitee the id typed
     * @param role the role chosen: partner, viewer or qi-lead
     * @param link the link just made, or null
     * @param linkFor whom it is for, or null
     * @param expires when it expires, in words
     */
    public record InviteForm(Page page, FormErrors errors, String projectId, String projectTitle, String invitee,
            String role, @Nullable String link, @Nullable String linkFor, String expires) {
        @Override
        public String toString() {
            return "InviteForm[" + projectId + "]";
        }
    }

    /**
     * One API token in the account page's table.
     *
     * @param id its public id
     * @param label its label
     * @param created when it was made, in words
     * @param state active or revoked, in words
     * @param active whether it can be revoked
     */
    public record TokenRow(String id, String label, String created, String state, boolean active) {
    }

    /**
     * The account page's model.
     *
     * @param page the layout's page
     * @param errors the errors
     * @param id the account's id
     * @param roles the roles, in a sentence
     * @param tokens the API tokens
     * @param newToken a token just made, shown once, or null
     */
    public record AccountPage(Page page, FormErrors errors, String id, String roles, List<TokenRow> tokens,
            @Nullable String newToken) {
        @Override
        public String toString() {
            return "AccountPage[" + id + "]";
        }
    }

    /**
     * One role on the "what you can see and do" page.
     *
     * @param key the role's constant, lower case, for the anchor
     * @param name what it is called
     * @param description who holds it
     * @param commands what it may do, in words
     */
    public record RoleView(String key, String name, String description, List<String> commands) {
    }

    /**
     * The "what you can see and do" page's model.
     *
     * @param page the layout's page
     * @param policy the policy's id and version
     * @param roles every role
     * @param trademark the Always Events trademark notice
     */
    public record CanDoPage(Page page, String policy, List<RoleView> roles, String trademark) {
    }

    /** {@code GET /signin}. */
    public Reply signInForm(Request request) {
        Parameters query = request.query();
        String notice = query.has("ended") ? "Your session has ended, so nothing was recorded. Sign in again to go on."
                : query.has("signedout") ? "You have signed out." : null;
        return signInPage(request, 200, FormErrors.NONE, "", query.text("next", "/projects"), notice);
    }

    private Reply signInPage(Request request, int status, FormErrors errors, String id, String next,
            @Nullable String notice) {
        Page page = new Page("Sign in", "", errors.any()).forRequest(request);
        return Reply.html(status, templates.render("signin/signin.jte",
                new SignInForm(page, errors, id, Sessions.safeNext(next), notice, organisationSignIn)));
    }

    /** {@code POST /signin}. */
    public Reply signIn(Request request) throws IOException {
        Parameters form = request.form().fields();
        String id = form.text("id", "").strip();
        String password = form.text("password", "");
        String next = form.text("next", "/projects");
        Optional<Duration> locked = failures.lockedFor(id, request.clientAddress());
        if (locked.isPresent()) {
            long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
            return signInPage(request, 429, FormErrors.of(List.of(new FieldError("id", "There have been too many "
                    + "failed sign-ins, so signing in is paused for this account or this network. Try again in "
                    + minutes + (minutes == 1 ? " minute." : " minutes.")))), id, next, null);
        }
        Optional<Account> account = Actor.problemWith(id) == null && !password.isEmpty()
                ? accounts.check(Actor.of(id), password) : Optional.empty();
        if (account.isEmpty()) {
            if (Actor.problemWith(id) != null || password.isEmpty()) {
                accounts.check(Actor.of("unknown"), password);
            }
            failures.failed(id, request.clientAddress());
            return signInPage(request, 401, FormErrors.of(List.of(new FieldError("id",
                    "The id or the password is not right. Check both and try again."))), id, next, null);
        }
        failures.succeeded(id);
        return sessions.signIn(request, account.get(), next);
    }

    /** {@code POST /signout}. */
    public Reply signOut(Request request) {
        request.attachment(SignedIn.class).map(SignedIn::session).ifPresent(s -> {
            if (s != null) {
                sessions.end(s);
            }
        });
        return Reply.redirect(303, "/signin?signedout=yes").withHeader("Set-Cookie", sessions.clearedCookie(request));
    }

    /** {@code GET /setup}. */
    public Reply setUpForm(Request request) {
        String token = request.query().text("token", "");
        if (!firstRun.accepts(token)) {
            throw new RequestRefused(404, "There is nothing to set up here: the app has its accounts. Sign in, or ask "
                    + "a QI lead for an invitation.");
        }
        return setUpPage(request, 200, FormErrors.NONE, token, "qi-lead-1");
    }

    private Reply setUpPage(Request request, int status, FormErrors errors, String token, String id) {
        Page page = new Page("Set up the app", "", errors.any()).forRequest(request);
        return Reply.html(status, templates.render("signin/setup.jte", new SetUpForm(page, errors, token, id)));
    }

    /** {@code POST /setup}. */
    public Reply setUp(Request request) throws IOException {
        Parameters form = request.form().fields();
        String token = form.text("token", "");
        if (!firstRun.accepts(token)) {
            throw new RequestRefused(404, "There is nothing to set up here: the app has its accounts.");
        }
        String id = form.text("id", "").strip();
        String password = form.text("password", "");
        List<FieldError> errors = new ArrayList<>();
        String idProblem = Actor.problemWith(id);
        if (idProblem != null) {
            errors.add(new FieldError("id", "Your id " + idProblem.replace("partner id", "id")));
        }
        String passwordProblem = Passwords.problemWith(password);
        if (passwordProblem != null) {
            errors.add(new FieldError("password", "The password " + passwordProblem));
        }
        if (!errors.isEmpty()) {
            return setUpPage(request, 422, FormErrors.of(errors), token, id);
        }
        Account first = Account.of(Actor.of(id), form.text("displayName", "").strip(), Passwords.hash(password),
                Set.of(ProjectRole.QI_LEAD), accounts.clock().instant());
        synchronized (firstRun) {
            if (!firstRun.accepts(token) || !accounts.add(first)) {
                throw new RequestRefused(409, "The first account has just been made by someone else. Sign in.");
            }
            firstRun.used();
        }
        LOG.info("The first account, " + first.id().value() + ", was made with the set-up link.");
        return sessions.signIn(request, first, "/projects");
    }

    /** {@code GET /projects/{id}/invitations}. */
    public Reply inviteForm(Request request) {
        AlwaysEventProject project = leadsProject(request);
        return invitePage(request, 200, FormErrors.NONE, project, "", "partner", null, null);
    }

    private Reply invitePage(Request request, int status, FormErrors errors, AlwaysEventProject project, String invitee,
            String role, @Nullable String link, @Nullable String linkFor) {
        Page page = new Page("Invite someone to the project", Navigation.PROJECTS, errors.any()).forRequest(request);
        String expires = WHEN.format(accounts.clock().instant().plus(Accounts.INVITATION_LIFETIME));
        return Reply.html(status, templates.render("signin/invite.jte", new InviteForm(page, errors,
                project.id().value(), project.profile().title(), invitee, role, link, linkFor, expires)));
    }

    /** {@code POST /projects/{id}/invitations}. */
    public Reply invite(Request request) throws IOException {
        AlwaysEventProject project = leadsProject(request);
        Parameters form = request.form().fields();
        String invitee = form.text("invitee", "").strip();
        String role = form.text("role", "partner");
        List<FieldError> errors = new ArrayList<>();
        String problem = Actor.problemWith(invitee);
        if (problem != null) {
            errors.add(new FieldError("invitee", "Their id " + problem.replace("partner id", "id")));
        }
        ProjectRole assigned = switch (role) {
            case "viewer" -> ProjectRole.VIEWER;
            case "qi-lead" -> ProjectRole.QI_LEAD;
            default -> null;
        };
        if (assigned == null && !role.equals("partner")) {
            errors.add(new FieldError("role", "Choose how they join: a partner, a viewer or a QI lead"));
        }
        if (!errors.isEmpty()) {
            return invitePage(request, 422, FormErrors.of(errors), project, invitee, role, null, null);
        }
        String secret = accounts.invite(project.id(), Actor.of(invitee), assigned, SignedIn.of(request).actor());
        String link = request.origin() + "/invitations/" + secret;
        return invitePage(request, 201, FormErrors.NONE, project, "", "partner", link, invitee);
    }

    private AlwaysEventProject leadsProject(Request request) {
        SignedIn who = SignedIn.of(request);
        String text = request.pathParameter("id");
        Optional<AlwaysEventProject> project = ProjectId.problemWith(text) == null
                ? projects.project(ProjectId.of(text)) : Optional.empty();
        if (project.isEmpty()) {
            throw new RequestRefused(404, "There is no project at this address.");
        }
        if (!who.principalOn(project.get().id()).rolesOn(project.get()).contains(ProjectRole.QI_LEAD)) {
            throw new RequestRefused(403, "Only a QI lead of this project can invite people to it ("
                    + AccessPolicy.ROLE_NOT_PERMITTED + "). Nothing was changed.");
        }
        return project.get();
    }

    /** {@code GET /invitations/{token}}. */
    public Reply acceptForm(Request request) {
        String token = request.pathParameter("token");
        Optional<Invitation> invitation = accounts.invitation(token);
        String refused = refusal(invitation);
        return acceptPage(request, refused == null ? 200 : 410, FormErrors.NONE, token, invitation.orElse(null), refused);
    }

    private @Nullable String refusal(Optional<Invitation> invitation) {
        if (invitation.isEmpty()) {
            return "This invitation link is not one this app made. Ask the QI lead for a new one.";
        }
        if (invitation.get().used() != null) {
            return "This invitation link has been used already: each works once. Sign in, or ask the QI lead for a "
                    + "new one.";
        }
        if (!invitation.get().usableAt(accounts.clock().instant())) {
            return "This invitation link has expired. Ask the QI lead for a new one.";
        }
        return null;
    }

    private Reply acceptPage(Request request, int status, FormErrors errors, String token,
            @Nullable Invitation invitation, @Nullable String refused) {
        Page page = new Page(refused == null ? "You are invited" : "This invitation cannot be used", "", errors.any())
                .forRequest(request);
        String title = invitation == null ? "" : projects.project(invitation.project())
                .map(p -> p.profile().title()).orElse(invitation.project().value());
        String role = invitation == null ? "" : invitation.role() == null ? "a partner"
                : "a " + policy.role(invitation.role()).name();
        return Reply.html(status, templates.render("signin/accept.jte", new AcceptForm(page, errors, token,
                invitation == null ? "" : invitation.invitee().value(), title, role, refused)));
    }

    /** {@code POST /invitations/{token}}. */
    public Reply accept(Request request) throws IOException {
        String token = request.pathParameter("token");
        Parameters form = request.form().fields();
        String password = form.text("password", "");
        Optional<Invitation> invitation = accounts.invitation(token);
        String refused = refusal(invitation);
        if (refused != null) {
            return acceptPage(request, 410, FormErrors.NONE, token, invitation.orElse(null), refused);
        }
        String problem = Passwords.problemWith(password);
        if (problem != null) {
            return acceptPage(request, 422, FormErrors.of(List.of(new FieldError("password", "The password "
                    + problem))), token, invitation.get(), null);
        }
        Accounts.Acceptance acceptance = accounts.accept(token, password, form.text("displayName", "").strip());
        if (acceptance instanceof Accounts.Acceptance.Refused no) {
            return acceptPage(request, 409, FormErrors.of(List.of(new FieldError("password", no.reason()))), token,
                    invitation.get(), null);
        }
        Account account = ((Accounts.Acceptance.Accepted) acceptance).account();
        return sessions.signIn(request, account, "/projects/" + invitation.get().project().value());
    }

    /** {@code GET /account}. */
    public Reply account(Request request) {
        return accountPage(request, 200, FormErrors.NONE, null);
    }

    private Reply accountPage(Request request, int status, FormErrors errors, @Nullable String newToken) {
        Account account = SignedIn.of(request).account();
        List<TokenRow> rows = new ArrayList<>();
        for (ApiToken token : accounts.tokensOf(account.id())) {
            rows.add(new TokenRow(token.id(), token.label(), WHEN.format(token.created()), token.active() ? "Active"
                    : "Revoked " + WHEN.format(token.revoked()), token.active()));
        }
        List<String> roles = new ArrayList<>();
        account.organisationRoles().stream().sorted().forEach(r -> roles.add(policy.role(r).name() + " on every project"));
        account.projectRoles().forEach((project, held) -> held.stream().sorted()
                .forEach(r -> roles.add(policy.role(r).name() + " on " + project.value())));
        String sentence = roles.isEmpty() ? "You have no assigned roles: your roles on a project come from its teams."
                : "Your assigned roles: " + String.join("; ", roles) + ". Your roles on a project also come from its teams.";
        Page page = new Page("Your account", "", errors.any()).forRequest(request);
        return Reply.html(status, templates.render("signin/account.jte", new AccountPage(page, errors,
                account.id().value(), sentence, rows, newToken)));
    }

    /** {@code POST /account/tokens}. */
    public Reply createToken(Request request) throws IOException {
        String label = request.form().fields().text("label", "").strip();
        if (label.isEmpty() || label.length() > 80) {
            return accountPage(request, 422, FormErrors.of(List.of(new FieldError("label",
                    "Say what the token is for, in up to 80 characters"))), null);
        }
        Accounts.NewToken made = accounts.createToken(SignedIn.of(request).actor(), label);
        return accountPage(request, 201, FormErrors.NONE, made.secret());
    }

    /** {@code POST /account/tokens/{token}/revoke}. */
    public Reply revokeToken(Request request) {
        if (!accounts.revoke(SignedIn.of(request).actor(), request.pathParameter("token"))) {
            throw new RequestRefused(404, "You have no active token with this id.");
        }
        return Reply.redirect(303, "/account#tokens");
    }

    /** {@code GET /what-you-can-do}. */
    public Reply whatYouCanDo(Request request) {
        List<RoleView> roles = new ArrayList<>();
        for (RoleDefinition role : policy.roles()) {
            List<String> commands = new ArrayList<>();
            for (String name : role.commands()) {
                commands.add(CommandDescriptions.byId(name).map(CommandDescription::title)
                        .orElse(CommandDescription.words(name)));
            }
            roles.add(new RoleView(role.role().name().toLowerCase(Locale.ROOT).replace('_', '-'), capitalised(role.name()),
                    role.description(), commands));
        }
        Page page = new Page("What you can see and do", "", false).forRequest(request);
        return Reply.html(200, templates.render("signin/whatYouCanDo.jte", new CanDoPage(page,
                "access policy " + policy.id() + ", version " + policy.version(), roles, AlwaysEvents.TRADEMARK_NOTICE)));
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
