package uk.nhs.coproduction.model.partnership;

/** Where a record of what matters to people came from. */
public enum WhatMattersSource {
    /** Said by members of the partnership, who are named (by id) in the record. */
    PARTNERS(true, "said by partners"),
    /** A survey of patients, service users or carers. */
    PATIENT_SURVEY(true, "a patient or carer survey"),
    /** Complaints, compliments and other feedback people gave. */
    COMPLAINTS_AND_COMPLIMENTS(true, "complaints and compliments"),
    /** A listening event, conversation or workshop with people who use the service. */
    LISTENING_EVENT(true, "a listening event"),
    /** Staff's own view of what matters to people. */
    STAFF_VIEW(false, "staff's view");

    private final boolean voiceOfLivedExperience;
    private final String label;

    WhatMattersSource(boolean voiceOfLivedExperience, String label) {
        this.voiceOfLivedExperience = voiceOfLivedExperience;
        this.label = label;
    }

    /**
     * Whether this source is, in itself, the voice of people who use services. For
     * {@link #PARTNERS} it is only when a partner with lived experience said it.
     */
    public boolean isVoiceOfPeopleWhoUseServices() {
        return voiceOfLivedExperience && this != PARTNERS;
    }

    /** A short lower-case label for people to read. */
    public String label() {
        return label;
    }
}
