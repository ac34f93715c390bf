/**
 * A check, made before free text is stored, for text that looks like it holds someone's contact
 * details or NHS number: an email address, a UK telephone number, a UK postcode, a street address
 * (such as "12 High Street") or an NHS number whose Modulus 11 check digit is right.
 *
 * <p>{@link uk.nhs.coproduction.model.personaldetails.PersonalDetailsCheck#of(CharSequence)}
 * answers {@code Clear} or {@code Suspected}, with the kind and the character positions of each
 * thing found, and never the text itself, so a result can be logged or shown without repeating
 * what was typed. It is a heuristic: it can miss details written in other ways, and it may flag
 * text that is not personal, so an application asks a person to confirm rather than refusing
 * outright. It depends on no other package of the module.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.model.personaldetails;

import org.jspecify.annotations.NullMarked;
