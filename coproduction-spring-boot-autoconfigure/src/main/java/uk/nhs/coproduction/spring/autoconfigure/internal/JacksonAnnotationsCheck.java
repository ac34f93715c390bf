package uk.nhs.coproduction.spring.autoconfigure.internal;

import org.jspecify.annotations.Nullable;

/**
 * Jackson 3 ({@code tools.jackson}, which the library uses) shares Jackson 2's annotations
 * ({@code com.fasterxml.jackson.core:jackson-annotations}): Jackson 3.N needs annotations 2.(20+N)
 * or newer (3.1 needs 2.21, 3.3 needs 2.23). Spring Boot manages the annotations with its Jackson 2
 * BOM, so an application can end up with older ones (Boot 3.5 manages 2.19), and fails deep inside
 * with a {@code NoClassDefFoundError} such as {@code JsonSerializeAs} or {@code JsonApplyView}. This
 * check fails first, saying what to set.
 */
public final class JacksonAnnotationsCheck {

    /** The annotations' minor version that Jackson 3.0 pairs with. */
    private static final int PAIRED_WITH_3_0 = 20;

    private JacksonAnnotationsCheck() {
    }

    /**
     * Checks the jackson-annotations on the class path against Jackson 3's databind.
     *
     * @throws StartupRefusal saying what to set if they are older than that databind needs
     */
    public static void check() {
        int databindMinor = tools.jackson.databind.cfg.PackageVersion.VERSION.getMinorVersion();
        String databind = tools.jackson.databind.cfg.PackageVersion.VERSION.toString();
        int needed = PAIRED_WITH_3_0 + databindMinor;
        Integer present = annotationsMinor();
        if (present != null && present < needed) {
            throw new StartupRefusal(problem(databind, "2." + needed, "2." + present), action(needed), null);
        }
        if (present == null) {
            // No version in the jar's manifest: look for a class the oldest usable annotations have.
            try {
                Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs", false,
                        JacksonAnnotationsCheck.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new StartupRefusal(problem(databind, "2." + needed, "an older one"), action(needed), e);
            }
        }
    }

    static String problem(String databind, String needed, String present) {
        return "The NHS co-production library uses Jackson 3 (tools.jackson.databind " + databind + "), which needs "
                + "com.fasterxml.jackson.core:jackson-annotations " + needed + " or newer, but the application has "
                + present + " (Spring Boot manages it with its Jackson 2 BOM: Boot 3.5 manages 2.19)";
    }

    static String action(int neededMinor) {
        String version = "2." + neededMinor + ".0";
        return "Raise Spring Boot's Jackson 2 BOM to " + version + ": on Boot 3.5 the Maven property "
                + "<jackson-bom.version>" + version + "</jackson-bom.version>, on Boot 4.0 <jackson-2-bom.version>"
                + version + "</jackson-2-bom.version> (Gradle: ext['jackson-bom.version'] or "
                + "ext['jackson-2-bom.version'])";
    }

    /** The minor version of the jackson-annotations jar, from its manifest, or null if it has none. */
    private static @Nullable Integer annotationsMinor() {
        Package annotations = com.fasterxml.jackson.annotation.JacksonAnnotation.class.getPackage();
        String version = annotations == null ? null : annotations.getImplementationVersion();
        if (version == null) {
            return null;
        }
        String[] parts = version.split("\\.");
        try {
            return parts.length >= 2 && "2".equals(parts[0]) ? Integer.valueOf(parts[1]) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
