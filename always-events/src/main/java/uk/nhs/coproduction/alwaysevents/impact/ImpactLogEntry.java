package uk.nhs.coproduction.alwaysevents.impact;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * One "you said, we did" entry: what partners said, what changed as a result, and the partners
 * who have signed the result off.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the entry's number in the log, from 1
 * @param youSaid what partners said, never blank
 * @param weDid what changed, never blank
 * @param saidBy the co-design team members who said it (may be empty when it came from wider
 *     feedback)
 * @param recordedOn when the entry was recorded
 * @param signOffs the partners who signed it off, in order
 * @since 0.1.0
 */
public record ImpactLogEntry(int number, String youSaid, String weDid, Set<PartnerId> saidBy, LocalDate recordedOn,
        List<SignOff> signOffs) {

    /**
     * Checks and copies the components.
     *
     * @param number the entry's number in the log, from 1
     * @param youSaid what partners said, never blank
     * @param weDid what changed, never blank
     * @param saidBy the co-design team members who said it (may be empty when it came from wider
     *     feedback)
     * @param recordedOn when the entry was recorded
     * @param signOffs the partners who signed it off, in order
     */
    public ImpactLogEntry {
        Objects.requireNonNull(youSaid, "youSaid");
        Objects.requireNonNull(weDid, "weDid");
        Objects.requireNonNull(recordedOn, "recordedOn");
        if (number < 1) {
            throw new IllegalArgumentException("an impact log entry's number starts at 1: " + number);
        }
        if (youSaid.isBlank() || weDid.isBlank()) {
            throw new IllegalArgumentException("an impact log entry says what was said and what was done");
        }
        saidBy = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(saidBy, "saidBy")));
        signOffs = List.copyOf(signOffs);
    }

    /**
     * {@return this entry signed off by one more partner}
     *
     * @param signOff who signed it off, and when
     */
    public ImpactLogEntry withSignOff(SignOff signOff) {
        List<SignOff> more = new java.util.ArrayList<>(signOffs);
        more.add(signOff);
        return new ImpactLogEntry(number, youSaid, weDid, saidBy, recordedOn, more);
    }

    /**
     * {@return whether {@code partner} has signed it off}
     *
     * @param partner the partner's pseudonymous id
     */
    public boolean isSignedOffBy(PartnerId partner) {
        return signOffs.stream().anyMatch(s -> s.partner().equals(partner));
    }

    /** {@return whether at least one partner has signed it off} */
    public boolean isSignedOff() {
        return !signOffs.isEmpty();
    }

    /** Shows the number, who said it and the sign-offs; the text is left out. */
    @Override
    public String toString() {
        return "ImpactLogEntry[" + number + ", saidBy=" + saidBy + ", recordedOn=" + recordedOn + ", signOffs="
                + signOffs + "]";
    }
}
