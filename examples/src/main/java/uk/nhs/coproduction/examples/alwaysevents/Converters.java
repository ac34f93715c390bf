package uk.nhs.coproduction.examples.alwaysevents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.project.SiteKind;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * Turns option text into the library's types; a refusal becomes picocli's "Invalid value for
 * option" message, with exit status 2. Messages never repeat a partner id that is not well formed
 * (it might be a name typed in the wrong place).
 */
final class Converters {

    private Converters() {
    }

    /** A project id such as {@code humber-contact}. */
    static final class Project implements ITypeConverter<ProjectId> {
        @Override
        public ProjectId convert(String value) {
            String problem = ProjectId.problemWith(value);
            if (problem != null) {
                throw new TypeConversionException(problem);
            }
            return ProjectId.of(value);
        }
    }

    /** A pseudonymous partner id such as {@code P-01}. */
    static final class Partner implements ITypeConverter<PartnerId> {
        @Override
        public PartnerId convert(String value) {
            String problem = PartnerId.problemWith(value);
            if (problem != null) {
                throw new TypeConversionException(problem);
            }
            return PartnerId.of(value);
        }
    }

    /** A date such as {@code 2017-06-30}. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date such as 2017-06-30");
            }
        }
    }

    /** A progress score such as {@code 2.5}. */
    static final class Score implements ITypeConverter<ProgressScore> {
        @Override
        public ProgressScore convert(String value) {
            try {
                return ProgressScore.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a progress score: 0.5 to 5 in steps of 0.5");
            }
        }
    }

    /** Roles such as {@code patient,front-line-staff}. */
    static final class Roles implements ITypeConverter<Set<Role>> {
        @Override
        public Set<Role> convert(String value) {
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            for (String part : value.split(",")) {
                roles.add(constant(Role.class, part));
            }
            return roles;
        }
    }

    /** Where evidence of what matters came from (the model's {@code WhatMattersSource}), such as {@code conversations}. */
    static final class Source implements ITypeConverter<WhatMattersSource> {
        @Override
        public WhatMattersSource convert(String value) {
            return constant(WhatMattersSource.class, value);
        }
    }

    /** One of the four criteria, such as {@code affordable-and-sustainable}. */
    static final class CriterionName implements ITypeConverter<Criterion> {
        @Override
        public Criterion convert(String value) {
            return constant(Criterion.class, value);
        }
    }

    /** Adopt, adapt or abandon. */
    static final class Decision implements ITypeConverter<ActDecision> {
        @Override
        public ActDecision convert(String value) {
            return constant(ActDecision.class, value);
        }
    }

    /** Unit or organisation. */
    static final class Kind implements ITypeConverter<SiteKind> {
        @Override
        public SiteKind convert(String value) {
            return constant(SiteKind.class, value);
        }
    }

    /** The constant of {@code type} written in lower case with hyphens, such as {@code front-line-staff}. */
    static <E extends Enum<E>> E constant(Class<E> type, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new TypeConversionException("'" + text + "' is not one of " + choices(type));
    }

    /** The constants of {@code type} as the command line writes them. */
    static <E extends Enum<E>> String choices(Class<E> type) {
        StringBuilder text = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            text.append(text.length() == 0 ? "" : ", ").append(code(constant));
        }
        return text.toString();
    }

    /** A constant as the command line writes it: lower case with hyphens. */
    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
