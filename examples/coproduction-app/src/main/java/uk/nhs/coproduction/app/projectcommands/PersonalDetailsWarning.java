package uk.nhs.coproduction.app.projectcommands;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.nhs.coproduction.model.personaldetails.DetailKind;

/**
 * A free-text field whose text looks like it holds contact details or an NHS number (the model's
 * {@link uk.nhs.coproduction.model.personaldetails.PersonalDetailsCheck}), so the person is asked
 * to confirm before it is stored. It names the field and the kinds found, never the text. The web
 * form, the JSON API and the command line each add how to confirm in their own way (a checkbox,
 * {@code "confirmPersonalDetails": true}, {@code --confirm-personal-details}).
 *
 * @param field the field's name, the command's component
 * @param label what the form calls it
 * @param kinds what it looks like it holds, in the order of {@link DetailKind}; never empty
 */
public record PersonalDetailsWarning(String field, String label, Set<DetailKind> kinds) {

    /** The problem code the JSON API answers with. */
    public static final String CODE = "personal-details-suspected";

    /** Rejects nulls and no kinds; keeps the kinds in their order. */
    public PersonalDetailsWarning {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a warning needs at least one kind");
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /** What it looks like it holds, in words: "an email address and a telephone number". */
    public String kindsInWords() {
        List<String> words = new ArrayList<>();
        kinds.forEach(k -> words.add(k.words()));
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** The warning without the label, starting in lower case: "this looks like it may hold …". */
    public String problem() {
        return "this looks like it may hold " + kindsInWords();
    }
}
