package uk.nhs.coproduction.app.projectcommands;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;

/**
 * One field of a project command: its name (the library command's component of the same name, so
 * that a constraint the library finds broken is shown next to it), what it asks for, how its text
 * is read into the library's type, and the choices offered for it: fixed ones (the values it can
 * take, which a command line offers as completion candidates) or the project's own items.
 *
 * <p>Reading checks only that the text is of the right kind (printable text, a date in the NHS's
 * years, a whole number, a pseudonymous id, one of the choices) and that a required field is
 * there; every other rule is the library's, applied when the command is handled. Messages never
 * repeat what was entered.
 *
 * <p>The rules of kind, as the README's "What the API refuses" gives them: text has no control
 * characters (a paragraph may keep line breaks and tabs) and no broken UTF-16; a date is no
 * earlier than {@link #NHS_FOUNDED} and no later than ten years from today, and a date of
 * something that happened (a {@link Type#DATE_OR_TODAY} field, such as "joined on") is no later
 * than today; a constant (a role, a choice) is its name in any case with {@code _} or {@code -}
 * between words, never spaces.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the field's name, the command's component
 * @param label what the page calls it
 * @param hint what to enter, or null
 * @param type how its text is read
 * @param required whether it must be given (a date of type {@link Type#DATE_OR_TODAY} is today when not)
 * @param missing what to say when a required field is left out
 * @param options the only values it can take, with their labels (none if it is not a choice)
 * @param choices the project's items offered for it, for the project as it is now (none for free input)
 * @param needsChoice whether the form is offered only when there is at least one choice (such as
 *     a PDSA cycle to record the study of)
 */
public record CommandField(String name, String label, @Nullable String hint, Type type, boolean required, String missing,
        List<Choice> options, Function<AlwaysEventProject, List<Choice>> choices, boolean needsChoice) {

    /** The day the NHS was founded (5 July 1948): no date the app records is earlier. */
    public static final LocalDate NHS_FOUNDED = LocalDate.of(1948, 7, 5);

    /** How many years after today a date of a plan (such as "achieved by") may be. */
    public static final int YEARS_AHEAD = 10;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /** Copies the options. */
    public CommandField {
        options = List.copyOf(options);
    }

    /** How a field's text is read, and the JSON it is sent as in the API. */
    public enum Type {
        /** One line of text. */
        TEXT("string"),
        /** A short label or id, such as a period (2017-06) or a site id (ward-12). */
        CODE("string"),
        /** Text of one or more paragraphs. */
        PARAGRAPH("string"),
        /** A date, year-month-day. */
        DATE("string (date, such as 2024-04-01)"),
        /** A date, year-month-day; today when not given. */
        DATE_OR_TODAY("string (date, such as 2024-04-01; today when not given)"),
        /** A whole number, 0 or more. */
        WHOLE_NUMBER("number (whole, 0 or more)"),
        /** A number, such as 95 or 92.5. */
        NUMBER("number"),
        /** A pseudonymous partner id. */
        PARTNER("string (pseudonymous id, such as P-01)"),
        /** Pseudonymous partner ids. */
        PARTNERS("array of strings (pseudonymous ids)"),
        /** Roles from the co-production model. */
        ROLES("array of strings (roles)"),
        /** One of a fixed set of choices. */
        CHOICE("string (one of the choices)"),
        /** Yes or no. */
        YES_NO("boolean"),
        /** A progress score, 0.5 to 5 in steps of 0.5. */
        SCORE("number (0.5 to 5 in steps of 0.5)");

        private final String json;

        Type(String json) {
            this.json = json;
        }

        /** The JSON the API takes for it, in words. */
        public String json() {
            return json;
        }

        /**
         * Whether it is free text, in people's own words (one line or paragraphs), which is
         * checked for contact details and NHS numbers before it is stored; a code, a choice or a
         * pseudonymous id is not.
         */
        public boolean isFreeText() {
            return this == TEXT || this == PARAGRAPH;
        }

        /** Whether it takes several values. */
        public boolean isMany() {
            return this == PARTNERS || this == ROLES;
        }
    }

    /**
     * One choice the page offers.
     *
     * @param value the value sent
     * @param label what the page shows
     */
    public record Choice(String value, String label) {
    }

    /** No choices from the project: the page shows a text input. */
    static final Function<AlwaysEventProject, List<Choice>> FREE = project -> List.of();

    /** The same field, taking only one of {@code values}. */
    CommandField taking(List<Choice> values) {
        return new CommandField(name, label, hint, type, required, missing, values, choices, needsChoice);
    }

    /** The same field with choices from the project, offered only when there is at least one. */
    CommandField choosingFrom(Function<AlwaysEventProject, List<Choice>> from) {
        return new CommandField(name, label, hint, type, required, missing, options, from, true);
    }

    /** The same field with choices from the project, and a text input when there are none. */
    CommandField suggesting(Function<AlwaysEventProject, List<Choice>> from) {
        return new CommandField(name, label, hint, type, required, missing, options, from, false);
    }

    /** The choices offered for {@code project}: the field's options, or else the project's items. */
    public List<Choice> choicesFor(AlwaysEventProject project) {
        return options.isEmpty() ? choices.apply(project) : options;
    }

    /**
     * A problem with this field's value, named by its label: the message for a required field left
     * out stands as it is; any other starts with the label.
     */
    FieldProblem problem(String problem) {
        String lower = Character.toLowerCase(problem.charAt(0)) + problem.substring(1);
        return new FieldProblem(name, problem.equals(missing) ? problem : label + ": " + lower, lower);
    }

    /**
     * The value of what was given, or the problem with it (without the field's label).
     *
     * @param values the values given (a form's repeated field, a JSON value as text, an option's
     *     values); none when left out
     * @param today the date a {@link Type#DATE_OR_TODAY} field stands for when left out
     */
    public Read read(List<String> values, LocalDate today) {
        List<String> given = new ArrayList<>();
        for (String value : values) {
            if (!value.isBlank()) {
                given.add(value.strip());
            }
        }
        if (given.isEmpty()) {
            if (type == Type.DATE_OR_TODAY) {
                return new Read(today, null);
            }
            if (required) {
                return new Read(null, missing);
            }
            return new Read(type.isMany() ? Set.of() : null, null);
        }
        if (!type.isMany() && given.size() > 1) {
            return new Read(null, "Give one value only");
        }
        String text = given.get(0);
        return switch (type) {
            case TEXT, CODE, PARAGRAPH -> {
                String problem = unprintable(text, type == Type.PARAGRAPH);
                yield problem == null ? new Read(text, null) : new Read(null, problem);
            }
            case DATE, DATE_OR_TODAY -> date(text, type == Type.DATE_OR_TODAY, today);
            case WHOLE_NUMBER -> {
                Integer count = count(text);
                yield count == null ? new Read(null, "Enter a whole number, 0 or more, such as 3") : new Read(count, null);
            }
            case NUMBER -> number(text);
            case PARTNER -> {
                String problem = PartnerId.problemWith(text);
                yield problem == null ? new Read(PartnerId.of(text), null) : new Read(null, idProblem(problem));
            }
            case PARTNERS -> partners(given);
            case ROLES -> roles(given);
            case CHOICE -> {
                for (Choice choice : options) {
                    if (choice.value().equalsIgnoreCase(code(text))) {
                        yield new Read(choice.value(), null);
                    }
                }
                yield new Read(null, "Choose one of: " + String.join(", ", options.stream().map(Choice::value).toList()));
            }
            case YES_NO -> switch (text.toLowerCase(Locale.ROOT)) {
                case "yes", "true" -> new Read(Boolean.TRUE, null);
                case "no", "false" -> new Read(Boolean.FALSE, null);
                default -> new Read(null, "Choose yes or no");
            };
            case SCORE -> {
                try {
                    yield new Read(ProgressScore.parse(text), null);
                } catch (IllegalArgumentException e) {
                    yield new Read(null, "Choose a score from 0.5 to 5, in steps of 0.5");
                }
            }
        };
    }

    /**
     * What was read from a field: a value, or a problem.
     *
     * @param value the value, or null (left out, or not readable)
     * @param problem what is wrong, or null
     */
    public record Read(@Nullable Object value, @Nullable String problem) {
    }

    /**
     * A constant as the page and the API send it: upper case with underscores, from any case with
     * hyphens or underscores. Spaces are not turned into underscores (the README does not promise
     * them), so "front line staff" matches no role and is refused with the list of roles.
     */
    public static String code(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** A whole number from 0 written in digits only (at most 9 of them), or null. */
    public static @Nullable Integer count(@Nullable String text) {
        String digits = text == null ? "" : text.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static Read date(String text, boolean happened, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return new Read(null, "Enter the date as year-month-day, such as 2024-04-01");
        }
        LocalDate latest = happened ? today : today.plusYears(YEARS_AHEAD);
        if (date.isBefore(NHS_FOUNDED) || date.isAfter(latest)) {
            return new Read(null, "Enter a date from " + DAY.format(NHS_FOUNDED) + " (when the NHS was founded) to "
                    + DAY.format(latest) + (happened ? " (today)" : " (ten years from today)"));
        }
        return new Read(date, null);
    }

    /**
     * What is wrong with {@code text} as text to keep and show, or null: a control character
     * (only a paragraph may have line breaks and tabs), or half of a UTF-16 pair.
     */
    static @Nullable String unprintable(String text, boolean paragraph) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "Enter text without broken characters: part of a character is missing";
            } else if (Character.getType(c) == Character.CONTROL && !(paragraph && (c == '\n' || c == '\r' || c == '\t'))) {
                return "Enter text without control characters (such as NUL or an escape code)"
                        + (paragraph ? ": line breaks and tabs are kept" : ", on one line");
            }
        }
        return null;
    }

    private static Read number(String text) {
        if (!text.matches("[0-9]{1,9}(\\.[0-9]{1,6})?")) {
            return new Read(null, "Enter a number, such as 95 or 92.5");
        }
        return new Read(new BigDecimal(text).doubleValue(), null);
    }

    private static Read partners(List<String> given) {
        Set<PartnerId> ids = new LinkedHashSet<>();
        for (String value : given) {
            for (String part : value.split("[,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                String problem = PartnerId.problemWith(part);
                if (problem != null) {
                    return new Read(null, "Each " + idProblem(problem).substring(2));
                }
                ids.add(PartnerId.of(part));
            }
        }
        return new Read(Set.copyOf(ids), null);
    }

    private static Read roles(List<String> given) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : given) {
            Role found = null;
            for (Role role : Role.values()) {
                if (role.name().equals(code(value))) {
                    found = role;
                }
            }
            if (found == null) {
                return new Read(null, "Choose roles from the list: " + String.join(", ",
                        EnumSet.allOf(Role.class).stream().map(Role::name).toList()));
            }
            roles.add(found);
        }
        return new Read(Set.copyOf(roles), null);
    }

    /** The model's words for a partner id that is not well formed, as a sentence. */
    private static String idProblem(String problem) {
        return "A" + problem.substring(1) + ", such as P-01: never a name, NHS number or contact details";
    }
}
