package uk.nhs.coproduction.app.web.boardreport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.nhs.coproduction.alwaysevents.impact.ImpactLogEntry;
import uk.nhs.coproduction.alwaysevents.impact.SignOff;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.measurement.svg.ChartAnnotation;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.portfolio.MeasureReading;
import uk.nhs.coproduction.alwaysevents.portfolio.Portfolio;
import uk.nhs.coproduction.alwaysevents.portfolio.PortfolioMeasure;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.TeamMember;
import uk.nhs.coproduction.alwaysevents.project.WhatMattersEvidence;
import uk.nhs.coproduction.alwaysevents.report.ProjectSummary;
import uk.nhs.coproduction.app.projectcommands.CommandChoices;
import uk.nhs.coproduction.app.web.reliability.ChartView;
import uk.nhs.coproduction.app.web.reliability.RunChartPages;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;

/**
 * One Always Events&reg; project's board report, in words: what a board reads on one printed
 * page. It holds no partner's id: what matters is given in people's words with where it came
 * from, and who signed a "you said, we did" entry off is said by their role.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the project's id (in the page's address, not shown as a person)
 * @param title the project's title
 * @param organisation the organisation
 * @param area the area of focus
 * @param phase the phase the project is in, by name
 * @param status "Active", "Paused" or "Closed"
 * @param aim the aim statement, or "Not agreed yet"
 * @param charts each measure that has a chart, with its chart and data table
 * @param measures each measure's latest value and icons, in words (the chartless ones too)
 * @param whatMatters what matters, in people's words
 * @param learning what each PDSA cycle taught and what was decided
 * @param impact the "you said, we did" entries with their sign-offs
 * @param footer when it was made, from which version of the record
 */
public record ProjectReport(String id, String title, String organisation, String area, String phase, String status,
        String aim, List<Chart> charts, List<MeasureLine> measures, List<Said> whatMatters, List<Learning> learning,
        List<Impact> impact, Footer footer) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /** Copies the lists. */
    public ProjectReport {
        charts = List.copyOf(charts);
        measures = List.copyOf(measures);
        whatMatters = List.copyOf(whatMatters);
        learning = List.copyOf(learning);
        impact = List.copyOf(impact);
    }

    /**
     * A measure's chart.
     *
     * @param name the measure's name
     * @param standing whether it is sustained at the aim, in words
     * @param summary what the chart shows, in sentences
     * @param chart the chart (SVG) with its data table
     */
    public record Chart(String name, String standing, String summary, ChartView chart) {
    }

    /**
     * A measure's latest reading in words.
     *
     * @param name the measure's name
     * @param role outcome, process or balancing
     * @param latest the latest value and its period, or why there is none
     * @param variation the variation icon's meaning, or "No variation icon"
     * @param assurance the assurance icon's meaning, or "No assurance icon"
     */
    public record MeasureLine(String name, String role, String latest, String variation, String assurance) {
    }

    /**
     * What matters to people, as recorded.
     *
     * @param words the words recorded (the erasure marker where they were erased)
     * @param source where they came from, such as "Conversations"
     * @param heard how many people, and when, in words
     */
    public record Said(String words, String source, String heard) {
    }

    /**
     * One PDSA cycle's learning.
     *
     * @param number the cycle's number
     * @param changeIdea the change idea tested
     * @param study what was learnt, or "Not studied yet"
     * @param act what was decided, or "Not decided yet"
     */
    public record Learning(int number, String changeIdea, String study, String act) {
    }

    /**
     * A "you said, we did" entry.
     *
     * @param number its number
     * @param youSaid what was said
     * @param weDid what changed
     * @param recordedOn when it was recorded
     * @param signedOff who signed it off, by role, and when; or "Not signed off yet"
     */
    public record Impact(int number, String youSaid, String weDid, String recordedOn, String signedOff) {
    }

    /**
     * The report's footer.
     *
     * @param generatedOn when the report was made, written out
     * @param dataVersion which version of the data it was made from, in words
     * @param trademark the Always Events&reg; trademark sentence
     */
    public record Footer(String generatedOn, String dataVersion, String trademark) {
    }

    /**
     * The report of the project {@code summary} summarises.
     *
     * @param summary the library's summary of the project
     * @param generatedOn the day the report is made
     * @param trademark the trademark sentence
     * @return the report
     */
    static ProjectReport of(ProjectSummary summary, LocalDate generatedOn, String trademark) {
        AlwaysEventProject project = summary.project();
        String status = switch (project.status()) {
            case ACTIVE -> "Active";
            case PAUSED -> "Paused";
            case CLOSED -> "Closed";
        };
        List<PortfolioMeasure> measures = Portfolio.ofSummaries(List.of(summary)).rows().get(0).measures();
        return new ProjectReport(project.id().value(), project.profile().title(), project.profile().organisation(),
                project.profile().areaOfFocus(), summary.phase().name(), status,
                project.aim() == null ? "Not agreed yet" : project.aim().sentence(), charts(summary),
                measures.stream().map(ProjectReport::line).toList(), whatMatters(project), learning(project),
                impact(project), new Footer(date(generatedOn), "Version " + project.version() + " of the project's "
                        + "record", trademark));
    }

    private static List<Chart> charts(ProjectSummary summary) {
        Optional<Reliability> reliability = summary.reliability();
        if (reliability.isEmpty()) {
            return List.of();
        }
        Reliability r = reliability.get();
        List<ChartAnnotation> markers = summary.pdsaMarkers().stream()
                .map(m -> new ChartAnnotation(m.period(), m.label())).toList();
        String title = "How often it happened: % of eligible people (aim " + r.aim() + ")";
        return List.of(new Chart(PortfolioMeasure.RELIABILITY, RunChartPages.sustained(r), r.summary(),
                ChartView.ofReliability(r, title, markers)));
    }

    /** A measure's reading in words, the icons by their meaning (never by a picture alone). */
    static MeasureLine line(PortfolioMeasure measure) {
        String role = CommandChoices.capitalised(measure.role().name().toLowerCase(Locale.UK)) + " measure";
        if (measure.reading() instanceof MeasureReading.Latest latest) {
            return new MeasureLine(measure.name(), role, latest.valueText() + " in " + latest.period(),
                    latest.variationIcon().map(i -> i.description()).orElse("No variation icon"),
                    latest.assuranceIcon().map(i -> i.description()).orElse("No assurance icon"));
        }
        String reason = ((MeasureReading.NotYetCharted) measure.reading()).reason();
        return new MeasureLine(measure.name(), role, "Not charted yet: " + reason, "No variation icon",
                "No assurance icon");
    }

    private static List<Said> whatMatters(AlwaysEventProject project) {
        List<Said> said = new ArrayList<>();
        for (WhatMattersEvidence evidence : project.whatMatters()) {
            // The words and where they came from; who voiced them (voicedBy, partners' ids) is left out.
            said.add(new Said(evidence.summary(), CommandChoices.capitalised(evidence.source().label()),
                    (evidence.peopleHeard() > 0 ? evidence.peopleHeard() + " people heard, " : "") + "gathered "
                            + date(evidence.gatheredOn())));
        }
        return List.copyOf(said);
    }

    private static List<Learning> learning(AlwaysEventProject project) {
        List<Learning> rows = new ArrayList<>();
        for (PdsaCycle cycle : project.pdsaCycles()) {
            String idea = cycle.changeIdeaId() + project.driverDiagram().changeIdea(cycle.changeIdeaId())
                    .map(i -> ": " + i.text()).orElse("");
            String study = cycle.study() == null ? "Not studied yet"
                    : (cycle.study().predictionConfirmed() ? "The prediction held" : "The prediction did not hold")
                            + ": " + cycle.study().learning();
            String act = cycle.act() == null ? "Not decided yet" : switch (cycle.act().decision()) {
                case ADOPT -> "Adopt";
                case ADAPT -> "Adapt";
                case ABANDON -> "Abandon";
            } + ": " + cycle.act().nextSteps();
            rows.add(new Learning(cycle.number(), idea, study, act));
        }
        return List.copyOf(rows);
    }

    private static List<Impact> impact(AlwaysEventProject project) {
        List<Impact> entries = new ArrayList<>();
        for (ImpactLogEntry entry : project.impactLog()) {
            // Who said it (saidBy) and the sign-off comments are left out: a board sees the roles, not the people.
            String signedOff = entry.signOffs().isEmpty() ? "Not signed off yet" : entry.signOffs().stream()
                    .map(s -> signOff(project, s)).collect(Collectors.joining("; "));
            entries.add(new Impact(entry.number(), entry.youSaid(), entry.weDid(), date(entry.recordedOn()),
                    signedOff));
        }
        return List.copyOf(entries);
    }

    private static String signOff(AlwaysEventProject project, SignOff signOff) {
        return "Signed off by " + role(project, signOff.partner()) + " on " + date(signOff.signedOn());
    }

    /** Who a partner is, by role only: "a partner with lived experience (patient)". */
    static String role(AlwaysEventProject project, PartnerId partner) {
        Optional<TeamMember> member = project.coDesignMember(partner).or(() -> project.oversightMember(partner));
        if (member.isEmpty()) {
            return "a partner";
        }
        String roles = member.get().roles().stream().map(Role::label).map(l -> l.toLowerCase(Locale.UK))
                .collect(Collectors.joining(", "));
        return member.get().hasLivedExperience() ? "a partner with lived experience (" + roles + ")"
                : "a partner (" + roles + ")";
    }

    /** A date as the report writes it: {@code 3 October 2016}. */
    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
