package uk.nhs.coproduction.alwaysevents.store;

import java.util.List;
import java.util.Objects;
import uk.nhs.coproduction.alwaysevents.project.ErasedField;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;

/**
 * What an accepted erasure did: the fields that now hold the marker, and the project's version
 * afterwards. When {@code fields} is empty there was nothing left to erase (the words were already
 * erased, or the partner's words appear nowhere), so nothing was changed and no
 * {@code WordsErasedEvent} was appended.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param project the project
 * @param version the project's version afterwards: the {@code WordsErasedEvent}'s when fields were
 *     erased
 * @param fields the fields erased by this request, sorted; possibly empty
 * @since 0.1.0
 */
public record Erased(ProjectId project, long version, List<ErasedField> fields) {

    /**
     * Checks the components and copies the list.
     *
     * @param project the project
     * @param version the project's version afterwards
     * @param fields the fields erased by this request
     */
    public Erased {
        Objects.requireNonNull(project, "project");
        fields = Objects.requireNonNull(fields, "fields").stream().sorted().toList();
    }

    /** {@return whether nothing needed erasing, so nothing was changed} */
    public boolean nothingToErase() {
        return fields.isEmpty();
    }
}
