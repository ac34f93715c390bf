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
 * @since 0.1.0
 */
public record Reciprocity(Set<Contribution> gives, Set<Support> receives, @Valid InvolvementPayment payment) {

    /**
     * Copies the sets; rejects nulls.
     *
     * @param gives what the member contributes, in declared order
     * @param receives what the member receives besides any payment, in declared order
     * @param payment whether an involvement payment is offered, accepted or declined
     */
    public Reciprocity {
        gives = Copies.enumSet(Contribution.class, gives, "gives");
        receives = Copies.enumSet(Support.class, receives, "receives");
        Objects.requireNonNull(payment, "payment");
    }

    /** {@return nothing recorded: no contributions, nothing received, no payment offered} */
    public static Reciprocity none() {
        return new Reciprocity(Set.of(), Set.of(), InvolvementPayment.notOffered());
    }

    /**
     * {@return a member who gives these and receives these, with no payment offered}
     *
     * @param gives what the member contributes, in declared order
     * @param receives what the member receives besides any payment, in declared order
     */
    public static Reciprocity of(Set<Contribution> gives, Set<Support> receives) {
        return new Reciprocity(gives, receives, InvolvementPayment.notOffered());
    }

    /**
     * {@return a copy that also records {@code contribution}}
     *
     * @param contribution what the member brings
     */
    public Reciprocity withContribution(Contribution contribution) {
        EnumSet<Contribution> more = EnumSet.noneOf(Contribution.class);
        more.addAll(gives);
        more.add(contribution);
        return new Reciprocity(more, receives, payment);
    }

    /**
     * {@return a copy that also records that the member receives {@code support}}
     *
     * @param support the support the member receives
     */
    public Reciprocity withSupport(Support support) {
        EnumSet<Support> more = EnumSet.noneOf(Support.class);
        more.addAll(receives);
        more.add(support);
        return new Reciprocity(gives, more, payment);
    }

    /**
     * {@return a copy with this payment arrangement}
     *
     * @param payment whether an involvement payment is offered, accepted or declined
     */
    public Reciprocity withPayment(InvolvementPayment payment) {
        return new Reciprocity(gives, receives, payment);
    }

    /**
     * {@return whether the member receives {@code support}}
     *
     * @param support the support to look for
     */
    public boolean receives(Support support) {
        return receives.contains(support);
    }
}
