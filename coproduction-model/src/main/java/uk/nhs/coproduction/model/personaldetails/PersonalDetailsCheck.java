package uk.nhs.coproduction.model.personaldetails;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether free text looks like it holds contact details or an NHS number: {@link Clear}, or
 * {@link Suspected} with each stretch found. Made before the text is stored, so a person can be
 * asked whether it is right to keep it.
 *
 * <pre>{@code
 * PersonalDetailsCheck check = PersonalDetailsCheck.of("Ring her on 07700 900123");
 * if (check instanceof PersonalDetailsCheck.Suspected suspected) {
 *     suspected.kinds(); // [TELEPHONE_NUMBER]
 * }
 * }</pre>
 *
 * <p>What is looked for: an email address; a UK telephone number (11 digits starting {@code 0},
 * or {@code +44} or {@code 0044} and 10 digits, with spaces, hyphens or brackets between the
 * digits); a UK postcode; a house number followed by one to three capitalised words and a street
 * word ("12 High Street", "3a Orchard Close"); and an NHS number (10 digits, together or spaced
 * 3-3-4, whose Modulus 11 check digit is right: ten digits that fail the check are not taken for
 * one). Dates such as 2026-12-03, figures such as 92.5% and version numbers such as 1.9.3 are
 * none of these. It is a heuristic: details written another way are missed, and text that only
 * looks like a detail is flagged, so the answer is a question for a person, not a refusal.
 *
 * <p>Results hold kinds and positions only, never the text, so they are safe to log. Instances are
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface PersonalDetailsCheck permits PersonalDetailsCheck.Clear, PersonalDetailsCheck.Suspected {

    /**
     * {@return what {@code text} looks like it holds}
     *
     * @param text free text, such as what partners said; may be empty
     */
    static PersonalDetailsCheck of(CharSequence text) {
        List<Suspicion> found = Detector.find(Objects.requireNonNull(text, "text"));
        return found.isEmpty() ? Clear.INSTANCE : new Suspected(found);
    }

    /**
     * {@return whether {@code digits} is ten digits whose last is the NHS number's Modulus 11 check
     * digit of the first nine} The first nine are weighted 10 down to 2; the check digit is 11 less
     * the remainder of their sum divided by 11, 0 in place of 11, and no number has 10.
     *
     * @param digits the text to check, such as {@code 9434765919}; anything but ten ASCII digits is false
     */
    static boolean isNhsNumber(CharSequence digits) {
        return Detector.isNhsNumber(digits);
    }

    /** {@return whether nothing was found} */
    default boolean isClear() {
        return this instanceof Clear;
    }

    /** {@return every stretch found, in order of position; empty when clear} */
    List<Suspicion> suspicions();

    /** {@return the kinds found, in the order of {@link DetailKind}; empty when clear} */
    default Set<DetailKind> kinds() {
        EnumSet<DetailKind> kinds = EnumSet.noneOf(DetailKind.class);
        suspicions().forEach(s -> kinds.add(s.kind()));
        return kinds.isEmpty() ? Set.of() : Set.copyOf(kinds);
    }

    /**
     * Nothing in the text looks like contact details or an NHS number.
     *
     * @since 0.1.0
     */
    record Clear() implements PersonalDetailsCheck {

        private static final Clear INSTANCE = new Clear();

        @Override
        public List<Suspicion> suspicions() {
            return List.of();
        }
    }

    /**
     * Something in the text looks like contact details or an NHS number.
     *
     * @param suspicions each stretch found, in order of position; never empty
     * @since 0.1.0
     */
    record Suspected(List<Suspicion> suspicions) implements PersonalDetailsCheck {

        /**
         * Copies the list; rejects an empty one.
         *
         * @param suspicions each stretch found, in order of position; never empty
         */
        public Suspected {
            suspicions = List.copyOf(suspicions);
            if (suspicions.isEmpty()) {
                throw new IllegalArgumentException("a suspected result needs at least one suspicion");
            }
        }
    }
}
