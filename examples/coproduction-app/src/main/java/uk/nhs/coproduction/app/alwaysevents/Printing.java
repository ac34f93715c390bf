package uk.nhs.coproduction.app.alwaysevents;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import uk.nhs.coproduction.alwaysevents.command.*;
import uk.nhs.coproduction.alwaysevents.project.*;
import uk.nhs.coproduction.alwaysevents.workflow.Fact;
import uk.nhs.coproduction.alwaysevents.workflow.GuardFailure;
import uk.nhs.coproduction.alwaysevents.workflow.Reason;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;

/** How the command line (and the web app's notices) word events, reasons and failures. */
public final class Printing {

    private static final WorkflowDefinition PHASES = WorkflowDefinition.standard();

    private Printing() {
    }

    /** Each reason on its own line, with the facts it looked at that its message does not already show. */
    static void reasons(PrintWriter out, List<Reason> reasons, String indent) {
        for (Reason reason : reasons) {
            out.println(indent + reason.code() + ": " + reason.message());
            List<Fact> more = reason.facts().stream().filter(f -> !reason.message().contains(f.value())).toList();
            if (!more.isEmpty()) {
                out.println(indent + "  (" + more.stream().map(Fact::toString).collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    /** Each guard failure on its own line. */
    static void failures(PrintWriter out, List<GuardFailure> failures, String indent) {
        failures.forEach(f -> out.println(indent + f));
    }

    /** One line saying what an event recorded, without quoting what people said. */
    public static String describe(ProjectEvent event) {
        if (event instanceof ProjectStartedEvent e) {
            return "started: " + e.title() + " (" + e.organisation() + ", " + e.areaOfFocus() + ")";
        } else if (event instanceof ExecutiveSponsorAppointedEvent e) {
            return "executive sponsor " + e.sponsor().id() + " appointed";
        } else if (event instanceof OversightMemberJoinedEvent e) {
            return e.partner() + " joined the oversight group as " + roles(e.roles());
        } else if (event instanceof CoDesignMemberJoinedEvent e) {
            return e.partner() + " joined the co-design team as " + roles(e.roles());
        } else if (event instanceof CoDesignMemberLeftEvent e) {
            return e.partner() + " left the co-design team";
        } else if (event instanceof WhatMattersRecordedEvent e) {
            return "what matters recorded from " + Converters.code(e.evidence().source())
                    + (e.evidence().peopleHeard() > 0 ? " (" + e.evidence().peopleHeard() + " people)" : "");
        } else if (event instanceof VisionStatedEvent e) {
            return "vision: \"" + e.vision().text() + "\"";
        } else if (event instanceof AimStatedEvent e) {
            return "aim: " + e.aim().sentence();
        } else if (event instanceof CriterionAssessedEvent e) {
            return "criterion " + Converters.code(e.assessment().criterion()) + (e.assessment().met() ? " met" : " not met");
        } else if (event instanceof PrimaryDriverAddedEvent e) {
            return "primary driver " + e.driver().id() + ": " + e.driver().text();
        } else if (event instanceof SecondaryDriverAddedEvent e) {
            return "secondary driver " + e.driver().id() + " under " + e.driver().primaryDriverId() + ": " + e.driver().text();
        } else if (event instanceof ChangeIdeaAddedEvent e) {
            return "change idea " + e.idea().id() + " under " + e.idea().secondaryDriverId() + ": " + e.idea().text();
        } else if (event instanceof PdsaCyclePlannedEvent e) {
            return "PDSA cycle " + e.cycle() + " planned, testing " + e.changeIdeaId();
        } else if (event instanceof PdsaDoRecordedEvent e) {
            return "PDSA cycle " + e.cycle() + " carried out";
        } else if (event instanceof PdsaStudyRecordedEvent e) {
            return "PDSA cycle " + e.cycle() + " studied: prediction " + (e.study().predictionConfirmed() ? "held" : "did not hold");
        } else if (event instanceof PdsaActRecordedEvent e) {
            return "PDSA cycle " + e.cycle() + ": " + Converters.code(e.act().decision());
        } else if (event instanceof MeasurementRecordedEvent e) {
            return "measured " + e.measurement().period() + ": " + counts(e.measurement());
        } else if (event instanceof MeasurementCorrectedEvent e) {
            return "corrected " + e.measurement().period() + ": " + counts(e.measurement());
        } else if (event instanceof SpreadSiteAddedEvent e) {
            return Converters.code(e.site().kind()) + " " + e.site().siteId() + " (" + e.site().name() + ") took it up";
        } else if (event instanceof SiteMeasurementRecordedEvent e) {
            return "measured " + e.measurement().measurement().period() + " at " + e.measurement().siteId() + ": "
                    + counts(e.measurement().measurement());
        } else if (event instanceof SustainReviewRecordedEvent e) {
            return "sustain review on " + e.review().reviewedOn();
        } else if (event instanceof ProgressScoreSetEvent e) {
            return "progress score set to " + e.score();
        } else if (event instanceof ImpactRecordedEvent e) {
            return "\"you said, we did\" entry " + e.entry() + " recorded";
        } else if (event instanceof ImpactSignedOffEvent e) {
            return "entry " + e.entry() + " signed off by " + e.signOff().partner();
        } else if (event instanceof ApprovalRecordedEvent e) {
            return "approval recorded: " + e.approval().approval();
        } else if (event instanceof PhaseChangedEvent e) {
            return "step " + e.transitionId() + ": \"" + PHASES.phase(e.from()).name() + "\" -> \""
                    + PHASES.phase(e.to()).name() + "\"";
        } else if (event instanceof ProjectPausedEvent e) {
            return "paused: " + e.reason();
        } else if (event instanceof ProjectResumedEvent) {
            return "resumed";
        } else if (event instanceof ProjectClosedEvent e) {
            return "closed: " + e.reason();
        } else if (event instanceof uk.nhs.coproduction.alwaysevents.project.WordsErasedEvent e) {
            return "words erased (" + e.reason().wireName() + "): " + EraseCommand.describe(e.erased());
        }
        return event.getClass().getSimpleName();
    }

    private static String roles(java.util.Set<uk.nhs.coproduction.model.partner.Role> roles) {
        return roles.stream().map(r -> r.label()).collect(Collectors.joining(" and "));
    }

    private static String counts(Measurement measurement) {
        if (!measurement.hasData()) {
            return "nobody eligible";
        }
        return measurement.numerator() + " of " + measurement.denominator() + " ("
                + Math.round(100.0 * measurement.numerator() / measurement.denominator()) + "%)";
    }
}
