package uk.nhs.coproduction.model.partnership;

/**
 * Where a record of what matters to people came from: the one vocabulary for this across the
 * library, used by partnerships and by Always Events projects alike.
 *
 * <p>Every source except {@link #PARTNERS} and {@link #STAFF_VIEW} is, in itself, the voice of
 * people who use services. What partners said is their voice only when a partner with lived
 * experience said it, so that depends on who is named in the record.
 *
 * <p>The names are written to partnership and event JSON: sources may be added, never renamed.
 *
 * @since 0.1.0
 */
public enum WhatMattersSource {
    /**
     * Said by members of the partnership (in an Always Events project, its co-design team), who
     * are named by id in the record.
     */
    PARTNERS(false, "said by partners"),
    /** A survey of patients, service users or carers. */
    PATIENT_SURVEY(true, "a patient or carer survey"),
    /** Comments people gave with their answer to the Friends and Family Test. */
    FRIENDS_AND_FAMILY_TEST(true, "Friends and Family Test comments"),
    /** Complaints, compliments and concerns people raised. */
    COMPLAINTS_AND_COMPLIMENTS(true, "complaints and compliments"),
    /** "What matters to you?" conversations with people who use the service. */
    CONVERSATIONS(true, "conversations with people who use the service"),
    /** A listening event or workshop with people who use the service. */
    LISTENING_EVENT(true, "a listening event or workshop"),
    /** Staff's own view of what matters to people: never the voice of people who use services. */
    STAFF_VIEW(false, "staff's view");

    private final boolean voiceOfPeopleWhoUseServices;
    private final String label;

    WhatMattersSource(boolean voiceOfPeopleWhoUseServices, String label) {
        this.voiceOfPeopleWhoUseServices = voiceOfPeopleWhoUseServices;
        this.label = label;
    }

    /**
     * {@return whether this source is, in itself, the voice of people who use services. False for
     * {@link #PARTNERS}: what partners said is their voice only when a partner with lived
     * experience said it, which the record's {@code voicedBy} tells}
     */
    public boolean isVoiceOfPeopleWhoUseServices() {
        return voiceOfPeopleWhoUseServices;
    }

    /**
     * {@return a short label for people to read, in lower case except for names such as "Friends
     * and Family Test"}
     */
    public String label() {
        return label;
    }
}
