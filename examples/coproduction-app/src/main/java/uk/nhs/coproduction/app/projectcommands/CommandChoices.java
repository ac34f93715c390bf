package uk.nhs.coproduction.app.projectcommands;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.measurement.RuleSet;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.nhs.coproduction.alwaysevents.driver.ChangeIdea;
import uk.nhs.coproduction.alwaysevents.driver.PrimaryDriver;
import uk.nhs.coproduction.alwaysevents.driver.SecondaryDriver;
import uk.nhs.coproduction.alwaysevents.impact.ImpactLogEntry;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.progress.ProgressLevel;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScale;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Measurement;
import uk.nhs.coproduction.alwaysevents.project.SpreadSite;
import uk.nhs.coproduction.alwaysevents.project.TeamMember;
import uk.nhs.coproduction.alwaysevents.statement.CriteriaEdition;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.app.projectcommands.CommandField.Choice;
import uk.nhs.coproduction.model.partner.Role;

/**
 * The choices the project commands offer: the co-production model's roles, the IHI progress scale
 * and the four criteria in the words of their bundled editions, and the project's own people,
 * drivers, cycles, sites, periods and entries, each shown by its id with what it is (people by
 * pseudonymous id and role only).
 */
public final class CommandChoices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private CommandChoices() {
    }

    /** Every role, in the model's words. */
    static List<Choice> roles() {
        List<Choice> choices = new ArrayList<>();
        for (Role role : Role.values()) {
            choices.add(new Choice(role.name(), capitalised(role.label())
                    + (role.isLivedExperience() ? " (lived experience)" : "")));
        }
        return choices;
    }

    /** Every level of the IHI progress scale, with its meaning. */
    static List<Choice> scores() {
        List<Choice> choices = new ArrayList<>();
        for (ProgressLevel level : ProgressScale.standard().levels()) {
            choices.add(new Choice(level.score().toString(), level.score() + " " + level.label()));
        }
        return choices;
    }

    /** The four criteria, in the words of the bundled edition. */
    static List<Choice> criteria() {
        CriteriaEdition edition = CriteriaEdition.standard();
        List<Choice> choices = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            choices.add(new Choice(criterion.name(), edition.name(criterion)));
        }
        return choices;
    }

    /** The co-design team, each by id and roles. */
    static List<Choice> coDesignTeam(AlwaysEventProject project) {
        return members(project.coDesignTeam(), m -> true);
    }

    /** The co-design team's members with lived experience: who may sign results off. */
    static List<Choice> livedExperience(AlwaysEventProject project) {
        return members(project.coDesignTeam(), TeamMember::hasLivedExperience);
    }

    /** The executive sponsor and the oversight group: who may record an approval. */
    static List<Choice> approvers(AlwaysEventProject project) {
        List<Choice> choices = new ArrayList<>();
        if (project.sponsor() != null) {
            choices.add(new Choice(project.sponsor().id().value(), project.sponsor().id() + " (executive sponsor)"));
        }
        choices.addAll(members(project.oversightGroup(), m -> project.sponsor() == null
                || !m.id().equals(project.sponsor().id())));
        return choices;
    }

    /** The PDSA cycles at {@code stage}: the ones whose next step can be recorded. */
    static List<Choice> cyclesAt(AlwaysEventProject project, PdsaCycle.Stage stage) {
        List<Choice> choices = new ArrayList<>();
        for (PdsaCycle cycle : project.pdsaCycles()) {
            if (cycle.stage() == stage) {
                String idea = project.driverDiagram().changeIdea(cycle.changeIdeaId()).map(ChangeIdea::text).orElse("");
                choices.add(new Choice(Integer.toString(cycle.number()), "Cycle " + cycle.number() + ", testing "
                        + cycle.changeIdeaId() + (idea.isEmpty() ? "" : ": " + idea)));
            }
        }
        return choices;
    }

    /** The driver diagram's primary drivers. */
    static List<Choice> primaryDrivers(AlwaysEventProject project) {
        return project.driverDiagram().primaryDrivers().stream()
                .map((PrimaryDriver d) -> new Choice(d.id(), d.id() + ": " + d.text())).toList();
    }

    /** The driver diagram's secondary drivers. */
    static List<Choice> secondaryDrivers(AlwaysEventProject project) {
        return project.driverDiagram().secondaryDrivers().stream()
                .map((SecondaryDriver d) -> new Choice(d.id(), d.id() + ": " + d.text())).toList();
    }

    /** The driver diagram's change ideas: what a PDSA cycle can test. */
    static List<Choice> changeIdeas(AlwaysEventProject project) {
        return project.driverDiagram().changeIdeas().stream()
                .map((ChangeIdea i) -> new Choice(i.id(), i.id() + ": " + i.text())).toList();
    }

    /** The units and organisations that took the Always Event up. */
    static List<Choice> sites(AlwaysEventProject project) {
        return project.spreadSites().stream()
                .map((SpreadSite s) -> new Choice(s.siteId(), s.name() + " (" + s.siteId() + ")")).toList();
    }

    /** The periods measured at home: the ones that can be corrected. */
    static List<Choice> periods(AlwaysEventProject project) {
        return project.measurements().stream()
                .map((Measurement m) -> new Choice(m.period(), m.period() + ": " + m.numerator() + " of "
                        + m.denominator())).toList();
    }

    /** The "you said, we did" entries. */
    static List<Choice> measures(AlwaysEventProject project) {
        return project.measures().stream().map(m -> new Choice(m.id(), m.id() + ": " + m.definition().name())).toList();
    }

    static List<Choice> measureRoles() {
        return List.of(new Choice(MeasureRole.PROCESS.name(), "Process: is a step that leads to the outcome happening"),
                new Choice(MeasureRole.BALANCING.name(), "Balancing: is the change making something else worse"));
    }

    static List<Choice> measureData() {
        return List.of(new Choice(Series.Kind.COUNTS.name(), "A numerator and a denominator, such as 21/24"),
                new Choice(Series.Kind.VALUES.name(), "One number, such as a count of events or days between them"),
                new Choice(Series.Kind.SUBGROUPS.name(), "Several values, such as 5 waiting times"));
    }

    static List<Choice> chartTypes() {
        List<Choice> charts = new java.util.ArrayList<>();
        for (ChartType type : ChartType.values()) {
            charts.add(new Choice(type.name(), type.title()));
        }
        return List.copyOf(charts);
    }

    static List<Choice> ruleSets() {
        return List.of(new Choice("mdc", RuleSet.makingDataCount().title()), new Choice("ihi", RuleSet.ihi().title()),
                new Choice("anhoej", RuleSet.anhoej().title()));
    }

    static List<Choice> directions() {
        return List.of(new Choice(ImprovementDirection.INCREASE.name(), "Higher is better"),
                new Choice(ImprovementDirection.DECREASE.name(), "Lower is better"),
                new Choice(ImprovementDirection.NEUTRAL.name(), "Neither"));
    }

    static List<Choice> impactEntries(AlwaysEventProject project) {
        return project.impactLog().stream().map((ImpactLogEntry e) -> new Choice(Integer.toString(e.number()),
                "Entry " + e.number() + ", recorded " + DATE.format(e.recordedOn())
                        + (e.signOffs().isEmpty() ? "" : " (signed off by " + e.signOffs().size() + ")"))).toList();
    }

    private static List<Choice> members(List<TeamMember> members, Predicate<TeamMember> which) {
        return members.stream().filter(which).map(m -> new Choice(m.id().value(), m.id() + " ("
                + m.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")) + ")")).toList();
    }

    /** {@code text} with its first letter in upper case, as a label starts. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
