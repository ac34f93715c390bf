package uk.nhs.coproduction.app.alwaysevents;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;

/**
 * The command line's words for the library's types: a project id read from {@code PROJECT} (a
 * refusal becomes picocli's "Invalid value" message, with exit status 2), and constants written in
 * lower case with hyphens. The project commands' options are read by their descriptions' own field
 * readers ({@link uk.nhs.coproduction.app.projectcommands.CommandField}).
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
