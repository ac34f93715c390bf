package uk.nhs.coproduction.examples.web.projects;

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
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.examples.web.projects.CommandField.Choice;
import uk.nhs.coproduction.examples.web.site.FieldError;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;
import uk.nhs.coproduction.model.validation.ModelValidator;
import uk.nhs.coproduction.model.validation.ValidationResult;

/**
 * The command forms: one for every command of the library's {@code project} package (but starting a
 * project, which has its own form), each field the command's component of the same name, every value
 * landing where it belongs, and what cannot be read named by field without repeating it.
 */
class CommandFormsTest {

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
        List<Class<?>> formed = CommandForms.all().stream().<Class<?>>map(CommandForm::command).toList();
        assertThat(formed).doesNotHaveDuplicates();
        assertThat(new HashSet<>(formed)).isEqualTo(commands);
    }

    @Test
    void eachFormIsAtItsCommandsNameInWords() {
        for (CommandForm form : CommandForms.all()) {
            String name = form.command().getSimpleName().replaceAll("Command$", "");
            assertThat(form.id()).isEqualTo(name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
            assertThat(CommandForms.byId(form.id())).containsSame(form);
        }
        assertThat(CommandForms.byId("start-project")).isEmpty();
    }

    @Test
    void eachFieldIsACommandComponentOfTheSameName() {
        for (CommandForm form : CommandForms.all()) {
            Set<String> components = Arrays.stream(form.command().getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            Set<String> fields = form.fields().stream().map(CommandField::name).collect(Collectors.toSet());
            assertThat(fields).as(form.id()).isEqualTo(components);
        }
    }

    @Test
    void everyValueLandsInItsOwnComponentAndTheCommandIsValid() throws ReflectiveOperationException {
        AlwaysEventProject project = project();
        for (CommandForm form : CommandForms.all()) {
            Map<String, List<String>> sent = samples(form, project);
            Checked<ProjectCommand> read = form.read(sent, TODAY, project);
            assertThat(read).as(form.id() + ": %s", read).isInstanceOf(Checked.Valid.class);
            ProjectCommand command = ((Checked.Valid<ProjectCommand>) read).value();
            assertThat(command).isInstanceOf(form.command());
            assertThat(ModelValidator.standard().validate(command)).as(form.id()).isInstanceOf(ValidationResult.Valid.class);
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                Object value = component.getAccessor().invoke(command);
                CommandField field = form.field(component.getName());
                assertThat(shown(value)).as(form.id() + "." + field.name()).isEqualTo(expected(field, sent.get(field.name())));
            }
        }
    }

    @Test
    void aDateLeftOutIsTodayWhereItMayBe() {
        CommandForm form = CommandForms.byId("close-project").orElseThrow();
        Checked<ProjectCommand> read = form.read(Map.of("reason", List.of("Absorbed into routine")), TODAY, project());
        assertThat(((CloseProjectCommand) ((Checked.Valid<ProjectCommand>) read).value()).on()).isEqualTo(TODAY);
    }

    @Test
    void everyRequiredFieldLeftOutIsNamedWithItsOwnMessage() {
        AlwaysEventProject project = project();
        for (CommandForm form : CommandForms.all()) {
            Checked<ProjectCommand> read = form.read(Map.of(), TODAY, project);
            List<String> required = form.fields().stream()
                    .filter(f -> f.required() && f.type() != CommandField.Type.DATE_OR_TODAY).map(CommandField::name).toList();
            if (required.isEmpty()) {
                assertThat(read).as(form.id()).isInstanceOf(Checked.Valid.class);
                continue;
            }
            List<FieldError> errors = ((Checked.Invalid<ProjectCommand>) read).errors();
            assertThat(errors).extracting(FieldError::field).as(form.id()).containsExactlyElementsOf(required);
            assertThat(errors).extracting(FieldError::message).allMatch(m -> !m.isBlank()).doesNotHaveDuplicates();
        }
    }

    @Test
    void valuesOfTheWrongKindAreNamedByFieldAndLabel() {
        CommandForm aim = CommandForms.byId("state-aim").orElseThrow();
        Map<String, List<String>> sent = new LinkedHashMap<>();
        sent.put("population", List.of("people on the ward"));
        sent.put("measure", List.of("a phone within 10 minutes"));
        sent.put("percent", List.of("ninety"));
        sent.put("achieveBy", List.of("31/03/2025"));
        List<FieldError> errors = ((Checked.Invalid<ProjectCommand>) aim.read(sent, TODAY, project())).errors();
        assertThat(errors).containsExactly(
                new FieldError("percent", "For what percentage: enter a number, such as 95 or 92.5"),
                new FieldError("achieveBy", "Achieved by: enter the date as year-month-day, such as 2024-04-01"));

        CommandForm criterion = CommandForms.byId("assess-criterion").orElseThrow();
        List<FieldError> wrong = ((Checked.Invalid<ProjectCommand>) criterion.read(Map.of("criterion",
                List.of("cheap"), "met", List.of("maybe"), "evidence", List.of("x")), TODAY, project())).errors();
        assertThat(wrong).extracting(FieldError::field).containsExactly("criterion", "met");
        assertThat(wrong.get(0).message()).contains("IMPORTANT, EVIDENCE_BASED, MEASURABLE, AFFORDABLE_AND_SUSTAINABLE");
    }

    @Test
    void constantsAreReadInAnyCaseWithHyphensOrUnderscores() {
        CommandForm join = CommandForms.byId("join-co-design-team").orElseThrow();
        Checked<ProjectCommand> read = join.read(Map.of("partner", List.of("C-1"), "roles",
                List.of("unpaid-carer", "Front_Line_Staff")), TODAY, project());
        assertThat(read).isInstanceOf(Checked.Valid.class);
        assertThat(read.toString()).contains("UNPAID_CARER").contains("FRONT_LINE_STAFF");
    }

    @Test
    void whatMattersCanComeFromEverySourceOfTheCoProductionModel() {
        AlwaysEventProject project = project();
        CommandForm form = CommandForms.byId("record-what-matters").orElseThrow();
        List<Choice> choices = form.field("source").choicesFor(project);

        assertThat(choices).extracting(Choice::value).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(WhatMattersSource.values()).map(Enum::name).toList());
        assertThat(choices).extracting(Choice::label).doesNotHaveDuplicates();
        for (Choice choice : choices) {
            Checked<ProjectCommand> read = form.read(Map.of("source", List.of(choice.value()), "summary",
                    List.of("Calls at night"), "peopleHeard", List.of("2"), "voicedBy", List.of("P-1")), TODAY, project);
            assertThat(((RecordWhatMattersCommand) ((Checked.Valid<ProjectCommand>) read).value()).source().name())
                    .isEqualTo(choice.value());
        }
    }

    @Property(tries = 100)
    void whatIsTypedWhereAnIdBelongsIsNeverRepeated(@ForAll @AlphaChars @StringLength(min = 3, max = 20) String first,
            @ForAll @AlphaChars @StringLength(min = 3, max = 20) String last) {
        String name = "Qx" + first + " Qz" + last;
        CommandForm sponsor = CommandForms.byId("appoint-executive-sponsor").orElseThrow();
        List<FieldError> errors = ((Checked.Invalid<ProjectCommand>) sponsor.read(Map.of("sponsor", List.of(name)),
                TODAY, project())).errors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo("sponsor");
        assertThat(errors.get(0).message()).doesNotContain("Qx" + first).doesNotContain("Qz" + last)
                .contains("never a name, NHS number or contact details");
    }

    @Test
    void refusalsLandOnFieldsTheFormHas() {
        for (CommandForm form : CommandForms.all()) {
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
    private static Map<String, List<String>> samples(CommandForm form, AlwaysEventProject project) {
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
                case DATE, DATE_OR_TODAY -> List.of(LocalDate.of(2024, 5, 1).plusDays(n).toString());
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
