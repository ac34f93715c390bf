package uk.nhs.coproduction.alwaysevents.project;

import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * Where evidence of what matters to people came from. Each source maps to the co-production
 * model's {@link WhatMattersSource}, which says whether it is the voice of people who use
 * services.
 */
public enum EvidenceSource {
    /** A patient, service user or carer survey. */
    SURVEY(WhatMattersSource.PATIENT_SURVEY),
    /** Friends and Family Test comments. */
    FRIENDS_AND_FAMILY_TEST(WhatMattersSource.PATIENT_SURVEY),
    /** Complaints, compliments and concerns people raised. */
    COMPLAINTS(WhatMattersSource.COMPLAINTS_AND_COMPLIMENTS),
    /** Conversations with people who use the service ("what matters to you?"). */
    CONVERSATIONS(WhatMattersSource.LISTENING_EVENT),
    /** Workshops or listening events with people who use the service. */
    WORKSHOP(WhatMattersSource.LISTENING_EVENT),
    /** Said by members of the co-design team, who are named by id. */
    CO_DESIGN_TEAM(WhatMattersSource.PARTNERS),
    /** Staff's own view of what matters to people. */
    STAFF_VIEW(WhatMattersSource.STAFF_VIEW);

    private final WhatMattersSource modelSource;

    EvidenceSource(WhatMattersSource modelSource) {
        this.modelSource = modelSource;
    }

    /** The co-production model's source this corresponds to. */
    public WhatMattersSource whatMattersSource() {
        return modelSource;
    }
}
