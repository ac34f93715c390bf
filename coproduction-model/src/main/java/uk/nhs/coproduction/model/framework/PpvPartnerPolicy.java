package uk.nhs.coproduction.model.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.coproduction.model.internal.Copies;
import uk.nhs.coproduction.model.partnership.InvolvementLevel;
import uk.nhs.coproduction.model.partnership.PaymentRate;
import uk.nhs.coproduction.model.partnership.RateUnit;

/**
 * NHS England's patient and public voice (PPV) partner policy on reimbursing expenses and paying
 * involvement payments, as one edition words it: the four involvement levels, what each entitles
 * a partner to, and the dated payment rates.
 *
 * <p>Rates change, so they are dated data: {@link #rateOn} finds the rate in force on a day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param edition which edition this is
 * @param levels the four involvement levels
 * @param rates the dated payment rates; may be empty
 * @since 0.1.0
 */
@CompleteFramework
public record PpvPartnerPolicy(
        @Valid FrameworkEdition edition,
        @Size(max = 10) List<@Valid LevelDefinition> levels,
        @Size(max = 200) List<@Valid PolicyRate> rates) implements Framework {

    /**
     * Copies the lists; rejects nulls.
     *
     * @param edition which edition this is
     * @param levels the four involvement levels
     * @param rates the dated payment rates; may be empty
     */
    public PpvPartnerPolicy {
        Objects.requireNonNull(edition, "edition");
        levels = Copies.list(levels, "levels");
        rates = Copies.list(rates, "rates");
    }

    /**
     * {@return the definition of {@code level} in this edition}
     *
     * @param level the involvement level
     */
    public Optional<LevelDefinition> level(InvolvementLevel level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    /**
     * {@return whether a partner at {@code level} should be offered an involvement payment under
     * this policy; false if this edition does not define the level}
     *
     * @param level the partner's involvement level
     */
    public boolean entitlesToInvolvementPayment(InvolvementLevel level) {
        return level(level).map(l -> l.entitlement().includesInvolvementPayment()).orElse(false);
    }

    /**
     * {@return the rate per {@code unit} in force on {@code day}: the latest that applies from then
     * or before}
     *
     * @param day the day the rate is wanted for
     * @param unit what the rate is paid for
     */
    public Optional<PaymentRate> rateOn(LocalDate day, RateUnit unit) {
        return rates.stream()
                .map(PolicyRate::rate)
                .filter(r -> r.per() == unit && !r.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(PaymentRate::effectiveFrom));
    }
}
