package uk.nhs.coproduction.app.projectcommands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.nhs.coproduction.alwaysevents.command.AddChangeIdeaCommand;
import uk.nhs.coproduction.alwaysevents.command.AddPrimaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.AddSecondaryDriverCommand;
import uk.nhs.coproduction.alwaysevents.command.AddSpreadSiteCommand;
import uk.nhs.coproduction.alwaysevents.command.AppointExecutiveSponsorCommand;
import uk.nhs.coproduction.alwaysevents.command.AssessCriterionCommand;
import uk.nhs.coproduction.alwaysevents.command.CloseProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.CorrectMeasureValueCommand;
import uk.nhs.coproduction.alwaysevents.command.CorrectMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.DefineMeasureCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasureValueCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinOversightGroupCommand;
import uk.nhs.coproduction.alwaysevents.command.LeaveCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.PauseProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.PlanPdsaCycleCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordApprovalCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaActCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaDoCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaStudyCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordSiteMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordSustainReviewCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.command.Refusals;
import uk.nhs.coproduction.alwaysevents.command.ResumeProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.SetProgressScoreCommand;
import uk.nhs.coproduction.alwaysevents.command.SignOffImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StateAimCommand;
import uk.nhs.coproduction.alwaysevents.command.StateAimCommand;
import uk.nhs.coproduction.alwaysevents.command.StateVisionCommand;
import uk.nhs.coproduction.alwaysevents.command.StateVisionCommand;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.command.TakeTransitionCommand;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.SiteKind;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.app.projectcommands.CommandField.Choice;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * Every command a QI lead gives an Always Events&reg; project after starting it, described once:
 * one description per command of the library's {@code project} package, in the order of the
 * method, read by the web app's forms and API and by the command line. Each description's id is
 * the command's name in words ({@code AppointExecutiveSponsorCommand} is
 * {@code appoint-executive-sponsor}), the one name it has everywhere, and each field's name is the
 * command's component, so the library's own checks land on the field they concern.
 *
 * <p>Partners are entered by pseudonymous ids with their roles only: no form asks for a name,
 * contact details or anything else personal, and the hints say so.
 */
public final class CommandDescriptions {

    /** What every partner id field says. */
    private static final String PSEUDONYMOUS = "A pseudonymous id, such as P-01: never a name, NHS number or contact "
            + "details.";
    private static final String PERIOD_VALUE_HINT = "Such as 2017-06: not before the project started, nor after "
            + "this month.";
    private static final String VALUE_HINT = "As the measure's data: one number (42 or 3.5), a numerator and a "
            + "denominator (21/24), or several numbers separated by commas (3.5, 4, 2.25).";
    private static final String PERIOD_HINT = "Such as 2017-06: the same label as the measurement it is drawn at.";

    /**
     * Starting a project: the command line's {@code start-project}, and the web's and the API's new
     * project (which add the project's id, its address, to these fields).
     */
    private static final CommandDescription START = CommandDescription.of("start-project", StartProjectCommand.class,
                    "Start an Always Events project in set-up and oversight")
            .notOnPage()
            .text("organisation", "Organisation", "The organisation running the project.",
                    "Give the organisation running the project")
            .text("title", "Title", "Such as “Contact with people who matter to us”.",
                    "Give the project a title, such as Contact with people who matter to us")
            .text("areaOfFocus", "Area of focus", "The service, unit or population the project focuses on.",
                    "Give the service, unit or population the project focuses on")
            .when("startedOn", "Started on")
            .builds(v -> new StartProjectCommand(v.text("organisation"), v.text("title"), v.text("areaOfFocus"),
                    v.date("startedOn")));

    private static final List<CommandDescription> ALL = List.of(
            CommandDescription.of("appoint-executive-sponsor", AppointExecutiveSponsorCommand.class,
                            "Appoint the executive sponsor")
                    .description("The board-level sponsor who champions the project. Appointing another replaces them.")
                    .belongsTo(Phase.SET_UP_AND_OVERSIGHT)
                    .partner("sponsor", "Executive sponsor's id", PSEUDONYMOUS, "Enter the executive sponsor's id")
                    .when("appointedOn", "Appointed on")
                    .builds(v -> new AppointExecutiveSponsorCommand(v.partner("sponsor"), v.date("appointedOn"))),
            CommandDescription.of("join-co-design-team", JoinCoDesignTeamCommand.class, "Add a member to the co-design team")
                    .description("People with lived experience (patients, service users, carers, family members) and "
                            + "front-line staff work as equal partners from the very start. Members are recorded by "
                            + "pseudonymous id and role only.")
                    .button("Add to the co-design team")
                    .belongsTo(Phase.SET_UP_AND_OVERSIGHT, Phase.UNDERSTAND_WHAT_MATTERS)
                    .partner("partner", "Member's id", PSEUDONYMOUS, "Enter the member's id")
                    .roles("roles", "Roles", "Choose every role they hold.", "Choose at least one role")
                    .when("joinedOn", "Joined on")
                    .reason(Refusals.ALREADY_IN_CO_DESIGN_TEAM, "partner")
                    .builds(v -> new JoinCoDesignTeamCommand(v.partner("partner"), v.roles("roles"), v.date("joinedOn"))),
            CommandDescription.of("join-oversight-group", JoinOversightGroupCommand.class, "Add a member to the oversight group")
                    .description("The steering group that oversees the project, such as the patient experience lead.")
                    .button("Add to the oversight group")
                    .belongsTo(Phase.SET_UP_AND_OVERSIGHT)
                    .partner("partner", "Member's id", PSEUDONYMOUS, "Enter the member's id")
                    .roles("roles", "Roles", "Choose every role they hold.", "Choose at least one role")
                    .when("joinedOn", "Joined on")
                    .reason(Refusals.ALREADY_IN_OVERSIGHT_GROUP, "partner")
                    .builds(v -> new JoinOversightGroupCommand(v.partner("partner"), v.roles("roles"), v.date("joinedOn"))),
            CommandDescription.of("leave-co-design-team", LeaveCoDesignTeamCommand.class,
                            "Record that a member left the co-design team")
                    .button("Record that they left")
                    .partner("partner", "Who left", null, "Choose who left")
                    .choosingFrom(CommandChoices::coDesignTeam)
                    .when("leftOn", "Left on")
                    .reason(Refusals.NOT_IN_CO_DESIGN_TEAM, "partner")
                    .builds(v -> new LeaveCoDesignTeamCommand(v.partner("partner"), v.date("leftOn"))),
            CommandDescription.of("record-what-matters", RecordWhatMattersCommand.class, "Record what matters")
                    .description("Evidence of what matters to people who use the service, in their own words where "
                            + "possible. Co-design needs at least one record from people who use the service, not "
                            + "only staff's view. Do not record names or anything that identifies someone.")
                    .belongsTo(Phase.UNDERSTAND_WHAT_MATTERS)
                    .choice("source", "Where it came from", null, "Choose where it came from", List.of(
                            new Choice(WhatMattersSource.CONVERSATIONS.name(), "Conversations with people who use the service"),
                            new Choice(WhatMattersSource.PATIENT_SURVEY.name(), "A patient or carer survey"),
                            new Choice(WhatMattersSource.FRIENDS_AND_FAMILY_TEST.name(), "Friends and Family Test comments"),
                            new Choice(WhatMattersSource.COMPLAINTS_AND_COMPLIMENTS.name(), "Complaints and compliments"),
                            new Choice(WhatMattersSource.LISTENING_EVENT.name(), "A listening event or workshop"),
                            new Choice(WhatMattersSource.PARTNERS.name(),
                                    "The co-design team's own words (say who, below)"),
                            new Choice(WhatMattersSource.STAFF_VIEW.name(),
                                    "Staff's view (not the voice of people who use the service)")))
                    .paragraph("summary", "What matters", "In people's own words where possible, such as “Being able "
                            + "to ring my family when I want to, including at night.”", "Enter what matters")
                    .count("peopleHeard", "How many people it comes from", "A whole number; 0 if you do not know.",
                            "Enter how many people it comes from, or 0 if you do not know")
                    .partners("voicedBy", "Co-design team members who said it (optional)",
                            "Only for the co-design team's own words. Pseudonymous ids, separated by commas.")
                    .suggesting(CommandChoices::coDesignTeam)
                    .when("gatheredOn", "Gathered on")
                    .reason(Refusals.VOICED_BY_REQUIRED, "voicedBy")
                    .reason(Refusals.NOT_IN_CO_DESIGN_TEAM, "voicedBy")
                    .builds(v -> new RecordWhatMattersCommand(v.choice("source", WhatMattersSource.class), v.text("summary"),
                            v.count("peopleHeard"), v.partners("voicedBy"), v.date("gatheredOn"))),
            CommandDescription.of("state-vision", StateVisionCommand.class, "State the vision")
                    .description("The vision statement the co-design team agreed, in the patient's own words: what "
                            + "will always happen, such as “I will always be able to contact people who are "
                            + "important to me.”")
                    .from(Phase.CO_DESIGN).belongsTo(Phase.CO_DESIGN)
                    .button("Record the vision")
                    .paragraph("text", "Vision statement", "Say what will always happen, in people's own words.",
                            "Enter the vision statement")
                    .when("agreedOn", "Agreed on")
                    .builds(v -> new StateVisionCommand(v.text("text"), v.date("agreedOn"))),
            CommandDescription.of("state-aim", StateAimCommand.class, "State the aim")
                    .description("The SMART aim: by a date, for what share of which people, what will happen.")
                    .from(Phase.CO_DESIGN).belongsTo(Phase.CO_DESIGN)
                    .button("Record the aim")
                    .text("population", "Who it is for", "Such as “people on the unit who ask to contact someone "
                            + "important to them”.", "Enter who it is for")
                    .text("measure", "What will happen, as measured", "Such as “their preferred equipment is ready "
                            + "within 5 minutes”.", "Enter what will happen")
                    .number("percent", "For what percentage", "Above 0 and at most 100, such as 95.",
                            "Enter the percentage, such as 95")
                    .date("achieveBy", "Achieved by", "Year-month-day, such as 2025-03-31.",
                            "Enter the date it will be achieved by")
                    .builds(v -> new StateAimCommand(v.text("population"), v.text("measure"), v.number("percent"),
                            v.date("achieveBy"))),
            CommandDescription.of("assess-criterion", AssessCriterionCommand.class, "Assess one of the four criteria")
                    .description("An Always Event must be important, evidence-based, measurable, and affordable and "
                            + "sustainable. Record the co-design team's assessment of each, with its evidence; testing "
                            + "needs all four met.")
                    .from(Phase.CO_DESIGN).belongsTo(Phase.CO_DESIGN)
                    .button("Record the assessment")
                    .choice("criterion", "Criterion", null, "Choose the criterion", CommandChoices.criteria())
                    .yesNo("met", "Is it met?", null, "Choose whether it is met")
                    .paragraph("evidence", "Evidence", "What shows it, such as “People on the unit and their "
                            + "families named it first.”", "Enter the evidence")
                    .when("assessedOn", "Assessed on")
                    .builds(v -> new AssessCriterionCommand(v.choice("criterion", Criterion.class), v.yes("met"),
                            v.text("evidence"), v.date("assessedOn"))),
            CommandDescription.of("add-primary-driver", AddPrimaryDriverCommand.class,
                            "Add a primary driver to the driver diagram")
                    .description("The driver diagram runs from the aim to primary drivers, secondary drivers and the "
                            + "change ideas PDSA cycles test.")
                    .from(Phase.CO_DESIGN).belongsTo(Phase.CO_DESIGN)
                    .button("Add the primary driver")
                    .text("text", "Primary driver", "Such as “Equipment is ready whenever someone asks”.",
                            "Enter the primary driver")
                    .builds(v -> new AddPrimaryDriverCommand(v.text("text"))),
            CommandDescription.of("add-secondary-driver", AddSecondaryDriverCommand.class, "Add a secondary driver")
                    .from(Phase.CO_DESIGN).belongsTo(Phase.CO_DESIGN)
                    .button("Add the secondary driver")
                    .code("primaryDriverId", "Under the primary driver", null, "Choose the primary driver")
                    .choosingFrom(CommandChoices::primaryDrivers)
                    .text("text", "Secondary driver", "Such as “Phones and tablets are charged and kept in one known "
                            + "place”.", "Enter the secondary driver")
                    .reason(Refusals.UNKNOWN_PRIMARY_DRIVER, "primaryDriverId")
                    .builds(v -> new AddSecondaryDriverCommand(v.text("primaryDriverId"), v.text("text"))),
            CommandDescription.of("add-change-idea", AddChangeIdeaCommand.class, "Add a change idea")
                    .description("Each PDSA cycle tests a change idea.")
                    .from(Phase.CO_DESIGN).belongsTo(Phase.CO_DESIGN, Phase.TEST)
                    .button("Add the change idea")
                    .code("secondaryDriverId", "Under the secondary driver", null, "Choose the secondary driver")
                    .choosingFrom(CommandChoices::secondaryDrivers)
                    .text("text", "Change idea", "Such as “A charging station in the nurses' office, checked at every "
                            + "handover”.", "Enter the change idea")
                    .reason(Refusals.UNKNOWN_SECONDARY_DRIVER, "secondaryDriverId")
                    .builds(v -> new AddChangeIdeaCommand(v.text("secondaryDriverId"), v.text("text"))),
            CommandDescription.of("plan-pdsa-cycle", PlanPdsaCycleCommand.class, "Plan a PDSA cycle")
                    .description("Plan: what the cycle tests and what the team predicts will happen, so that the study "
                            + "can compare what happened with the prediction.")
                    .from(Phase.TEST).belongsTo(Phase.TEST, Phase.RELIABLY_IMPLEMENT)
                    .button("Plan the cycle")
                    .code("changeIdeaId", "Change idea it tests", null, "Choose the change idea it tests")
                    .choosingFrom(CommandChoices::changeIdeas)
                    .paragraph("objective", "Objective", "What the cycle is for.", "Enter the objective")
                    .paragraph("prediction", "Prediction", "What the team predicts will happen.", "Enter the prediction")
                    .paragraph("arrangements", "Who, what, where and when", "Such as “One shift pattern for two "
                            + "weeks”.", "Enter who, what, where and when")
                    .paragraph("dataCollection", "What data will be collected", "Such as “A tally of requests and "
                            + "minutes to equipment”.", "Enter what data will be collected")
                    .when("plannedOn", "Planned on")
                    .optionalCode("period", "Measurement period of the test (optional)", PERIOD_HINT)
                    .reason(Refusals.UNKNOWN_CHANGE_IDEA, "changeIdeaId")
                    .builds(v -> new PlanPdsaCycleCommand(v.text("changeIdeaId"), v.text("objective"), v.text("prediction"),
                            v.text("arrangements"), v.text("dataCollection"), v.date("plannedOn"), v.text("period"))),
            CommandDescription.of("record-pdsa-do", RecordPdsaDoCommand.class, "Record that a PDSA cycle was carried out")
                    .description("Do: carry out the test and note what was observed.")
                    .from(Phase.TEST).belongsTo(Phase.TEST, Phase.RELIABLY_IMPLEMENT)
                    .button("Record the do step")
                    .count("cycle", "Cycle", null, "Choose the cycle")
                    .choosingFrom(p -> CommandChoices.cyclesAt(p, PdsaCycle.Stage.PLANNED))
                    .paragraph("observations", "What was observed", null, "Enter what was observed")
                    .when("carriedOutOn", "Carried out on")
                    .reason(Refusals.UNKNOWN_PDSA_CYCLE, "cycle").reason(Refusals.PDSA_STEP_OUT_OF_ORDER, "cycle")
                    .reason(Refusals.PDSA_DATE_BEFORE_PREVIOUS_STEP, "carriedOutOn")
                    .builds(v -> new RecordPdsaDoCommand(v.count("cycle"), v.text("observations"), v.date("carriedOutOn"))),
            CommandDescription.of("record-pdsa-study", RecordPdsaStudyCommand.class, "Record the study of a PDSA cycle")
                    .description("Study: compare what happened with the prediction, and say what was learnt.")
                    .from(Phase.TEST).belongsTo(Phase.TEST, Phase.RELIABLY_IMPLEMENT)
                    .button("Record the study")
                    .count("cycle", "Cycle", null, "Choose the cycle")
                    .choosingFrom(p -> CommandChoices.cyclesAt(p, PdsaCycle.Stage.DONE))
                    .yesNo("predictionConfirmed", "Did the prediction hold?", null, "Choose whether the prediction held")
                    .paragraph("learning", "What was learnt", null, "Enter what was learnt")
                    .when("studiedOn", "Studied on")
                    .reason(Refusals.UNKNOWN_PDSA_CYCLE, "cycle").reason(Refusals.PDSA_STEP_OUT_OF_ORDER, "cycle")
                    .reason(Refusals.PDSA_DATE_BEFORE_PREVIOUS_STEP, "studiedOn")
                    .builds(v -> new RecordPdsaStudyCommand(v.count("cycle"), v.text("learning"),
                            v.yes("predictionConfirmed"), v.date("studiedOn"))),
            CommandDescription.of("record-pdsa-act", RecordPdsaActCommand.class, "Record the act of a PDSA cycle")
                    .description("Act: adopt the change, adapt it and test again, or abandon it. Reliable "
                            + "implementation needs a cycle whose change was adopted or adapted.")
                    .from(Phase.TEST).belongsTo(Phase.TEST, Phase.RELIABLY_IMPLEMENT)
                    .button("Record the decision")
                    .count("cycle", "Cycle", null, "Choose the cycle")
                    .choosingFrom(p -> CommandChoices.cyclesAt(p, PdsaCycle.Stage.STUDIED))
                    .choice("decision", "Decision", null, "Choose adopt, adapt or abandon", List.of(
                            new Choice(ActDecision.ADOPT.name(), "Adopt: keep the change"),
                            new Choice(ActDecision.ADAPT.name(), "Adapt: change it and test again"),
                            new Choice(ActDecision.ABANDON.name(), "Abandon: stop the change")))
                    .paragraph("nextSteps", "What happens next", null, "Enter what happens next")
                    .when("decidedOn", "Decided on")
                    .reason(Refusals.UNKNOWN_PDSA_CYCLE, "cycle").reason(Refusals.PDSA_STEP_OUT_OF_ORDER, "cycle")
                    .reason(Refusals.PDSA_DATE_BEFORE_PREVIOUS_STEP, "decidedOn")
                    .builds(v -> new RecordPdsaActCommand(v.count("cycle"), v.choice("decision", ActDecision.class),
                            v.text("nextSteps"), v.date("decidedOn"))),
            CommandDescription.of("record-measurement", RecordMeasurementCommand.class, "Record a period's measurement")
                    .notOnPage()
                    .code("period", "Period", "Such as 2017-06.", "Enter the period, such as 2017-06")
                    .count("numerator", "How many people it happened for", null, "Enter how many people it happened for")
                    .count("denominator", "How many people were eligible", null, "Enter how many people were eligible")
                    .violation("numeratorWithinDenominator", "numerator")
                    .reason(Refusals.MEASUREMENT_ALREADY_RECORDED, "period")
                    .builds(v -> new RecordMeasurementCommand(v.text("period"), v.count("numerator"),
                            v.count("denominator"))),
            CommandDescription.of("correct-measurement", CorrectMeasurementCommand.class, "Correct a period's measurement")
                    .description("A period is recorded once; a mistake is corrected, saying why, and both are kept.")
                    .button("Correct the measurement")
                    .code("period", "Period", null, "Choose the period")
                    .choosingFrom(CommandChoices::periods)
                    .count("numerator", "How many people it happened for", "A whole number, such as 21.",
                            "Enter how many people it happened for")
                    .count("denominator", "How many people were eligible", "A whole number, such as 24.",
                            "Enter how many people were eligible")
                    .text("reason", "Why it is corrected", null, "Enter why it is corrected")
                    .violation("numeratorWithinDenominator", "numerator")
                    .reason(Refusals.MEASUREMENT_NOT_RECORDED, "period")
                    .builds(v -> new CorrectMeasurementCommand(v.text("period"), v.count("numerator"),
                            v.count("denominator"), v.text("reason"))),
            CommandDescription.of("define-measure", DefineMeasureCommand.class, "Define a process or balancing measure")
                    .description("Beside the outcome (how often the Always Event happens), a process measure shows "
                            + "whether a step that leads to it happens, and a balancing measure whether the change makes "
                            + "something else worse. Say exactly what is counted, how and when, so everyone measures it "
                            + "the same way.")
                    .belongsTo(Phase.CO_DESIGN, Phase.TEST, Phase.RELIABLY_IMPLEMENT)
                    .button("Define the measure")
                    .code("measureId", "Measure id", "Lower-case letters, digits and hyphens, such as equipment-ready.",
                            "Enter the measure's id, such as equipment-ready")
                    .choice("role", "Role", null, "Choose process or balancing", CommandChoices.measureRoles())
                    .text("name", "Name", "Such as “Equipment ready at handover”.", "Enter the measure's name")
                    .paragraph("operationalDefinition", "Operational definition", "What is counted, how and when, such "
                            + "as “At every handover, is the phone charged and at the nurses' station?” No names.",
                            "Enter what is counted, how and when")
                    .choice("kindOfData", "Data recorded each period", null, "Choose the kind of data",
                            CommandChoices.measureData())
                    .choice("chartType", "Chart", "P, P′ and U charts read counts; C, G and T charts one number; X̄ "
                            + "and S charts several values.", "Choose the chart", CommandChoices.chartTypes())
                    .choice("rules", "Rules", null, "Choose the rules", CommandChoices.ruleSets())
                    .choice("improvement", "Direction of improvement", null, "Choose which way is better",
                            CommandChoices.directions())
                    .optionalNumber("target", "Target (optional)", "On the chart's scale: a percentage for counts, "
                            + "such as 90.")
                    .reason(Refusals.MEASURE_ALREADY_DEFINED, "measureId")
                    .reason(Refusals.OUTCOME_IS_RELIABILITY, "role")
                    .reason(Refusals.CHART_CANNOT_READ_DATA, "chartType")
                    .builds(v -> new DefineMeasureCommand(v.text("measureId"), v.choice("role", MeasureRole.class),
                            v.text("name"), v.text("operationalDefinition"), v.choice("kindOfData", Series.Kind.class),
                            v.choice("chartType", ChartType.class), v.text("rules"),
                            v.choice("improvement", ImprovementDirection.class), v.optionalNumber("target"))),
            CommandDescription.of("record-measure-value", RecordMeasureValueCommand.class,
                            "Record a period's value of a measure")
                    .description("One value per period for a process or balancing measure.")
                    .belongsTo(Phase.TEST, Phase.RELIABLY_IMPLEMENT, Phase.SPREAD_AND_SCALE_UP, Phase.SUSTAIN)
                    .button("Record the value")
                    .code("measureId", "Measure", null, "Choose the measure")
                    .choosingFrom(CommandChoices::measures)
                    .code("period", "Period", PERIOD_VALUE_HINT, "Enter the period, such as 2017-06")
                    .code("value", "Value", VALUE_HINT, "Enter the value")
                    .reason(Refusals.UNKNOWN_MEASURE, "measureId")
                    .reason(Refusals.MEASURE_VALUE_ALREADY_RECORDED, "period")
                    .reason(Refusals.PERIOD_BEFORE_START, "period").reason(Refusals.PERIOD_IN_THE_FUTURE, "period")
                    .reason(Refusals.MEASURE_VALUE_WRONG_KIND, "value").reason(Refusals.MEASURE_VALUE_OUT_OF_RANGE, "value")
                    .builds(v -> new RecordMeasureValueCommand(v.text("measureId"), v.text("period"), v.text("value"))),
            CommandDescription.of("correct-measure-value", CorrectMeasureValueCommand.class,
                            "Correct a period's value of a measure")
                    .description("A period is recorded once; a mistake is corrected, saying why, and both are kept.")
                    .belongsTo(Phase.TEST, Phase.RELIABLY_IMPLEMENT, Phase.SPREAD_AND_SCALE_UP, Phase.SUSTAIN)
                    .button("Correct the value")
                    .code("measureId", "Measure", null, "Choose the measure")
                    .choosingFrom(CommandChoices::measures)
                    .code("period", "Period", null, "Enter the period")
                    .code("value", "Corrected value", VALUE_HINT, "Enter the corrected value")
                    .text("reason", "Why it is corrected", null, "Enter why it is corrected")
                    .reason(Refusals.UNKNOWN_MEASURE, "measureId")
                    .reason(Refusals.MEASURE_VALUE_NOT_RECORDED, "period")
                    .reason(Refusals.PERIOD_BEFORE_START, "period").reason(Refusals.PERIOD_IN_THE_FUTURE, "period")
                    .reason(Refusals.MEASURE_VALUE_WRONG_KIND, "value").reason(Refusals.MEASURE_VALUE_OUT_OF_RANGE, "value")
                    .builds(v -> new CorrectMeasureValueCommand(v.text("measureId"), v.text("period"), v.text("value"),
                            v.text("reason"))),
            CommandDescription.of("add-spread-site", AddSpreadSiteCommand.class, "Add a spread or scale-up site")
                    .description("A unit in this organisation (scale-up) or another organisation (spread) that has "
                            + "taken the Always Event up.")
                    .from(Phase.SPREAD_AND_SCALE_UP).belongsTo(Phase.SPREAD_AND_SCALE_UP)
                    .button("Add the site")
                    .code("siteId", "Site id", "Lower-case letters, digits and hyphens, such as ward-12.",
                            "Enter the site's id, such as ward-12")
                    .text("name", "Name", "Such as “Second assessment and treatment ward”.", "Enter the site's name")
                    .choice("kind", "Kind of site", null, "Choose a unit or an organisation", List.of(
                            new Choice(SiteKind.UNIT.name(), "A unit of this organisation (scale-up)"),
                            new Choice(SiteKind.ORGANISATION.name(), "Another organisation (spread)")))
                    .when("joinedOn", "Took it up on")
                    .reason(Refusals.SITE_ALREADY_ADDED, "siteId")
                    .builds(v -> new AddSpreadSiteCommand(v.text("siteId"), v.text("name"), v.choice("kind", SiteKind.class),
                            v.date("joinedOn"))),
            CommandDescription.of("record-site-measurement", RecordSiteMeasurementCommand.class,
                            "Record a measurement at a spread or scale-up site")
                    .from(Phase.SPREAD_AND_SCALE_UP).belongsTo(Phase.SPREAD_AND_SCALE_UP, Phase.SUSTAIN)
                    .button("Record the site's measurement")
                    .code("siteId", "Site", null, "Choose the site")
                    .choosingFrom(CommandChoices::sites)
                    .code("period", "Period", "Such as 2018-04.", "Enter the period, such as 2018-04")
                    .count("numerator", "How many people it happened for", "A whole number, such as 18.",
                            "Enter how many people it happened for")
                    .count("denominator", "How many people were eligible", "A whole number, such as 20.",
                            "Enter how many people were eligible")
                    .violation("numeratorWithinDenominator", "numerator")
                    .reason(Refusals.UNKNOWN_SITE, "siteId").reason(Refusals.MEASUREMENT_ALREADY_RECORDED, "period")
                    .builds(v -> new RecordSiteMeasurementCommand(v.text("siteId"), v.text("period"), v.count("numerator"),
                            v.count("denominator"))),
            CommandDescription.of("record-sustain-review", RecordSustainReviewCommand.class, "Record a sustain review")
                    .description("Is the Always Event still happening reliably, who owns it, and when is the next "
                            + "review?")
                    .onlyIn(Phase.SUSTAIN).belongsTo(Phase.SUSTAIN)
                    .button("Record the review")
                    .paragraph("findings", "What the review found", null, "Enter what the review found")
                    .when("reviewedOn", "Reviewed on")
                    .optionalDate("nextReviewBy", "Next review by (optional)", "Year-month-day, after this review.")
                    .violation("nextReviewAfterThisOne", "nextReviewBy")
                    .builds(v -> new RecordSustainReviewCommand(v.text("findings"), v.date("reviewedOn"),
                            v.date("nextReviewBy"))),
            CommandDescription.of("set-progress-score", SetProgressScoreCommand.class, "Set the progress score")
                    .description("The IHI progress score, from 0.5 to 5. The page suggests one from the facts; a "
                            + "person sets it, saying why, and every change is kept with who set it.")
                    .button("Set the score")
                    .score("score", "Score", null, "Choose a score")
                    .text("rationale", "Why", "Such as “Sponsor appointed; co-design team formed.”",
                            "Enter why the score is set")
                    .when("setOn", "Set on")
                    .builds(v -> new SetProgressScoreCommand(v.score("score"), v.text("rationale"), v.date("setOn"))),
            CommandDescription.of("record-impact", RecordImpactCommand.class, "Record “you said, we did”")
                    .description("Link what partners said to what changed. Partners with lived experience in the "
                            + "co-design team can then sign the result off.")
                    .button("Record the entry")
                    .paragraph("youSaid", "You said", "Such as “You said you could not reach your family at night.”",
                            "Enter what partners said")
                    .paragraph("weDid", "We did", "Such as “We set up a charging station checked at every handover.”",
                            "Enter what changed")
                    .partners("saidBy", "Co-design team members who said it (optional)",
                            "Pseudonymous ids, separated by commas.")
                    .suggesting(CommandChoices::coDesignTeam)
                    .when("recordedOn", "Recorded on")
                    .reason(Refusals.NOT_IN_CO_DESIGN_TEAM, "saidBy")
                    .builds(v -> new RecordImpactCommand(v.text("youSaid"), v.text("weDid"), v.partners("saidBy"),
                            v.date("recordedOn"))),
            CommandDescription.of("sign-off-impact", SignOffImpactCommand.class, "Sign off a “you said, we did” entry")
                    .description("A partner with lived experience in the co-design team agrees that what changed "
                            + "answers what was said.")
                    .button("Record the sign-off")
                    .count("entry", "Entry", null, "Choose the entry")
                    .choosingFrom(CommandChoices::impactEntries)
                    .partner("partner", "Signed off by", null, "Choose who signs it off")
                    .choosingFrom(CommandChoices::livedExperience)
                    .when("signedOn", "Signed off on")
                    .optionalText("comment", "What they said about it (optional)", "No names or anything that "
                            + "identifies someone.")
                    .reason(Refusals.UNKNOWN_IMPACT_ENTRY, "entry")
                    .reason(Refusals.SIGN_OFF_NEEDS_LIVED_EXPERIENCE, "partner")
                    .reason(Refusals.ALREADY_SIGNED_OFF, "partner")
                    .builds(v -> new SignOffImpactCommand(v.count("entry"), v.partner("partner"), v.date("signedOn"),
                            v.text("comment"))),
            CommandDescription.of("record-approval", RecordApprovalCommand.class, "Record an approval")
                    .description("An approval your organisation's workflow asks for, given by the executive sponsor or "
                            + "an oversight group member. The standard workflow asks for none.")
                    .button("Record the approval")
                    .text("approval", "What was approved", "As your workflow names it, such as “clinical "
                            + "governance”.", "Enter what was approved")
                    .partner("approvedBy", "Approved by", null, "Choose who approved it")
                    .choosingFrom(CommandChoices::approvers)
                    .when("approvedOn", "Approved on")
                    .reason(Refusals.APPROVER_NOT_IN_OVERSIGHT, "approvedBy")
                    .builds(v -> new RecordApprovalCommand(v.text("approval"), v.partner("approvedBy"),
                            v.date("approvedOn"))),
            CommandDescription.of("take-transition", TakeTransitionCommand.class, "Take a step of the workflow")
                    .notOnPage()
                    .code("transitionId", "Step", "Such as understand-what-matters.", "Enter the step's id")
                    .when("on", "On")
                    .reason(Refusals.UNKNOWN_TRANSITION, "transitionId")
                    .builds(v -> new TakeTransitionCommand(v.text("transitionId"), v.date("on"))),
            CommandDescription.of("pause-project", PauseProjectCommand.class, "Pause the project")
                    .description("While it is paused nothing but resuming or closing it can be recorded.")
                    .text("reason", "Why", "Such as “Ward closed for refurbishment”.", "Enter why it is paused")
                    .when("on", "Paused on")
                    .builds(v -> new PauseProjectCommand(v.text("reason"), v.date("on"))),
            CommandDescription.of("resume-project", ResumeProjectCommand.class, "Resume the project")
                    .standing(CommandDescription.Standing.PAUSED)
                    .when("on", "Resumed on")
                    .reason(Refusals.NOT_PAUSED, "")
                    .builds(v -> new ResumeProjectCommand(v.date("on"))),
            CommandDescription.of("close-project", CloseProjectCommand.class, "Close the project")
                    .description("Closing is final: nothing more can be recorded. Its history stays.")
                    .standing(CommandDescription.Standing.NOT_CLOSED)
                    .text("reason", "Why", "Such as “Absorbed into the ward's routine”.", "Enter why it is closed")
                    .when("on", "Closed on")
                    .builds(v -> new CloseProjectCommand(v.text("reason"), v.date("on"))));

    private CommandDescriptions() {
    }

    /** Every command given to a project once it has started, in the order of the method. */
    public static List<CommandDescription> all() {
        return ALL;
    }

    /** Starting a project. */
    public static CommandDescription start() {
        return START;
    }

    /** Every command of the library: starting a project, then {@link #all()}. */
    public static List<CommandDescription> everyCommand() {
        List<CommandDescription> every = new ArrayList<>();
        every.add(START);
        every.addAll(ALL);
        return List.copyOf(every);
    }

    /** The command given to a started project with this id (not {@code start-project}). */
    public static Optional<CommandDescription> byId(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
