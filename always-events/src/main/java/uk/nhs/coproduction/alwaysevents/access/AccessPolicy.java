package uk.nhs.coproduction.alwaysevents.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.access.internal.CommandNames;
import uk.nhs.coproduction.alwaysevents.access.internal.PolicyDocument;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.SetProgressScoreCommand;
import uk.nhs.coproduction.alwaysevents.command.SignOffImpactCommand;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.workflow.Fact;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.Verdict;
import uk.nhs.coproduction.alwaysevents.workflow.Wording;

/**
 * Who may give which command on an Always Events&reg; project, as one immutable piece of data
 * beside the workflow definition: for every {@link ProjectRole} its name, its description and the
 * commands it may give, and the wording of the reasons for a refusal.
 *
 * <p>{@link #check} asks whether a {@link Principal} may give a command on a project now. The
 * command is permitted when one of the roles the principal holds on the project may give it, and
 * the rules the method itself needs hold, whatever a policy says:
 *
 * <ul>
 *   <li>a "you said, we did" sign-off is given only by the partner it names, in their own name
 *       ({@value #SIGN_OFF_NOT_BY_NAMED_PARTNER}); the decider then checks that the partner took
 *       part, in the co-design team, with lived experience;</li>
 *   <li>the progress score is set only by the project's QI lead or its executive sponsor
 *       ({@value #PROGRESS_SCORE_NOT_BY_LEAD_OR_SPONSOR});</li>
 *   <li>only members of the project see partners' pseudonymous ids
 *       ({@link #canSeePartnerIds}, {@value #PARTNER_IDS_FOR_MEMBERS_ONLY}).</li>
 * </ul>
 *
 * <p>A refusal is a {@link Verdict.Refused} with every reason, each with its code, as a workflow
 * guard's is; nothing here throws for a refusal or has a side effect. Holding more roles never
 * takes a permission away, and neither does a policy that permits more.
 *
 * <p>{@link #bundled()} is this library's policy, as versioned JSON; write it out with
 * {@link #toJson()}, edit it, and load your own with {@link #fromJson(String)} or
 * {@link #read(Path)}, as you load your own workflow:
 *
 * <pre>{@code
 * AccessPolicy ours = AccessPolicy.read(Path.of("config/access-policy.json"));
 * Verdict verdict = ours.check(Principal.of(Actor.of("qi-lead-1"), ProjectRole.QI_LEAD), command, project);
 * if (verdict instanceof Verdict.Refused refused) {
 *     refused.reasons().forEach(reason -> System.out.println(reason.code() + ": " + reason.message()));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 * @provisional New in 0.1.0: the document's form may gain fields in a minor release (a policy
 *     written by an older release still reads), and more roles may be added.
 */
public final class AccessPolicy {

    /** The reason code when none of the principal's roles may give the command. */
    public static final String ROLE_NOT_PERMITTED = "ROLE_NOT_PERMITTED";
    /** The reason code when a sign-off is given by someone other than the partner it names. */
    public static final String SIGN_OFF_NOT_BY_NAMED_PARTNER = "SIGN_OFF_NOT_BY_NAMED_PARTNER";
    /** The reason code when the progress score is set by someone other than the QI lead or sponsor. */
    public static final String PROGRESS_SCORE_NOT_BY_LEAD_OR_SPONSOR = "PROGRESS_SCORE_NOT_BY_LEAD_OR_SPONSOR";
    /** The reason code when someone who is not a member of the project asks to see partners' ids. */
    public static final String PARTNER_IDS_FOR_MEMBERS_ONLY = "PARTNER_IDS_FOR_MEMBERS_ONLY";

    /** The reason codes every policy's wording must have a message for. */
    public static final Set<String> REASON_CODES = Set.of(ROLE_NOT_PERMITTED, SIGN_OFF_NOT_BY_NAMED_PARTNER,
            PROGRESS_SCORE_NOT_BY_LEAD_OR_SPONSOR, PARTNER_IDS_FOR_MEMBERS_ONLY);

    private static final Set<ProjectRole> SETS_PROGRESS_SCORE = Collections.unmodifiableSet(
            EnumSet.of(ProjectRole.QI_LEAD, ProjectRole.EXECUTIVE_SPONSOR));

    private final String id;
    private final String version;
    private final Map<ProjectRole, RoleDefinition> roles;
    private final Wording wording;

    private AccessPolicy(String id, String version, List<RoleDefinition> definitions, Map<String, String> reasonMessages) {
        this.id = requireText(id, "id");
        this.version = requireText(version, "version");
        EnumMap<ProjectRole, RoleDefinition> byRole = new EnumMap<>(ProjectRole.class);
        for (RoleDefinition definition : definitions) {
            if (byRole.put(definition.role(), definition) != null) {
                throw new IllegalArgumentException("the role " + definition.role() + " is defined twice");
            }
        }
        if (byRole.size() != ProjectRole.values().length) {
            List<ProjectRole> missing = new ArrayList<>(List.of(ProjectRole.values()));
            missing.removeAll(byRole.keySet());
            throw new IllegalArgumentException("every role needs a name, a description and its commands; missing: "
                    + missing);
        }
        this.roles = Collections.unmodifiableMap(byRole);
        for (String code : new java.util.TreeSet<>(REASON_CODES)) {
            String message = reasonMessages.get(code);
            if (message == null || message.isBlank()) {
                throw new IllegalArgumentException("the wording needs a message for reason " + code);
            }
        }
        this.wording = Wording.of(Map.of(), reasonMessages);
    }

    /** {@return this library's policy, bundled as versioned JSON (loaded once)} */
    public static AccessPolicy bundled() {
        return Holder.BUNDLED;
    }

    /**
     * {@return a policy with this id and version, these role definitions (one for every role) and
     * these reason messages (one for each of {@link #REASON_CODES})}
     *
     * @param id the policy's id
     * @param version the policy's version
     * @param roles one definition for every role
     * @param reasonMessages message templates by reason code; facts are named in braces
     * @throws IllegalArgumentException if a role is missing or defined twice, or a message is
     *     missing
     */
    public static AccessPolicy of(String id, String version, List<RoleDefinition> roles,
            Map<String, String> reasonMessages) {
        return new AccessPolicy(id, version, roles, reasonMessages);
    }

    /**
     * {@return a policy read from JSON in the form {@link #toJson()} writes}
     *
     * @param json the policy document
     * @throws IllegalArgumentException naming the line and column of a JSON syntax error, or the
     *     field of any other problem (such as an unknown role or command name)
     */
    public static AccessPolicy fromJson(String json) {
        return fromJson(json, "access policy");
    }

    /**
     * {@return a policy read from a file, such as an organisation's own policy}
     *
     * @param file the policy document, in UTF-8
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the file and the line, column or field of the
     *     problem, if it is not a valid policy
     */
    public static AccessPolicy read(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8), "access policy " + file.getFileName());
    }

    private static AccessPolicy fromJson(String json, String what) {
        PolicyDocument.Parts parts = PolicyDocument.read(json, what);
        try {
            return new AccessPolicy(parts.id(), parts.version(), parts.roles(), parts.reasonMessages());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    /** {@return the policy as JSON: a template to edit for an organisation's own policy} */
    public String toJson() {
        return PolicyDocument.write(this);
    }

    /** {@return the policy's id, such as {@code always-events-standard-access}} */
    public String id() {
        return id;
    }

    /** {@return the policy's version} */
    public String version() {
        return version;
    }

    /** {@return every role's definition, in the order of {@link ProjectRole}} */
    public List<RoleDefinition> roles() {
        return List.copyOf(roles.values());
    }

    /**
     * {@return the definition of {@code role}}
     *
     * @param role the role
     */
    public RoleDefinition role(ProjectRole role) {
        return roles.get(role);
    }

    /** {@return reason message templates, by code} */
    public SortedMap<String, String> reasonMessages() {
        return wording.reasonMessages();
    }

    /** {@return the name of every command a policy can name, sorted, such as {@code sign-off-impact}} */
    public static SortedSet<String> commandNames() {
        return CommandNames.all();
    }

    /**
     * {@return the name of {@code command} in policy documents, such as {@code set-progress-score}}
     *
     * @param command the command
     */
    public static String commandName(ProjectCommand command) {
        return CommandNames.of(command);
    }

    /**
     * {@return the roles that may give the command named {@code command}, in the order of
     * {@link ProjectRole}; empty for a name that is not a command}
     *
     * @param command a command's name
     */
    public Set<ProjectRole> rolesPermitted(String command) {
        EnumSet<ProjectRole> permitted = EnumSet.noneOf(ProjectRole.class);
        for (RoleDefinition definition : roles.values()) {
            if (definition.permits(command)) {
                permitted.add(definition.role());
            }
        }
        return Collections.unmodifiableSet(permitted);
    }

    /**
     * {@return whether {@code principal} may give {@code command} on {@code project} now: permitted,
     * or refused with every reason. Pure: nothing is changed. This judges who gives the command
     * only; whether the project's state allows it is the decider's question, asked afterwards}
     *
     * @param principal who gives the command
     * @param command the command
     * @param project the project, or null before it is started
     */
    public Verdict check(Principal principal, ProjectCommand command, @Nullable AlwaysEventProject project) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(command, "command");
        Set<ProjectRole> held = principal.rolesOn(project);
        String name = commandName(command);
        List<Reason> reasons = new ArrayList<>(2);
        Set<ProjectRole> permitted = rolesPermitted(name);
        if (Collections.disjoint(held, permitted)) {
            reasons.add(wording.reason(ROLE_NOT_PERMITTED, Fact.of("command", name),
                    Fact.of("roles", names(held)), Fact.of("permitted", names(permitted))));
        }
        if (command instanceof SignOffImpactCommand signOff && !signOff.partner().equals(principal.partnerId())) {
            reasons.add(wording.reason(SIGN_OFF_NOT_BY_NAMED_PARTNER, Fact.of("entry", String.valueOf(signOff.entry())),
                    Fact.of("partner", signOff.partner().value()), Fact.of("actor", principal.actor().value())));
        }
        if (command instanceof SetProgressScoreCommand && Collections.disjoint(held, SETS_PROGRESS_SCORE)) {
            reasons.add(wording.reason(PROGRESS_SCORE_NOT_BY_LEAD_OR_SPONSOR, Fact.of("roles", names(held))));
        }
        return reasons.isEmpty() ? Verdict.permitted() : new Verdict.Refused(reasons);
    }

    /**
     * {@return whether {@code principal} may see the partners' pseudonymous ids on {@code project}:
     * permitted for members of the project (any role but {@link ProjectRole#VIEWER}), refused
     * otherwise. Read models (pages, reports, exports) ask this before they show who said what or
     * who signed off; this rule is the method's, whatever a policy says}
     *
     * @param principal who is looking
     * @param project the project
     */
    public Verdict canSeePartnerIds(Principal principal, AlwaysEventProject project) {
        Objects.requireNonNull(project, "project");
        Set<ProjectRole> held = principal.rolesOn(project);
        for (ProjectRole role : held) {
            if (role.isMember()) {
                return Verdict.permitted();
            }
        }
        return new Verdict.Refused(List.of(wording.reason(PARTNER_IDS_FOR_MEMBERS_ONLY, Fact.of("roles", names(held)))));
    }

    /**
     * {@return this policy with the role {@code role} permitted to give the command {@code command}
     * as well}
     *
     * @param role the role
     * @param command the command's name
     * @throws IllegalArgumentException if there is no such command
     */
    public AccessPolicy withPermission(ProjectRole role, String command) {
        List<RoleDefinition> changed = new ArrayList<>(roles.values());
        changed.set(role.ordinal(), roles.get(role).withCommand(command));
        return new AccessPolicy(id, version, changed, wording.reasonMessages());
    }

    /**
     * {@return this policy under another id and version, for an organisation's own edition}
     *
     * @param newId the new id
     * @param newVersion the new version
     */
    public AccessPolicy withVersion(String newId, String newVersion) {
        return new AccessPolicy(newId, newVersion, roles(), wording.reasonMessages());
    }

    private String names(Set<ProjectRole> held) {
        if (held.isEmpty()) {
            return "none";
        }
        return held.stream().map(role -> roles.get(role).name()).collect(Collectors.joining(", "));
    }

    /** Equal when the id, the version, the roles and the wording are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AccessPolicy that && id.equals(that.id) && version.equals(that.version)
                && roles.equals(that.roles) && wording.equals(that.wording);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, roles, wording);
    }

    @Override
    public String toString() {
        return "AccessPolicy[" + id + " " + version + "]";
    }

    private static String requireText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("an access policy needs a " + what);
        }
        return text;
    }

    private static final class Holder {
        static final AccessPolicy BUNDLED = fromJson(PolicyDocument.bundledText(), "bundled access policy");
    }
}
