package uk.nhs.coproduction.app.projectcommands;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.command.CloseProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.app.projectcommands.CommandField.Choice;
import uk.nhs.coproduction.app.web.projects.ProjectFixtures;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;
import uk.nhs.coproduction.model.validation.ModelValidator;
import uk.nhs.coproduction.model.validation.ValidationResult;

/**
 * The project commands' descriptions: one for every command of the library's {@code project} package (but starting a
 * project, which has its own form), each field the command's component of the same name, every value
 * landing where it belongs, and what cannot be read named by field without repeating it.
 */
class CommandDescriptionsTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 4);

    /** A project in set-up (the forms' fixed choices do not depend on it). */
    private static AlwaysEventProject project() {
        AlwaysEventProjects projects = AlwaysEventProjects.inMemory();
        ProjectFixtures.started(projects, "forms");
        return projects.project(ProjectId.of("forms")).orElseThrow();
    }

    @Test
    void everyCommandButStartingAProjectHasExactlyOneForm() {
        Set<Class<?>> commands = new HashSet<>(Arrays.asList(ProjectCommand.class.getPermittedSubclasses()));
        commands.remove(StartProjectCommand.class);
        List<Class<?>> formed = CommandDescriptions.all().stream().<Class<?>>map(CommandDescription::command).toList();
        assertThat(formed).doesNotHaveDuplicates();
        assertThat(new HashSet<>(formed)).isEqualTo(commands);
    }

    @Test
    void eachFormIsAtItsCommandsNameInWords() {
        for (CommandDescription form : CommandDescriptions.all()) {
            String name = form.command().getSimpleName().replaceAll("Command$", "");
            assertThat(form.id()).isEqualTo(name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
            assertThat(CommandDescriptions.byId(form.id())).containsSame(form);
        }
        assertThat(CommandDescriptions.byId("start-project")).isEmpty();
    }

    @Test
    void eachFieldIsACommandComponentOfTheSameName() {
        for (CommandDescription form : CommandDescriptions.all()) {
            Set<String> components = Arrays.stream(form.command().getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            Set<String> fields = form.fields().stream().map(CommandField::name).collect(Collectors.toSet());
            assertThat(fields).as(form.id()).isEqualTo(components);
        }
    }

    @Test
    void everyValueLandsInItsOwnComponentAndTheCommandIsValid() throws ReflectiveOperationException {
        AlwaysEventProject project = project();
        for (CommandDescription form : CommandDescriptions.all()) {
            Map<String, List<String>> sent = samples(form, project);
            Reading read = form.read(sent, TODAY);
            assertThat(read).as(form.id() + ": %s", read).isInstanceOf(Reading.Command.class);
            ProjectCommand command = ((Reading.Command) read).command();
            assertThat(command).isInstanceOf(form.command());
            assertThat(ModelValidator.standard().validate(command)).as(form.id()).isInstanceOf(ValidationResult.Accepted.class);
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                Object value = component.getAccessor().invoke(command);
                CommandField field = form.field(component.getName());
                assertThat(shown(value)).as(form.id() + "." + field.name()).isEqualTo(expected(field, sent.get(field.name())));
            }
        }
    }

    @Test
    void aDateLeftOutIsTodayWhereItMayBe() {
        CommandDescription form = CommandDescriptions.byId("close-project").orElseThrow();
        Reading read = form.read(Map.of("reason", List.of("Absorbed into routine")), TODAY);
        assertThat(((CloseProjectCommand) ((Reading.Command) read).command()).on()).isEqualTo(TODAY);
    }

    @Test
    void everyRequiredFieldLeftOutIsNamedWithItsOwnMessage() {
        for (CommandDescription form : CommandDescriptions.all()) {
            Reading read = form.read(Map.of(), TODAY);
            List<String> required = form.fields().stream()
                    .filter(f -> f.required() && f.type() != CommandField.Type.DATE_OR_TODAY).map(CommandField::name).toList();
            if (required.isEmpty()) {
                assertThat(read).as(form.id()).isInstanceOf(Reading.Command.class);
                continue;
            }
            List<FieldProblem> errors = ((Reading.Problems) read).problems();
            assertThat(errors).extracting(FieldProblem::field).as(form.id()).containsExactlyElementsOf(required);
            assertThat(errors).extracting(FieldProblem::message).allMatch(m -> !m.isBlank()).doesNotHaveDuplicates();
        }
    }

    @Test
    void valuesOfTheWrongKindAreNamedByFieldAndLabel() {
        CommandDescription aim = CommandDescriptions.byId("state-aim").orElseThrow();
        Map<String, List<String>> sent = new LinkedHashMap<>();
        sent.put("population", List.of("people on the ward"));
        sent.put("measure", List.of("a phone within 10 minutes"));
        sent.put("percent", List.of("ninety"));
        sent.put("achieveBy", List.of("31/03/2025"));
        List<FieldProblem> errors = ((Reading.Problems) aim.read(sent, TODAY)).problems();
        assertThat(errors).containsExactly(
                new FieldProblem("percent", "For what percentage: enter a number, such as 95 or 92.5", "enter a number, such as 95 or 92.5"),
                new FieldProblem("achieveBy", "Achieved by: enter the date as year-month-day, such as 2024-04-01",
                        "enter the date as year-month-day, such as 2024-04-01"));

        CommandDescription criterion = CommandDescriptions.byId("assess-criterion").orElseThrow();
        List<FieldProblem> wrong = ((Reading.Problems) criterion.read(Map.of("criterion",
                List.of("cheap"), "met", List.of("maybe"), "evidence", List.of("x")), TODAY)).problems();
        assertThat(wrong).extracting(FieldProblem::field).containsExactly("criterion", "met");
        assertThat(wrong.get(0).message()).contains("IMPORTANT, EVIDENCE_BASED, MEASURABLE, AFFORDABLE_AND_SUSTAINABLE");
    }

    @Test
    void constantsAreReadInAnyCaseWithHyphensOrUnderscores() {
        CommandDescription join = CommandDescriptions.byId("join-co-design-team").orElseThrow();
        Reading read = join.read(Map.of("partner", List.of("C-1"), "roles",
                List.of("unpaid-carer", "Front_Line_Staff")), TODAY);
        assertThat(read).isInstanceOf(Reading.Command.class);
        assertThat(read.toString()).contains("UNPAID_CARER").contains("FRONT_LINE_STAFF");
    }

    @Test
    void whatMattersCanComeFromEverySourceOfTheCoProductionModel() {
        AlwaysEventProject project = project();
        CommandDescription form = CommandDescriptions.byId("record-what-matters").orElseThrow();
        List<Choice> choices = form.field("source").choicesFor(project);

        assertThat(choices).extracting(Choice::value).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(WhatMattersSource.values()).map(Enum::name).toList());
        assertThat(choices).extracting(Choice::label).doesNotHaveDuplicates();
        for (Choice choice : choices) {
            Reading read = form.read(Map.of("source", List.of(choice.value()), "summary",
                    List.of("Calls at night"), "peopleHeard", List.of("2"), "voicedBy", List.of("P-1")), TODAY);
            assertThat(((RecordWhatMattersCommand) ((Reading.Command) read).command()).source().name())
                    .isEqualTo(choice.value());
        }
    }

    @Property(tries = 100)
    void whatIsTypedWhereAnIdBelongsIsNeverRepeated(@ForAll @AlphaChars @StringLength(min = 3, max = 20) String first,
            @ForAll @AlphaChars @StringLength(min = 3, max = 20) String last) {
        String name = "Qx" + first + " Qz" + last;
        CommandDescription sponsor = CommandDescriptions.byId("appoint-executive-sponsor").orElseThrow();
        List<FieldProblem> errors = ((Reading.Problems) sponsor.read(Map.of("sponsor", List.of(name)),
                TODAY)).problems();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo("sponsor");
        assertThat(errors.get(0).problem()).doesNotContain("Qx" + first).doesNotContain("Qz" + last);
        assertThat(errors.get(0).message()).doesNotContain("Qx" + first).doesNotContain("Qz" + last)
                .contains("never a name, NHS number or contact details");
    }

    @Test
    void refusalsLandOnFieldsTheFormHas() {
        for (CommandDescription form : CommandDescriptions.all()) {
            Set<String> names = form.fields().stream().map(CommandField::name).collect(Collectors.toSet());
            for (String code : new TreeSet<>(List.of("ALREADY_IN_CO_DESIGN_TEAM", "NOT_IN_CO_DESIGN_TEAM",
                    "VOICED_BY_REQUIRED", "UNKNOWN_PDSA_CYCLE", "PDSA_STEP_OUT_OF_ORDER", "PDSA_DATE_BEFORE_PREVIOUS_STEP",
                    "MEASUREMENT_ALREADY_RECORDED", "UNKNOWN_SITE", "SIGN_OFF_NEEDS_LIVED_EXPERIENCE",
                    "APPROVER_NOT_IN_OVERSIGHT", "NOT_YET_IN_PHASE", "PROJECT_PAUSED"))) {
                String field = form.fieldOf(uk.nhs.coproduction.alwaysevents.workflow.Reason.of(code, "m"));
                assertThat(field.isEmpty() || names.contains(field)).as(form.id() + " " + code).isTrue();
            }
        }
    }

    /** A value for every field, each different, that the library accepts. */
    private static Map<String, List<String>> samples(CommandDescription form, AlwaysEventProject project) {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        int n = 0;
        for (CommandField field : form.fields()) {
            n++;
            List<String> value = switch (field.type()) {
                case TEXT, PARAGRAPH -> List.of("Always words for " + field.name());
                case CODE -> List.of(switch (field.name()) {
                    case "primaryDriverId" -> "P2";
                    case "secondaryDriverId" -> "S3";
                    case "changeIdeaId" -> "C4";
                    case "siteId" -> "ward-" + n;
                    case "transitionId" -> "co-design";
                    default -> "2024-0" + n;
                });
                case DATE, DATE_OR_TODAY -> List.of(LocalDate.of(2024, 2, 1).plusDays(n).toString());
                case WHOLE_NUMBER -> List.of(Integer.toString(n));
                case NUMBER -> List.of("92.5");
                case PARTNER -> List.of("P-" + n);
                case PARTNERS -> List.of("P-" + n + ", S-" + n);
                case ROLES -> List.of("PATIENT", "FRONT_LINE_STAFF");
                case CHOICE -> List.of(field.choicesFor(project).get(field.choicesFor(project).size() - 1).value());
                case YES_NO -> List.of("yes");
                case SCORE -> List.of("2.5");
            };
            sent.put(field.name(), value);
        }
        return sent;
    }

    /** What a component's value should read as, from what was sent for its field. */
    private static String expected(CommandField field, List<String> sent) {
        return switch (field.type()) {
            case YES_NO -> "true";
            case PARTNERS -> new TreeSet<>(Arrays.asList(sent.get(0).split(", "))).toString();
            case ROLES -> new TreeSet<>(sent).toString();
            default -> sent.get(0);
        };
    }

    private static String shown(Object value) {
        if (value instanceof Collection<?> many) {
            List<String> names = new ArrayList<>();
            many.forEach(v -> names.add(String.valueOf(v)));
            return new TreeSet<>(names).toString();
        }
        return String.valueOf(value);
    }
}
