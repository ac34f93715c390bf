package uk.nhs.coproduction.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import uk.nhs.coproduction.model.validation.internal.EnGbMessageInterpolator;

/**
 * Validates any type of the model (a partnership, a partner, a framework edition) and returns
 * every violation with its property path.
 *
 * <p>It uses Hibernate Validator with a parameter-only message interpolator, so no Expression
 * Language implementation is needed, and messages in plain en-GB English that never repeat the
 * value checked.
 *
 * <pre>{@code
 * ValidationResult<Partnership> result = ModelValidator.standard().validate(partnership);
 * if (result instanceof ValidationResult.Refused<Partnership> refused) {
 *     refused.problems().forEach(v -> System.out.println(v)); // "members[2].partner.roles: ..."
 * }
 * }</pre>
 *
 * <h2>Today</h2>
 *
 * <p>Some dates may not be in the future: a decision, its feedback, a record of what matters and
 * the date consent was given ({@link jakarta.validation.constraints.PastOrPresent}). "Today" is
 * the date of the validator's clock: the system clock in the default time zone for
 * {@link #standard()}, or any clock with {@link #withClock(Clock)}, such as a fixed one in tests or
 * {@code Clock.system(ZoneId.of("Europe/London"))} where the server keeps another zone. Nothing
 * else in the model reads the clock: the health check judges the facts as they are recorded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ModelValidator {

    private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.?<[a-z ]+>");

    private final Validator validator;

    private ModelValidator(Validator validator) {
        this.validator = validator;
    }

    /**
     * {@return the shared validator, built once on first use, whose "today" comes from the system
     * clock in the default time zone}
     */
    public static ModelValidator standard() {
        return Holder.STANDARD;
    }

    /**
     * {@return a validator whose "today" comes from {@code clock}. Each call builds a new validator,
     * which takes a moment: make one and keep it}
     *
     * @param clock the clock whose date, in its own time zone, is "today"
     */
    public static ModelValidator withClock(Clock clock) {
        return build(Objects.requireNonNull(clock, "clock"));
    }

    private static ModelValidator build(Clock clock) {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new EnGbMessageInterpolator())
                .clockProvider(() -> clock)
                .buildValidatorFactory();
        return new ModelValidator(factory.getValidator());
    }

    /**
     * Validates {@code value} and every object it holds.
     *
     * @param <T> the type of the value
     * @param value the value to check
     * @return {@link ValidationResult.Accepted} with the value, or {@link ValidationResult.Refused}
     *     with every violation, sorted by path
     */
    public <T> ValidationResult<T> validate(T value) {
        Objects.requireNonNull(value, "value");
        Set<ConstraintViolation<T>> found = validator.validate(value);
        if (found.isEmpty()) {
            return new ValidationResult.Accepted<>(value);
        }
        List<Violation> violations = found.stream()
                .map(v -> new Violation(path(v), v.getMessage(),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
                .toList();
        return new ValidationResult.Refused<>(violations);
    }

    /**
     * The property path as the JSON documents spell it: {@code values[0].behaviours[1]}, without
     * Hibernate Validator's container-element nodes such as {@code <list element>}.
     */
    private static String path(ConstraintViolation<?> violation) {
        return CONTAINER_ELEMENT.matcher(violation.getPropertyPath().toString()).replaceAll("");
    }

    /**
     * {@return the underlying Jakarta validator, configured as described above, for frameworks that
     * need one}
     */
    public Validator jakartaValidator() {
        return validator;
    }

    private static final class Holder {
        static final ModelValidator STANDARD = build(Clock.systemDefaultZone());
    }
}
