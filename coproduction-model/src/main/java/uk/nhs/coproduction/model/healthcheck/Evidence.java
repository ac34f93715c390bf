package uk.nhs.coproduction.model.healthcheck;

import java.util.Objects;

/**
 * A fact the health check looked at, such as "members with lived experience: 3 (P-01, P-02,
 * P-05)". Evidence names members only by their pseudonymous ids, and community information only
 * in aggregate.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param subject what was looked at
 * @param observation what was seen
 * @since 0.1.0
 */
public record Evidence(String subject, String observation) {

    /**
     * Rejects nulls.
     *
     * @param subject what was looked at
     * @param observation what was seen
     */
    public Evidence {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(observation, "observation");
    }

    /**
     * {@return evidence that {@code subject} was {@code observation}}
     *
     * @param subject what was looked at
     * @param observation what was seen
     */
    public static Evidence of(String subject, Object observation) {
        return new Evidence(subject, String.valueOf(observation));
    }

    /** Reads like "subject: observation". */
    @Override
    public String toString() {
        return subject + ": " + observation;
    }
}
