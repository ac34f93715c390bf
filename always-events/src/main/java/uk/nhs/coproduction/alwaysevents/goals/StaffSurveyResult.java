package uk.nhs.coproduction.alwaysevents.goals;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One organisation's NHS Staff Survey result for one year on the question of
 * {@link StaffSurveyQuestion}: the percentage of staff who agreed, and, where the file gives them,
 * how many agreed and how many answered.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param year the survey year, such as 2024
 * @param organisationCode the organisation's code (such as its ODS code), letters and digits,
 *     kept in upper case
 * @param percentAgreeing the percentage of staff who answered and agreed, from 0 to 100
 * @param agreeing how many agreed, or null when the file does not say
 * @param responding how many answered the question, or null when the file does not say
 * @since 0.1.0
 */
public record StaffSurveyResult(int year, String organisationCode, double percentAgreeing, @Nullable Integer agreeing,
        @Nullable Integer responding) {

    /** The years a result may be for. */
    public static final int FIRST_YEAR = 1990;
    /** The last year a result may be for. */
    public static final int LAST_YEAR = 2100;
    /** An organisation code: 1 to 12 letters and digits. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,12}");

    /**
     * Checks the components and puts the code in upper case.
     *
     * @param year the survey year
     * @param organisationCode the organisation's code
     * @param percentAgreeing the percentage agreeing, from 0 to 100
     * @param agreeing how many agreed, or null
     * @param responding how many answered, or null; at least 1, and at least {@code agreeing}
     */
    public StaffSurveyResult {
        Objects.requireNonNull(organisationCode, "organisationCode");
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year: must be from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        if (!CODE.matcher(organisationCode).matches()) {
            throw new IllegalArgumentException("organisationCode: must be 1 to 12 letters and digits");
        }
        organisationCode = organisationCode.toUpperCase(Locale.ROOT);
        if (!(percentAgreeing >= 0 && percentAgreeing <= 100)) {
            throw new IllegalArgumentException("percentAgreeing: must be from 0 to 100");
        }
        if (responding != null && responding < 1) {
            throw new IllegalArgumentException("responding: must be at least 1");
        }
        if (agreeing != null && (agreeing < 0 || (responding != null && agreeing > responding))) {
            throw new IllegalArgumentException("agreeing: must be from 0 to the number responding");
        }
        if (agreeing != null && responding == null) {
            throw new IllegalArgumentException("agreeing: a count of staff agreeing needs the number responding");
        }
    }

    /**
     * {@return a result from a percentage alone}
     *
     * @param year the survey year
     * @param organisationCode the organisation's code
     * @param percentAgreeing the percentage agreeing
     */
    public static StaffSurveyResult ofPercent(int year, String organisationCode, double percentAgreeing) {
        return new StaffSurveyResult(year, organisationCode, percentAgreeing, null, null);
    }

    /**
     * {@return a result from counts, its percentage worked out from them}
     *
     * @param year the survey year
     * @param organisationCode the organisation's code
     * @param agreeing how many agreed
     * @param responding how many answered
     */
    public static StaffSurveyResult ofCounts(int year, String organisationCode, int agreeing, int responding) {
        if (responding < 1) {
            throw new IllegalArgumentException("responding: must be at least 1");
        }
        return new StaffSurveyResult(year, organisationCode, 100.0 * agreeing / responding, agreeing, responding);
    }

    /** {@return how many agreed, when known} */
    public OptionalInt agreeingCount() {
        return agreeing == null ? OptionalInt.empty() : OptionalInt.of(agreeing);
    }

    /** {@return how many answered, when known} */
    public OptionalInt respondingCount() {
        return responding == null ? OptionalInt.empty() : OptionalInt.of(responding);
    }
}
