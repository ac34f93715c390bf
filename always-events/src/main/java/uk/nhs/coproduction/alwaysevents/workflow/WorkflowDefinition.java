package uk.nhs.coproduction.alwaysevents.workflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.DefinitionVersion;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.ProjectStatus;
import uk.nhs.coproduction.alwaysevents.workflow.internal.DefinitionDocument;
import uk.nhs.coproduction.alwaysevents.workflow.internal.MermaidDiagram;
import uk.nhs.coproduction.model.framework.FrameworkEdition;

/**
 * The Always Events&reg; method as one immutable piece of data: the phases, the transitions
 * between them, their guards and the wording, with a version and a fingerprint. One definition
 * is shared by every project that uses it.
 *
 * <p>{@link #standard()} follows the toolkit IHI prepared for NHS England: set-up and oversight,
 * understanding what matters, co-design, testing with PDSA cycles, reliable implementation,
 * scale-up and spread, and sustain, with the guards that keep co-production from the very start.
 * Its wording and parameters (such as the 40% minimum share of lived-experience members) are
 * bundled JSON; write it out with {@link #toJson()}, edit it, and load your own with
 * {@link #fromJson(String, GuardLibrary)}. Or change it in code:
 *
 * <pre>{@code
 * WorkflowDefinition ours = WorkflowDefinition.standard()
 *         .withVersion("our-trust-always-events", "2026.1")
 *         .withGuard("spread-and-scale-up", GuardLibrary.standard().create(
 *                 GuardSpec.of("approval-recorded", Map.of("approval", "clinical governance committee")),
 *                 WorkflowDefinition.standard().wording()));
 * }</pre>
 *
 * <p>Asking for a verdict evaluates every guard of the transition, lists every unmet condition,
 * reports a guard that throws as a failure, and has no side effects. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class WorkflowDefinition {

    /** The reason code when a transition does not start from the project's phase. */
    public static final String NOT_IN_PHASE = "NOT_IN_PHASE";
    /** The reason code when the project is paused. */
    public static final String PROJECT_PAUSED = "PROJECT_PAUSED";
    /** The reason code when the project is closed. */
    public static final String PROJECT_CLOSED = "PROJECT_CLOSED";

    private final String id;
    private final String versionName;
    private final FrameworkEdition edition;
    private final Map<Phase, PhaseDefinition> phases;
    private final List<Transition> transitions;
    private final Wording wording;
    private final Map<String, Transition> byId;
    private final Transition[][] byFrom;
    private final DefinitionVersion version;

    private WorkflowDefinition(String id, String versionName, FrameworkEdition edition, List<PhaseDefinition> phases,
            List<Transition> transitions, Wording wording) {
        this.id = requireText(id, "id");
        this.versionName = requireText(versionName, "version");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.wording = Objects.requireNonNull(wording, "wording");
        EnumMap<Phase, PhaseDefinition> phaseMap = new EnumMap<>(Phase.class);
        for (PhaseDefinition phase : phases) {
            if (phaseMap.put(phase.phase(), phase) != null) {
                throw new IllegalArgumentException("phase " + phase.phase() + " is defined twice");
            }
        }
        if (phaseMap.size() != Phase.values().length) {
            List<Phase> missing = new ArrayList<>(List.of(Phase.values()));
            missing.removeAll(phaseMap.keySet());
            throw new IllegalArgumentException("every phase needs a name and description; missing: " + missing);
        }
        this.phases = Collections.unmodifiableMap(phaseMap);
        this.transitions = List.copyOf(transitions);
        Map<String, Transition> index = new HashMap<>();
        List<List<Transition>> from = new ArrayList<>();
        for (int i = 0; i < Phase.values().length; i++) {
            from.add(new ArrayList<>());
        }
        for (Transition transition : this.transitions) {
            if (index.put(transition.id(), transition) != null) {
                throw new IllegalArgumentException("transition " + transition.id() + " is defined twice");
            }
            from.get(transition.from().ordinal()).add(transition);
        }
        for (String code : List.of(NOT_IN_PHASE, PROJECT_PAUSED, PROJECT_CLOSED)) {
            if (!wording.hasReason(code)) {
                throw new IllegalArgumentException("the wording needs a message for reason " + code);
            }
        }
        this.byId = Map.copyOf(index);
        this.byFrom = from.stream().map(list -> list.toArray(Transition[]::new)).toArray(Transition[][]::new);
        this.version = new DefinitionVersion(id, versionName, fingerprint(DefinitionDocument.content(this)));
    }

    /** {@return the bundled standard definition (loaded once)} */
    public static WorkflowDefinition standard() {
        return Holder.STANDARD;
    }

    /**
     * {@return a definition read from JSON in the form {@link #toJson()} writes, with guards from
     * the standard library}
     *
     * @param json the definition's JSON
     * @throws IllegalArgumentException naming the field when the document is not a valid definition
      * @provisional The definition's JSON form is new in 0.1.0: a minor release may add fields to it
     *     (a definition written by an older release still reads).
     */
    public static WorkflowDefinition fromJson(String json) {
        return fromJson(json, GuardLibrary.standard());
    }

    /**
     * {@return a definition read from JSON, with guards made by {@code library} (which may hold an
     * organisation's own kinds of guard)}
     *
     * @param json the definition's JSON, in the form {@link #toJson()} writes
     * @param library makes the guards the definition names
     * @throws IllegalArgumentException naming the field when the document is not a valid definition
      * @provisional The definition's JSON form is new in 0.1.0: a minor release may add fields to it
     *     (a definition written by an older release still reads).
     */
    public static WorkflowDefinition fromJson(String json, GuardLibrary library) {
        DefinitionDocument.Parts parts = DefinitionDocument.read(json, library, "workflow definition");
        return new WorkflowDefinition(parts.id(), parts.version(), parts.edition(), parts.phases(), parts.transitions(),
                parts.wording());
    }

    /**
     * {@return the definition as JSON: a template to edit for an organisation's own definition}
     *
      * @provisional The definition's JSON form is new in 0.1.0: a minor release may add fields to it
     *     (a definition written by an older release still reads).
     */
    public String toJson() {
        return DefinitionDocument.write(this);
    }

    /** {@return the definition's id, version and fingerprint, recorded with every event} */
    public DefinitionVersion version() {
        return version;
    }

    /** {@return where the method's wording comes from, and how far it can be trusted} */
    public FrameworkEdition edition() {
        return edition;
    }

    /**
     * {@return the name and description of {@code phase}}
     *
     * @param phase the phase
     */
    public PhaseDefinition phase(Phase phase) {
        return phases.get(phase);
    }

    /** {@return every phase's name and description, in the method's order} */
    public List<PhaseDefinition> phases() {
        return List.copyOf(phases.values());
    }

    /** {@return every transition, in declared order} */
    public List<Transition> transitions() {
        return transitions;
    }

    /**
     * {@return the transition with this id}
     *
     * @param transitionId the transition's id
     */
    public Optional<Transition> transition(String transitionId) {
        return Optional.ofNullable(byId.get(transitionId));
    }

    /**
     * {@return the transitions that start from {@code phase}, in declared order}
     *
     * @param phase the phase
     */
    public List<Transition> transitionsFrom(Phase phase) {
        return List.of(byFrom[phase.ordinal()]);
    }

    /** {@return the definition's wording: guard descriptions and reason messages} */
    public Wording wording() {
        return wording;
    }

    /**
     * {@return whether {@code project} may take {@code transition} now. Every guard is evaluated,
     * and the project's status and phase are checked too, so the verdict lists every unmet
     * condition. A guard that throws or answers null makes the verdict {@link Verdict.Failed}.
     * Nothing is changed}
     *
     * @param transition the transition
     * @param project the project to judge
     */
    public Verdict evaluate(Transition transition, AlwaysEventProject project) {
        List<Reason> reasons = null;
        if (project.status() != ProjectStatus.ACTIVE) {
            reasons = new ArrayList<>(4);
            String why = project.statusReason() == null ? "no reason given" : project.statusReason();
            reasons.add(wording.reason(project.status() == ProjectStatus.PAUSED ? PROJECT_PAUSED : PROJECT_CLOSED,
                    Fact.of("status", project.status().name()), Fact.of("reason", why)));
        }
        if (project.phase() != transition.from()) {
            reasons = reasons == null ? new ArrayList<>(4) : reasons;
            reasons.add(wording.reason(NOT_IN_PHASE, Fact.of("from", phase(transition.from()).name()),
                    Fact.of("phase", phase(project.phase()).name())));
        }
        List<GuardFailure> failures = null;
        List<Guard> guards = transition.guards();
        for (int i = 0; i < guards.size(); i++) {
            Guard guard = guards.get(i);
            List<Reason> found;
            try {
                found = guard.check(project);
            } catch (RuntimeException e) {
                failures = failures == null ? new ArrayList<>(2) : failures;
                failures.add(GuardFailure.threw(guard.spec().kind(), e));
                continue;
            }
            if (found == null) {
                failures = failures == null ? new ArrayList<>(2) : failures;
                failures.add(new GuardFailure(guard.spec().kind(), "no answer", "the guard returned null"));
            } else if (!found.isEmpty()) {
                reasons = reasons == null ? new ArrayList<>(found.size() + 2) : reasons;
                reasons.addAll(found);
            }
        }
        if (failures != null) {
            return new Verdict.Failed(failures, reasons == null ? List.of() : reasons);
        }
        return reasons == null ? Verdict.permitted() : new Verdict.Refused(reasons);
    }

    /**
     * {@return whether {@code project} may take the transition {@code transitionId} now}
     *
     * @param transitionId the id of the transition
     * @param project the project to judge
     * @throws IllegalArgumentException if the definition has no such transition
     */
    public Verdict evaluate(String transitionId, AlwaysEventProject project) {
        Transition transition = byId.get(transitionId);
        if (transition == null) {
            throw new IllegalArgumentException("the workflow definition " + version + " has no transition " + transitionId);
        }
        return evaluate(transition, project);
    }

    /**
     * {@return every transition from the project's current phase, with its verdict now. Nothing is
     * changed: this is safe to call as often as a page is shown}
     *
     * @param project the project to judge
     */
    public List<TransitionOption> availableTransitions(AlwaysEventProject project) {
        Transition[] from = byFrom[project.phase().ordinal()];
        List<TransitionOption> options = new ArrayList<>(from.length);
        for (Transition transition : from) {
            options.add(new TransitionOption(transition, evaluate(transition, project)));
        }
        return List.copyOf(options);
    }

    /** {@return the phases and transitions as a Mermaid state diagram, for documentation} */
    public String toMermaid() {
        return MermaidDiagram.of(this);
    }

    /**
     * {@return this definition under another id and version (its fingerprint follows its content)}
     *
     * @param newId the definition's new id
     * @param newVersion the definition's new version
     */
    public WorkflowDefinition withVersion(String newId, String newVersion) {
        return new WorkflowDefinition(newId, newVersion, edition, List.copyOf(phases.values()), transitions, wording);
    }

    /**
     * {@return this definition with {@code transition} added, or replacing the transition with its
     * id}
     *
     * @param transition the transition to add or replace
     */
    public WorkflowDefinition withTransition(Transition transition) {
        List<Transition> changed = new ArrayList<>(transitions.size() + 1);
        boolean replaced = false;
        for (Transition existing : transitions) {
            if (existing.id().equals(transition.id())) {
                changed.add(transition);
                replaced = true;
            } else {
                changed.add(existing);
            }
        }
        if (!replaced) {
            changed.add(transition);
        }
        return new WorkflowDefinition(id, versionName, edition, List.copyOf(phases.values()), changed, wording);
    }

    /**
     * {@return this definition with one more guard on the transition {@code transitionId}}
     *
     * @param transitionId the id of the transition
     * @param guard the guard to add
     * @throws IllegalArgumentException if there is no such transition
     */
    public WorkflowDefinition withGuard(String transitionId, Guard guard) {
        Transition transition = transition(transitionId).orElseThrow(() -> new IllegalArgumentException(
                "the workflow definition " + version + " has no transition " + transitionId));
        return withTransition(transition.withGuard(guard));
    }

    /**
     * {@return this definition without the transition {@code transitionId} (unchanged if there is
     * none)}
     *
     * @param transitionId the id of the transition to remove
     */
    public WorkflowDefinition withoutTransition(String transitionId) {
        List<Transition> kept = transitions.stream().filter(t -> !t.id().equals(transitionId)).toList();
        return new WorkflowDefinition(id, versionName, edition, List.copyOf(phases.values()), kept, wording);
    }

    /**
     * {@return this definition with this wording (every guard's wording must still be there)}
     *
     * @param newWording the guard descriptions and reason messages to use
     */
    public WorkflowDefinition withWording(Wording newWording) {
        return new WorkflowDefinition(id, versionName, edition, List.copyOf(phases.values()), transitions, newWording);
    }

    /** Equal when the id, the version and the fingerprint of the content are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WorkflowDefinition that && version.equals(that.version);
    }

    @Override
    public int hashCode() {
        return version.hashCode();
    }

    @Override
    public String toString() {
        return "WorkflowDefinition[" + version + ", " + transitions.size() + " transitions]";
    }

    private static String fingerprint(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                hex.append(Character.forDigit((digest[i] >> 4) & 0xf, 16)).append(Character.forDigit(digest[i] & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String requireText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("a workflow definition needs a " + what);
        }
        return text;
    }

    private static final class Holder {
        static final WorkflowDefinition STANDARD = fromJson(DefinitionDocument.standardText());
    }
}
