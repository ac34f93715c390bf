package uk.nhs.coproduction.alwaysevents.project;

/**
 * Why words were erased from a project's history ({@link WordsErasedEvent}): a closed list, so
 * the audit trail never holds free text about the person.
 *
 * @since 0.1.0
 */
public enum ErasureReason {
    /** The person asked for their personal data to be erased (UK GDPR Article 17). */
    PERSON_ASKED,
    /** Personal data (a name, a phone number, an address, a health condition) was typed in by mistake. */
    RECORDED_BY_MISTAKE,
    /** The law, a court or the Information Commissioner's Office requires it. */
    LEGAL_OBLIGATION;

    /** {@return the name used in JSON and on the command line, such as {@code person-asked}} */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * {@return the reason with this wire name, or null if there is none}
     *
     * @param wireName such as {@code recorded-by-mistake}
     */
    public static @org.jspecify.annotations.Nullable ErasureReason fromWireName(String wireName) {
        for (ErasureReason reason : values()) {
            if (reason.wireName().equals(wireName)) {
                return reason;
            }
        }
        return null;
    }
}
