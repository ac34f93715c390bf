package uk.nhs.coproduction.alwaysevents.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ErasedField;
import uk.nhs.coproduction.alwaysevents.project.ErasureReason;
import uk.nhs.coproduction.alwaysevents.project.ProjectEvent;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.project.WordsErasedEvent;
import uk.nhs.coproduction.alwaysevents.store.internal.Redactor;
import uk.nhs.coproduction.alwaysevents.workflow.Fact;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * A request to erase words from a project's history (the right to erasure): which free-text
 * fields of which events, or every word a partner said or typed, why, who asked for it and when.
 * It holds no erased words itself. A store carries it out with {@link EventStore#erase}: each
 * chosen field that still holds words is replaced by {@link WordsErasedEvent#MARKER}, in place, and
 * a {@link WordsErasedEvent} naming the fields is appended, so versions stay contiguous, the log
 * still replays and the erasure itself is on the record.
 *
 * <p>Only free text is erased: ids, dates, numbers, phases and the workflow's names stay, because
 * other events refer to them. {@link #freeTextFields(ProjectEvent)} lists an event's fields.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param project the project
 * @param targets what to erase, never empty
 * @param reason why
 * @param actor who asked for it (recorded as the {@code WordsErasedEvent}'s actor)
 * @param at when (recorded as the {@code WordsErasedEvent}'s time)
 * @provisional The ways of choosing what to erase may grow (for example by kind of event).
 * @since 0.1.0
 */
public record Erasure(ProjectId project, List<Target> targets, ErasureReason reason, Actor actor, Instant at) {

    /**
     * Checks the components and copies the targets.
     *
     * @param project the project
     * @param targets what to erase, never empty
     * @param reason why
     * @param actor who asked for it
     * @param at when
     */
    public Erasure {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("an erasure needs at least one target");
        }
    }

    /**
     * {@return the request}
     *
     * @param project the project
     * @param targets what to erase, never empty
     * @param reason why
     * @param actor who asked for it
     * @param at when
     */
    public static Erasure of(ProjectId project, List<Target> targets, ErasureReason reason, Actor actor, Instant at) {
        return new Erasure(project, targets, reason, actor, at);
    }

    /**
     * {@return the names of the free-text fields an event of this kind can hold, as paths in its
     * JSON {@code data} (such as {@code youSaid} or {@code evidence.summary}); empty for events
     * without free text}
     *
     * @param event the event
     */
    public static List<String> freeTextFields(ProjectEvent event) {
        return Redactor.freeText(event);
    }

    /**
     * What to erase.
     *
     * @since 0.1.0
     */
    public sealed interface Target permits Fields, WordsOf {
    }

    /**
     * Free-text fields of one event.
     *
     * @param version the event's version
     * @param fields the fields' names ({@link #freeTextFields}); empty for every free-text field
     *     of the event
     * @since 0.1.0
     */
    public record Fields(long version, Set<String> fields) implements Target {

        /**
         * Checks the components and sorts the names.
         *
         * @param version the event's version, from 1
         * @param fields the fields' names, letters and dots only
         */
        public Fields {
            if (version < 1) {
                throw new IllegalArgumentException("an event's version starts at 1: " + version);
            }
            TreeSet<String> sorted = new TreeSet<>();
            for (String field : Objects.requireNonNull(fields, "fields")) {
                sorted.add(ErasedField.of(version, field).field());
            }
            fields = Collections.unmodifiableSortedSet(sorted);
        }

        /**
         * {@return the target}
         *
         * @param version the event's version
         * @param fields the fields' names; none for every free-text field of the event
         */
        public static Fields of(long version, String... fields) {
            return new Fields(version, Set.of(fields));
        }
    }

    /**
     * Every word of one partner: all the free text of the events they recorded, the impact
     * entries ("you said, we did") that name them as saying it, the evidence of what matters they
     * voiced, and their comments signing impact off.
     *
     * @param partner the partner
     * @since 0.1.0
     */
    public record WordsOf(PartnerId partner) implements Target {

        /**
         * Checks the component.
         *
         * @param partner the partner
         */
        public WordsOf {
            Objects.requireNonNull(partner, "partner");
        }
    }

    /**
     * What carrying out an erasure on a log means, worked out in memory for a store to write: the
     * result to return, the events to write in place of the stored ones, and the audit event to
     * append after them. When {@link #audit()} is empty (refused, or nothing left to erase) the store
     * changes nothing.
     *
     * @param result what to return to the caller
     * @param changed the erased events, each to replace the stored event of its version
     * @param auditEvent the {@code WordsErasedEvent} to append at the next version, or null
     * @since 0.1.0
     */
    public record Rewrite(ErasureResult result, List<RecordedEvent> changed, @Nullable RecordedEvent auditEvent) {

        /**
         * Checks the components and copies the list.
         *
         * @param result what to return to the caller
         * @param changed the erased events
         * @param auditEvent the {@code WordsErasedEvent} to append, or null
         */
        public Rewrite {
            Objects.requireNonNull(result, "result");
            changed = List.copyOf(changed);
        }

        /** {@return the {@code WordsErasedEvent} to append, when there is something to write} */
        public Optional<RecordedEvent> audit() {
            return Optional.ofNullable(auditEvent);
        }

        /**
         * {@return {@code log} with the changed events in place and the audit event appended: what
         * the store holds once it has written this}
         *
         * @param log the log this was worked out on
         */
        public List<RecordedEvent> applyTo(List<RecordedEvent> log) {
            List<RecordedEvent> after = new ArrayList<>(log);
            for (RecordedEvent event : changed) {
                after.set((int) event.version() - 1, event);
            }
            if (auditEvent != null) {
                after.add(auditEvent);
            }
            return after;
        }
    }

    /**
     * Works out this erasure on {@code log}, the project's whole log as the store holds it now,
     * for a store to write while it holds off appends to the project. Nothing is written here.
     *
     * @param log the project's events, in version order
     * @return what to write and to return
     */
    public Rewrite rewrite(List<RecordedEvent> log) {
        Objects.requireNonNull(log, "log");
        if (log.isEmpty()) {
            return refused(List.of(Reason.of("ERASURE_NO_SUCH_PROJECT", "There is no project " + project + " to erase from.",
                    Fact.of("project", project.value()))));
        }
        List<Reason> reasons = new ArrayList<>();
        Map<Long, Set<String>> chosen = new TreeMap<>();
        for (Target target : targets) {
            if (target instanceof Fields fields) {
                choose(log, fields, chosen, reasons);
            } else {
                PartnerId partner = ((WordsOf) target).partner();
                for (RecordedEvent event : log) {
                    List<String> words = Redactor.wordsOf(event, partner);
                    if (!words.isEmpty()) {
                        chosen.computeIfAbsent(event.version(), v -> new TreeSet<>()).addAll(words);
                    }
                }
            }
        }
        if (!reasons.isEmpty()) {
            return refused(reasons);
        }
        List<RecordedEvent> changed = new ArrayList<>();
        List<ErasedField> erased = new ArrayList<>();
        for (Map.Entry<Long, Set<String>> entry : chosen.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            RecordedEvent before = log.get((int) (entry.getKey() - 1));
            changed.add(Redactor.erase(before, entry.getValue()));
            entry.getValue().forEach(field -> erased.add(ErasedField.of(entry.getKey(), field)));
        }
        if (erased.isEmpty()) {
            return new Rewrite(new ErasureResult.Accepted(new Erased(project, log.size(), List.of())), List.of(), null);
        }
        RecordedEvent last = log.get(log.size() - 1);
        RecordedEvent audit = RecordedEvent.of(project, log.size() + 1L, at, actor, last.definition(),
                new WordsErasedEvent(erased, reason));
        return new Rewrite(new ErasureResult.Accepted(new Erased(project, audit.version(), erased)), changed, audit);
    }

    private static void choose(List<RecordedEvent> log, Fields target, Map<Long, Set<String>> chosen, List<Reason> reasons) {
        long version = target.version();
        if (version > log.size()) {
            reasons.add(Reason.of("ERASURE_NO_SUCH_VERSION", "The project has no event at version " + version
                    + "; it is at version " + log.size() + ".", Fact.of("version", version),
                    Fact.of("projectVersion", log.size())));
            return;
        }
        RecordedEvent event = log.get((int) (version - 1));
        List<String> free = Redactor.freeText(event.event());
        String type = event.event().getClass().getSimpleName();
        if (free.isEmpty()) {
            reasons.add(Reason.of("ERASURE_NO_FREE_TEXT", "The event at version " + version + " (" + type
                    + ") holds no free text to erase.", Fact.of("version", version), Fact.of("event", type)));
            return;
        }
        Set<String> wanted = target.fields().isEmpty() ? new TreeSet<>(free) : target.fields();
        boolean known = true;
        for (String field : wanted) {
            if (!free.contains(field)) {
                known = false;
                reasons.add(Reason.of("ERASURE_NO_SUCH_FIELD", "The event at version " + version + " (" + type
                        + ") has no free-text field " + field + "; its fields are " + String.join(", ", free) + ".",
                        Fact.of("version", version), Fact.of("field", field), Fact.of("fields", String.join(",", free))));
            }
        }
        if (known) {
            Set<String> holding = new TreeSet<>(Redactor.holdingWords(event));
            holding.retainAll(wanted);
            chosen.computeIfAbsent(version, v -> new TreeSet<>()).addAll(holding);
        }
    }

    private static Rewrite refused(List<Reason> reasons) {
        return new Rewrite(new ErasureResult.Refused(reasons), List.of(), null);
    }
}
