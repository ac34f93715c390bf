package uk.nhs.coproduction.spring.autoconfigure.internal;

/**
 * Jackson 3, which the library uses, needs {@code com.fasterxml.jackson.core:jackson-annotations}
 * 2.20 or newer. Spring Boot 3.5 manages Jackson 2.19, whose annotations lack
 * {@code JsonSerializeAs}, so an application fails somewhere deep with a
 * {@code NoClassDefFoundError}. This check fails first, saying what to set.
 */
public final class JacksonAnnotationsCheck {

    /** A class that jackson-annotations has from 2.20 on, and Jackson 3 loads. */
    static final String SINCE_2_20 = "com.fasterxml.jackson.annotation.JsonSerializeAs";

    /** What is wrong. */
    static final String PROBLEM = "The NHS co-production library uses Jackson 3, which needs "
            + "com.fasterxml.jackson.core:jackson-annotations 2.20 or newer, but the application has an older one "
            + "(Spring Boot 3.5 manages Jackson 2.19)";

    /** What the application must set, in the words the README uses. */
    static final String ACTION = "Set the Maven property <jackson-bom.version>2.21.4</jackson-bom.version> "
            + "(Gradle: ext['jackson-bom.version'] = '2.21.4') in the application's build";

    private JacksonAnnotationsCheck() {
    }

    /**
     * Checks the jackson-annotations on the class path.
     *
     * @throws StartupRefusal saying what to set if it is older than 2.20
     */
    public static void check() {
        try {
            Class.forName(SINCE_2_20, false, JacksonAnnotationsCheck.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new StartupRefusal(PROBLEM, ACTION, e);
        }
    }
}
