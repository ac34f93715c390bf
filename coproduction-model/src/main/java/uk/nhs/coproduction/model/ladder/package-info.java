/**
 * The ladder of participation: seven rungs from coercion to co-producing, grouped as doing
 * to, doing for and doing with people.
 *
 * <p>The enums name the rungs and their order; the words that describe them are versioned data,
 * loaded as a {@link uk.nhs.coproduction.model.framework.LadderOfParticipation}.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.model.ladder;

import org.jspecify.annotations.NullMarked;
