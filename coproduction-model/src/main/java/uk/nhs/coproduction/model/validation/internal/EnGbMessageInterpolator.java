package uk.nhs.coproduction.model.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Resolves message keys from this module's en-GB bundle, then lets Hibernate Validator's
 * {@link ParameterMessageInterpolator} fill in the constraint's parameters (such as
 * {@code {max}}). Parameter-only interpolation needs no Expression Language, and it can never
 * copy the validated value (which may be personal data) into a message.
 */
public final class EnGbMessageInterpolator implements MessageInterpolator {

    /** The base name of the en-GB bundle in this package. */
    public static final String BUNDLE = "uk.nhs.coproduction.model.validation.internal.ValidationMessages";

    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private final ResourceBundle bundle;
    private final ParameterMessageInterpolator parameters;

    /** Loads the en-GB bundle. */
    public EnGbMessageInterpolator() {
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.UK);
        this.parameters = new ParameterMessageInterpolator(Set.of(Locale.UK), Locale.UK, false);
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.UK);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return parameters.interpolate(resolveKeys(template), context, Locale.UK);
    }

    private String resolveKeys(String template) {
        Matcher matcher = KEY.matcher(template);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String replacement = lookUp(matcher.group(1));
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(
                    replacement == null ? matcher.group() : replacement));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private String lookUp(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException notOurs) {
            return null;
        }
    }
}
