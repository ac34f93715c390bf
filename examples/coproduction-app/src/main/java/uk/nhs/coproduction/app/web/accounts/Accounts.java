package uk.nhs.coproduction.app.web.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.web.DataDirectory;
import uk.nhs.coproduction.app.web.server.ApiJson;

/**
 * The app's accounts, invitations and API tokens, in {@value #FILE} in the data directory. The
 * file is read once, kept in memory, and replaced as a whole on every change: written to a
 * temporary file, forced to disk and moved over the old one atomically, so a crash leaves the old
 * file or the new one, never half of either. Nothing is written until the first change, so an app
 * nobody signs up to creates no file.
 *
 * <p>This class is thread-safe: every method holds the object's lock.
 */
public final class Accounts {

    /** The file's name in the data directory. */
    public static final String FILE = "accounts.json";
    /** How long an invitation link works: 7 days. */
    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    private final DataDirectory data;
    private final Clock clock;
    private @Nullable Map<Actor, Account> accounts;
    // Replaced, never changed in place: a change is made on copies, written, and only then kept, so
    // that a failed write leaves what is in memory as it is on disk.
    private List<Invitation> invitations = List.of();
    private List<ApiToken> tokens = List.of();

    private Accounts(DataDirectory data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /** The accounts of a data directory, read when first needed. */
    public static Accounts in(DataDirectory data, Clock clock) {
        return new Accounts(data, clock);
    }

    /** {@return the clock the accounts' times come from} */
    public Clock clock() {
        return clock;
    }

    /** {@return whether there is no account yet: the app's first run} */
    public synchronized boolean isEmpty() {
        return loaded().isEmpty();
    }

    /** {@return every account, in the order they were made} */
    public synchronized List<Account> all() {
        return List.copyOf(loaded().values());
    }

    /** {@return the account with this id} */
    public synchronized Optional<Account> find(Actor id) {
        return Optional.ofNullable(loaded().get(id));
    }

    /** {@return the account an external identity signs in as} */
    public synchronized Optional<Account> byIdentity(ExternalIdentity identity) {
        return loaded().values().stream().filter(a -> a.identities().contains(identity)).findFirst();
    }

    /**
     * Adds an account, unless its id is taken.
     *
     * @return whether it was added
     */
    public synchronized boolean add(Account account) {
        if (loaded().containsKey(account.id())) {
            return false;
        }
        Map<Actor, Account> changed = new LinkedHashMap<>(loaded());
        changed.put(account.id(), account);
        save(changed, invitations, tokens);
        return true;
    }

    /** Replaces an account (found by its id) with a changed copy. */
    public synchronized void update(Account account) {
        if (!loaded().containsKey(account.id())) {
            throw new IllegalArgumentException("there is no account " + account.id().value());
        }
        Map<Actor, Account> changed = new LinkedHashMap<>(loaded());
        changed.put(account.id(), account);
        save(changed, invitations, tokens);
    }

    /**
     * {@return the account whose id and password these are; empty otherwise, after as long as a
     * right password would take, whether or not the id exists}
     */
    public Optional<Account> check(Actor id, String password) {
        Account account;
        synchronized (this) {
            account = loaded().get(id);
        }
        if (account == null || !account.hasPassword()) {
            Passwords.verifyDecoy(password);
            return Optional.empty();
        }
        return Passwords.verify(password, account.passwordHash()) ? Optional.of(account) : Optional.empty();
    }

    /**
     * Makes an invitation to {@code project} for the pseudonymous id {@code invitee}, valid for
     * {@link #INVITATION_LIFETIME}.
     *
     * @return the link's secret, to show once; only its digest is kept
     */
    public synchronized String invite(ProjectId project, Actor invitee, @Nullable ProjectRole role, Actor invitedBy) {
        loaded();
        String secret = Tokens.newSecret();
        List<Invitation> changed = new ArrayList<>(invitations);
        changed.add(new Invitation(Tokens.digest(secret), project, invitee, role, invitedBy,
                clock.instant().plus(INVITATION_LIFETIME), null));
        save(loaded(), changed, tokens);
        return secret;
    }

    /** {@return the invitation a link's secret opens, used or not} */
    public synchronized Optional<Invitation> invitation(String secret) {
        loaded();
        String digest = Tokens.digest(secret);
        return invitations.stream().filter(i -> Tokens.same(i.digest(), digest)).findFirst();
    }

    /** What became of accepting an invitation. */
    public sealed interface Acceptance {
        /**
         * The account was made (or, for an existing account, given the project).
         *
         * @param account the account
         */
        record Accepted(Account account) implements Acceptance {
        }

        /**
         * Nothing was changed.
         *
         * @param reason why, in plain English
         */
        record Refused(String reason) implements Acceptance {
        }
    }

    /**
     * Accepts an invitation: makes the invitee's account with this password and display name (or,
     * if it exists already and the password is its own, gives it the project's role), and marks
     * the link used. An expired, used or unknown link changes nothing.
     */
    public synchronized Acceptance accept(String secret, String password, @Nullable String displayName) {
        Optional<Invitation> found = invitation(secret);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            return new Acceptance.Refused("This invitation link is not one this app made. Ask the QI lead for a new one.");
        }
        Invitation invitation = found.get();
        if (invitation.used() != null) {
            return new Acceptance.Refused("This invitation link has been used already: each works once. Sign in, or "
                    + "ask the QI lead for a new one.");
        }
        if (!invitation.usableAt(now)) {
            return new Acceptance.Refused("This invitation link has expired: each works for "
                    + INVITATION_LIFETIME.toDays() + " days. Ask the QI lead for a new one.");
        }
        Account existing = loaded().get(invitation.invitee());
        Account account;
        if (existing != null) {
            if (!existing.hasPassword() || !Passwords.verify(password, existing.passwordHash())) {
                return new Acceptance.Refused("There is already an account " + invitation.invitee().value()
                        + ": enter its password to add this project to it.");
            }
            account = existing;
        } else {
            account = new Account(invitation.invitee(), displayName, Passwords.hash(password), Set.of(), Map.of(),
                    Set.of(), now);
        }
        if (invitation.role() != null) {
            account = account.withProjectRole(invitation.project(), invitation.role());
        }
        Map<Actor, Account> changed = new LinkedHashMap<>(loaded());
        changed.put(account.id(), account);
        List<Invitation> marked = new ArrayList<>(invitations);
        marked.replaceAll(i -> i == invitation ? i.usedAt(now) : i);
        save(changed, marked, tokens);
        return new Acceptance.Accepted(account);
    }

    /**
     * A new API token, shown once.
     *
     * @param token the token as kept
     * @param secret the value to send as {@code Authorization: Bearer}
     */
    public record NewToken(ApiToken token, String secret) {
        @Override
        public String toString() {
            return token.toString();
        }
    }

    /** Makes a personal API token for an account. */
    public synchronized NewToken createToken(Actor account, String label) {
        loaded();
        String secret = "cpa_" + Tokens.newSecret();
        String id = Tokens.newSecret().substring(0, 8);
        ApiToken token = new ApiToken(id, Tokens.digest(secret), account, label, clock.instant(), null);
        List<ApiToken> changed = new ArrayList<>(tokens);
        changed.add(token);
        save(loaded(), invitations, changed);
        return new NewToken(token, secret);
    }

    /** {@return the account an active token's secret acts as} */
    public synchronized Optional<Account> byToken(String secret) {
        loaded();
        String digest = Tokens.digest(secret);
        for (ApiToken token : tokens) {
            if (token.active() && Tokens.same(token.digest(), digest)) {
                return Optional.ofNullable(loaded().get(token.account()));
            }
        }
        return Optional.empty();
    }

    /** {@return an account's tokens, revoked ones too, newest first} */
    public synchronized List<ApiToken> tokensOf(Actor account) {
        loaded();
        List<ApiToken> mine = new ArrayList<>();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).account().equals(account)) {
                mine.add(tokens.get(i));
            }
        }
        return mine;
    }

    /**
     * Revokes one of an account's tokens.
     *
     * @return whether an active token of that account had this id
     */
    public synchronized boolean revoke(Actor account, String id) {
        loaded();
        for (int i = 0; i < tokens.size(); i++) {
            ApiToken token = tokens.get(i);
            if (token.account().equals(account) && token.id().equals(id) && token.active()) {
                List<ApiToken> changed = new ArrayList<>(tokens);
                changed.set(i, new ApiToken(token.id(), token.digest(), token.account(), token.label(), token.created(),
                        clock.instant()));
                save(loaded(), invitations, changed);
                return true;
            }
        }
        return false;
    }

    private Map<Actor, Account> loaded() {
        if (accounts == null) {
            Map<Actor, Account> read = new LinkedHashMap<>();
            Path file = file();
            if (Files.isRegularFile(file)) {
                try {
                    read(Files.readString(file, StandardCharsets.UTF_8), read);
                } catch (IOException e) {
                    throw new UncheckedIOException("the accounts file " + file + " cannot be read", e);
                }
            }
            accounts = read;
        }
        return accounts;
    }

    private Path file() {
        return data.resolve(FILE).orElseThrow();
    }

    private void read(String text, Map<Actor, Account> into) {
        JsonNode root;
        try {
            root = ApiJson.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalStateException("the accounts file " + file() + " is not valid JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
        int i = 0;
        for (JsonNode a : root.path("accounts")) {
            String at = "accounts[" + i++ + "]";
            try {
                Map<ProjectId, Set<ProjectRole>> projectRoles = new LinkedHashMap<>();
                a.path("projectRoles").properties().forEach(e -> projectRoles.put(ProjectId.of(e.getKey()),
                        roles(e.getValue())));
                Set<ExternalIdentity> identities = new LinkedHashSet<>();
                a.path("identities").forEach(n -> identities.add(new ExternalIdentity(n.path("issuer").asString(),
                        n.path("subject").asString())));
                Account account = new Account(Actor.of(a.path("id").asString()),
                        a.hasNonNull("displayName") ? a.get("displayName").asString() : null,
                        a.path("passwordHash").asString(""), roles(a.path("roles")), projectRoles, identities,
                        Instant.parse(a.path("created").asString()));
                into.put(account.id(), account);
            } catch (RuntimeException e) {
                throw new IllegalStateException("the accounts file " + file() + " has a bad entry at " + at, e);
            }
        }
        List<Invitation> invited = new ArrayList<>();
        List<ApiToken> kept = new ArrayList<>();
        for (JsonNode n : root.path("invitations")) {
            invited.add(new Invitation(n.path("digest").asString(), ProjectId.of(n.path("project").asString()),
                    Actor.of(n.path("invitee").asString()),
                    n.hasNonNull("role") ? ProjectRole.valueOf(n.get("role").asString()) : null,
                    Actor.of(n.path("invitedBy").asString()), Instant.parse(n.path("expires").asString()),
                    n.hasNonNull("used") ? Instant.parse(n.get("used").asString()) : null));
        }
        for (JsonNode n : root.path("tokens")) {
            kept.add(new ApiToken(n.path("id").asString(), n.path("digest").asString(),
                    Actor.of(n.path("account").asString()), n.path("label").asString(""),
                    Instant.parse(n.path("created").asString()),
                    n.hasNonNull("revoked") ? Instant.parse(n.get("revoked").asString()) : null));
        }
        invitations = List.copyOf(invited);
        tokens = List.copyOf(kept);
    }

    private static Set<ProjectRole> roles(JsonNode names) {
        Set<ProjectRole> roles = EnumSet.noneOf(ProjectRole.class);
        names.forEach(n -> roles.add(ProjectRole.valueOf(n.asString())));
        return roles;
    }

    /**
     * Writes these accounts, invitations and tokens to the file, replacing it atomically, and only
     * then keeps them as this object's state.
     *
     * @throws UncheckedIOException if the file cannot be written; nothing is changed then, on disk
     *     or in memory
     */
    private void save(Map<Actor, Account> nextAccounts, List<Invitation> nextInvitations, List<ApiToken> nextTokens) {
        ObjectNode root = ApiJson.MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        ArrayNode list = root.putArray("accounts");
        for (Account account : nextAccounts.values()) {
            ObjectNode a = list.addObject();
            a.put("id", account.id().value());
            if (account.displayName() != null) {
                a.put("displayName", account.displayName());
            }
            a.put("passwordHash", account.passwordHash());
            ArrayNode roles = a.putArray("roles");
            account.organisationRoles().stream().sorted().forEach(r -> roles.add(r.name()));
            ObjectNode projectRoles = a.putObject("projectRoles");
            account.projectRoles().forEach((project, held) -> {
                ArrayNode each = projectRoles.putArray(project.value());
                held.stream().sorted().forEach(r -> each.add(r.name()));
            });
            ArrayNode identities = a.putArray("identities");
            account.identities().forEach(id -> identities.addObject().put("issuer", id.issuer())
                    .put("subject", id.subject()));
            a.put("created", account.created().toString());
        }
        ArrayNode invited = root.putArray("invitations");
        for (Invitation i : nextInvitations) {
            ObjectNode n = invited.addObject().put("digest", i.digest()).put("project", i.project().value())
                    .put("invitee", i.invitee().value()).put("invitedBy", i.invitedBy().value())
                    .put("expires", i.expires().toString());
            n.put("role", i.role() == null ? null : i.role().name());
            n.put("used", i.used() == null ? null : i.used().toString());
        }
        ArrayNode kept = root.putArray("tokens");
        for (ApiToken t : nextTokens) {
            ObjectNode n = kept.addObject().put("id", t.id()).put("digest", t.digest())
                    .put("account", t.account().value()).put("label", t.label()).put("created", t.created().toString());
            n.put("revoked", t.revoked() == null ? null : t.revoked().toString());
        }
        try {
            data.create();
            Path file = file();
            Path temporary = file.resolveSibling(FILE + ".tmp");
            byte[] bytes = ApiJson.write(root).getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("the accounts file in " + data.root() + " cannot be written; nothing was "
                    + "changed", e);
        }
        accounts = nextAccounts;
        invitations = List.copyOf(nextInvitations);
        tokens = List.copyOf(nextTokens);
    }

    @Override
    public String toString() {
        return "Accounts[" + data.root() + "]";
    }
}
