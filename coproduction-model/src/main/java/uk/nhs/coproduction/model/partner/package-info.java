/**
 * People who take part in co-production: a {@link uk.nhs.coproduction.model.partner.Partner} is
 * identified by a pseudonymous {@link uk.nhs.coproduction.model.partner.PartnerId}, holds one or
 * more {@link uk.nhs.coproduction.model.partner.Role}s, and may share optional personal details
 * and, only with consent, self-described community information.
 *
 * <p>Personal data is never part of a {@code toString} or an exception message. Community
 * information is reported only in aggregate, through
 * {@link uk.nhs.coproduction.model.partner.CommunityProfile}.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.model.partner;

import org.jspecify.annotations.NullMarked;
