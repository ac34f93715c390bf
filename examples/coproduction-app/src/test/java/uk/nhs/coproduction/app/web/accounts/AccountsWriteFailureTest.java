package uk.nhs.coproduction.app.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.alwaysevents.access.ProjectRole;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.web.DataDirectory;

/**
 * A change to the accounts that cannot be written changes nothing: not the file, and not what the
 * running app holds in memory. The write is made to fail by putting a folder where the temporary
 * file goes, which refuses the write even for root (CI runs as root, so file permissions would not).
 */
class AccountsWriteFailureTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final String HASH = Passwords.hash("a password for the test");

    @TempDir
    Path folder;

    @Test
    void everyKindOfChangeThatCannotBeWrittenLeavesMemoryAndFileAsTheyWere() throws Exception {
        Accounts accounts = Accounts.in(DataDirectory.at(folder), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(accounts.add(Account.of(Actor.of("lead-1"), null, HASH, Set.of(ProjectRole.QI_LEAD), NOW))).isTrue();
        String invitation = accounts.invite(ProjectId.of("ward-7"), Actor.of("P-1"), null,
                Actor.of("lead-1"));
        Accounts.NewToken token = accounts.createToken(Actor.of("lead-1"), "script");
        Path file = folder.resolve(Accounts.FILE);
        String before = Files.readString(file);

        Files.createDirectory(folder.resolve(Accounts.FILE + ".tmp"));

        assertThatThrownBy(() -> accounts.add(Account.of(Actor.of("lead-2"), null, HASH, Set.of(), NOW)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("nothing was changed");
        assertThat(accounts.find(Actor.of("lead-2"))).isEmpty();

        Account lead = accounts.find(Actor.of("lead-1")).orElseThrow();
        assertThatThrownBy(() -> accounts.update(lead.withProjectRole(ProjectId.of("ward-7"), ProjectRole.VIEWER)))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(accounts.find(Actor.of("lead-1")).orElseThrow()).isEqualTo(lead);

        assertThatThrownBy(() -> accounts.invite(ProjectId.of("ward-7"), Actor.of("P-2"), null, Actor.of("lead-1")))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> accounts.accept(invitation, "a long enough password", null))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(accounts.find(Actor.of("P-1"))).as("the invitee's account was not kept").isEmpty();
        assertThat(accounts.invitation(invitation).orElseThrow().used()).as("the link is still unused").isNull();

        assertThatThrownBy(() -> accounts.createToken(Actor.of("lead-1"), "another"))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> accounts.revoke(Actor.of("lead-1"), token.token().id()))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(accounts.tokensOf(Actor.of("lead-1"))).containsExactly(token.token());
        assertThat(accounts.byToken(token.secret())).as("the token still works").isPresent();

        assertThat(Files.readString(file)).isEqualTo(before);

        Files.delete(folder.resolve(Accounts.FILE + ".tmp"));
        assertThat(accounts.accept(invitation, "a long enough password", null))
                .as("once the file can be written, the same link works")
                .isInstanceOf(Accounts.Acceptance.Accepted.class);
        assertThat(Accounts.in(DataDirectory.at(folder), Clock.fixed(NOW, ZoneOffset.UTC)).find(Actor.of("P-1")))
                .as("and is kept on disk").isPresent();
    }
}
