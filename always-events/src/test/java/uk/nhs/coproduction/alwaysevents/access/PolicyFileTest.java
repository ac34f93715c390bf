package uk.nhs.coproduction.alwaysevents.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an organisation's own policy file, and what a broken one is told. */
class PolicyFileTest {

    private static final String BUNDLED = AccessPolicy.bundled().toJson();

    private static String broken(String from, String to) {
        assertThat(BUNDLED).contains(from);
        return BUNDLED.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void aWrittenPolicyReadsBackEqual() {
        AccessPolicy policy = AccessPolicy.bundled();
        assertThat(AccessPolicy.fromJson(policy.toJson())).isEqualTo(policy);
        AccessPolicy changed = policy.withPermission(ProjectRole.VIEWER, "record-measurement").withVersion("ours", "1");
        assertThat(AccessPolicy.fromJson(changed.toJson())).isEqualTo(changed).isNotEqualTo(policy);
    }

    @Test
    void anOrganisationReadsItsOwnFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("access-policy.json");
        Files.writeString(file, broken("\"always-events-standard-access\"", "\"our-trust-access\""), StandardCharsets.UTF_8);
        AccessPolicy ours = AccessPolicy.read(file);
        assertThat(ours.id()).isEqualTo("our-trust-access");
        assertThat(ours.roles()).isEqualTo(AccessPolicy.bundled().roles());
    }

    @Test
    void anUnknownRoleIsNamedWithItsField() {
        assertThatThrownBy(() -> AccessPolicy.fromJson(broken("\"role\": \"VIEWER\"", "\"role\": \"OBSERVER\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("access policy.roles[5].role: 'OBSERVER' is not one of [QI_LEAD, ");
    }

    @Test
    void anUnknownCommandIsNamedWithItsField() {
        assertThatThrownBy(() -> AccessPolicy.fromJson(broken("\"sign-off-impact\"", "\"sign-of-impact\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("access policy.roles[2].commands[0]: 'sign-of-impact' is not a command;"
                        + " the commands are [add-change-idea, ");
    }

    @Test
    void aCommandListedTwiceIsNamed() {
        assertThatThrownBy(() -> AccessPolicy.fromJson(broken("\"sign-off-impact\"", "\"sign-off-impact\", \"sign-off-impact\"")))
                .hasMessage("access policy.roles[2].commands[1]: 'sign-off-impact' is listed twice");
    }

    @Test
    void aRoleLeftOutOrDefinedTwiceIsRefused() {
        String withoutViewer = broken("\"role\": \"VIEWER\"", "\"role\": \"QI_LEAD\"");
        assertThatThrownBy(() -> AccessPolicy.fromJson(withoutViewer))
                .hasMessage("access policy: the role QI_LEAD is defined twice");
    }

    @Test
    void aMissingReasonMessageIsNamed() {
        assertThatThrownBy(() -> AccessPolicy.fromJson(broken("\"ROLE_NOT_PERMITTED\"", "\"ROLE_NOT_ALLOWED\"")))
                .hasMessage("access policy: the wording needs a message for reason ROLE_NOT_PERMITTED");
    }

    @Test
    void aMissingFieldIsNamed() {
        assertThatThrownBy(() -> AccessPolicy.fromJson(broken("\"name\": \"viewer\",", "")))
                .hasMessage("access policy.roles[5].name: text is required");
        assertThatThrownBy(() -> AccessPolicy.fromJson(broken("\"document\": \"always-events-access-policy\"",
                "\"document\": \"always-events-workflow\"")))
                .hasMessage("access policy.document: must be always-events-access-policy, not always-events-workflow");
    }

    @Test
    void aSyntaxErrorIsNamedByLineAndTheFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("ours.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"document\" \"always-events-access-policy\"\n}\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AccessPolicy.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("access policy ours.json is not valid JSON (line 3, column");
    }
}
