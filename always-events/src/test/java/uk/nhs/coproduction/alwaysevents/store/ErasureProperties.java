package uk.nhs.coproduction.alwaysevents.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ErasedField;
import uk.nhs.coproduction.alwaysevents.project.ErasureReason;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.internal.Redactor;
import uk.nhs.coproduction.alwaysevents.testing.Scenario;

/**
 * The laws of erasure, over a log with every kind of event and any choice of what to erase:
 * erasing twice is erasing once; exactly the chosen fields that held words hold the marker
 * afterwards and nothing else changes; the erased log replays to the same project apart from the
 * text; and erasing in two requests erases the same as erasing in one.
 */
class ErasureProperties {

    private static final List<RecordedEvent> LOG = EventJsonTest.everyKindOfEvent().projects
            .history(ProjectId.of("test-project")).events();
    private static final ProjectId PROJECT = LOG.get(0).projectId();
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    private static Erasure erasure(List<Erasure.Target> targets) {
        return Erasure.of(PROJECT, targets, ErasureReason.PERSON_ASKED, Actor.of("dpo-1"), AT);
    }

    @Provide
    Arbitrary<List<Erasure.Target>> targets() {
        List<RecordedEvent> withText = LOG.stream().filter(e -> !Erasure.freeTextFields(e.event()).isEmpty()).toList();
        Arbitrary<Erasure.Target> fields = Arbitraries.of(withText).flatMap(e -> Arbitraries
                .subsetOf(Erasure.freeTextFields(e.event())).map(names -> new Erasure.Fields(e.version(), names)));
        Arbitrary<Erasure.Target> partner = Arbitraries.of(Scenario.PATIENT, Scenario.CARER, Scenario.NURSE,
                Scenario.SUPPORT_WORKER, Scenario.SPONSOR).map(Erasure.WordsOf::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, fields), net.jqwik.api.Tuple.of(1, partner))
                .list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 200)
    void erasingTwiceIsErasingOnce(@ForAll("targets") List<Erasure.Target> targets) {
        Erasure request = erasure(targets);
        List<RecordedEvent> once = request.rewrite(LOG).applyTo(LOG);

        Erasure.Rewrite again = request.rewrite(once);

        assertThat(again.audit()).isEmpty();
        assertThat(again.changed()).isEmpty();
        assertThat(again.result()).isEqualTo(new ErasureResult.Accepted(new Erased(PROJECT, once.size(), List.of())));
        assertThat(again.applyTo(once)).isEqualTo(once);
    }

    @Property(tries = 200)
    void exactlyTheChosenWordsHoldTheMarkerAndNothingElseChanges(@ForAll("targets") List<Erasure.Target> targets) {
        Erasure.Rewrite rewrite = erasure(targets).rewrite(LOG);
        List<RecordedEvent> after = rewrite.applyTo(LOG);
        Set<ErasedField> erased = new HashSet<>(rewrite.result().orElseThrow().fields());

        assertThat(after).hasSize(erased.isEmpty() ? LOG.size() : LOG.size() + 1);
        for (int i = 0; i < LOG.size(); i++) {
            RecordedEvent before = LOG.get(i);
            RecordedEvent now = after.get(i);
            List<String> expected = new ArrayList<>(Redactor.holdingWords(before));
            expected.removeIf(f -> erased.contains(ErasedField.of(before.version(), f)));
            assertThat(Redactor.holdingWords(now)).isEqualTo(expected);
            if (expected.size() == Redactor.holdingWords(before).size()) {
                assertThat(now).isEqualTo(before);
            } else {
                assertThat(EventJson.write(now)).contains("[erased]");
                assertThat(now.version()).isEqualTo(before.version());
                assertThat(now.recordedAt()).isEqualTo(before.recordedAt());
                assertThat(now.actor()).isEqualTo(before.actor());
                assertThat(now.event().getClass()).isEqualTo(before.event().getClass());
            }
        }
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).version()).isEqualTo(i + 1L);
        }
    }

    @Property(tries = 200)
    void theErasedLogReplaysToTheSameProjectApartFromTheText(@ForAll("targets") List<Erasure.Target> targets) {
        List<RecordedEvent> after = erasure(targets).rewrite(LOG).applyTo(LOG);
        AlwaysEventProject before = AlwaysEventProject.replay(LOG).orElseThrow();

        AlwaysEventProject replayed = AlwaysEventProject.replay(after).orElseThrow();

        assertThat(replayed.version()).isEqualTo(after.size());
        assertThat(replayed.phase()).isEqualTo(before.phase());
        assertThat(replayed.status()).isEqualTo(before.status());
        assertThat(replayed.measurements()).isEqualTo(before.measurements());
        assertThat(replayed.coDesignTeam()).isEqualTo(before.coDesignTeam());
        assertThat(replayed.phaseHistory()).isEqualTo(before.phaseHistory());
        assertThat(replayed.impactLog()).hasSameSizeAs(before.impactLog());
        assertThat(replayed.pdsaCycles()).hasSameSizeAs(before.pdsaCycles());
        assertThat(replayed.driverDiagram().changeIdeas()).hasSameSizeAs(before.driverDiagram().changeIdeas());
    }

    @Property(tries = 200)
    void erasingInTwoRequestsErasesWhatOneRequestDoes(@ForAll("targets") List<Erasure.Target> first,
            @ForAll("targets") List<Erasure.Target> second) {
        List<RecordedEvent> inTwo = erasure(second).rewrite(erasure(first).rewrite(LOG).applyTo(LOG))
                .applyTo(erasure(first).rewrite(LOG).applyTo(LOG));
        List<Erasure.Target> both = new ArrayList<>(first);
        both.addAll(second);
        List<RecordedEvent> inOne = erasure(both).rewrite(LOG).applyTo(LOG);

        assertThat(inTwo.subList(0, LOG.size())).isEqualTo(inOne.subList(0, LOG.size()));
    }
}
