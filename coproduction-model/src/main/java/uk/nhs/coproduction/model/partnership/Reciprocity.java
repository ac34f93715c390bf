package uk.nhs.coproduction.model.partnership;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import uk.nhs.coproduction.model.internal.Copies;

/**
 * What a member gives to a partnership and what they receive in return: expenses, training,
 * recognition, and an involvement payment that may be offered at a dated rate and may be
 * declined.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param gives what the member contributes, in declared order
 * @param receives what the member receives besides any payment, in declared order
 * @param payment whether an involvement payment is offered, accepted or declined
 */
public record Reciprocity(Set<Contribution> gives, Set<Support> receives, @Valid InvolvementPayment payment) {

    /** Copies the sets; rejects nulls. */
    public Reciprocity {
        gives = Copies.enumSet(Contribution.class, gives, "gives");
        receives = Copies.enumSet(Support.class, receives, "receives");
        Objects.requireNonNull(payment, "payment");
    }

    /** Nothing recorded: no contributions, nothing received, no payment offered. */
    public static Reciprocity none() {
        return new Reciprocity(Set.of(), Set.of(), InvolvementPayment.notOffered());
    }

    /** A member who gives these and receives these, with no payment offered. */
    public static Reciprocity of(Set<Contribution> gives, Set<Support> receives) {
        return new Reciprocity(gives, receives, InvolvementPayment.notOffered());
    }

    /** A copy that also records {@code contribution}. */
    public Reciprocity withContribution(Contribution contribution) {
        EnumSet<Contribution> more = EnumSet.noneOf(Contribution.class);
        more.addAll(gives);
        more.add(contribution);
        return new Reciprocity(more, receives, payment);
    }

    /** A copy that also records that the member receives {@code support}. */
    public Reciprocity withSupport(Support support) {
        EnumSet<Support> more = EnumSet.noneOf(Support.class);
        more.addAll(receives);
        more.add(support);
        return new Reciprocity(gives, more, payment);
    }

    /** A copy with this payment arrangement. */
    public Reciprocity withPayment(InvolvementPayment payment) {
        return new Reciprocity(gives, receives, payment);
    }

    /** Whether the member receives {@code support}. */
    public boolean receives(Support support) {
        return receives.contains(support);
    }
}
