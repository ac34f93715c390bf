package uk.nhs.coproduction.app.web.projects;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.app.web.site.FormErrors;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The model of the list of projects ({@code projects/list.jte}), with the form to start one.
 *
 * @param page the layout's page
 * @param projects the projects, by id
 * @param dataFolder where they are kept
 * @param demonstrationLoaded whether the Humber demonstration project is among them
 * @param errors what was wrong with the "start a project" form, if it was just sent
 * @param start the "start a project" form's values: empty, or as sent when they were refused
 * @param notice what was just done, or null
 * @param damaged the projects whose logs cannot be read, each with what to do
 * @param recoveries what the store repaired in projects' logs (torn last lines moved aside)
 */
public record ProjectList(Page page, List<Row> projects, String dataFolder, boolean demonstrationLoaded,
        FormErrors errors, StartForm start, @Nullable String notice, List<Damaged> damaged, List<String> recoveries) {

    /** Copies the lists. */
    public ProjectList {
        projects = List.copyOf(projects);
        damaged = List.copyOf(damaged);
        recoveries = List.copyOf(recoveries);
    }

    /**
     * A project whose log cannot be read: listed, with what is wrong and what to do.
     *
     * @param id its id
     * @param problem what the store said (which file and line), never the log's content
     * @param whatToDo what to do about it
     */
    public record Damaged(String id, String problem, String whatToDo) {
    }

    /**
     * One project in the list.
     *
     * @param id its id
     * @param href its page
     * @param title its title
     * @param organisation its organisation
     * @param phase the name of its phase
     * @param status "Active", "Paused" or "Closed"
     * @param progress its progress score with its meaning, or "Not set yet"
     */
    public record Row(String id, String href, String title, String organisation, String phase, String status,
            String progress) {
    }

    /**
     * The "start a project" form's values.
     *
     * @param id the project id entered
     * @param title the title entered
     * @param organisation the organisation entered
     * @param areaOfFocus the area of focus entered
     * @param startedOn the start date entered, or ""
     * @param askToConfirm whether the form shows the checkbox confirming that text which looks
     *     like contact details or an NHS number may be kept
     * @param confirmed whether that checkbox is ticked
     */
    public record StartForm(String id, String title, String organisation, String areaOfFocus, String startedOn,
            boolean askToConfirm, boolean confirmed) {

        /** An empty form. */
        public static final StartForm EMPTY = new StartForm("", "", "", "", "", false, false);

        /** The same values, with the checkbox shown and not ticked. */
        StartForm asking() {
            return new StartForm(id, title, organisation, areaOfFocus, startedOn, true, false);
        }

        /** The name of the checkbox. */
        public String confirmName() {
            return Checked.CONFIRM_FIELD;
        }

        /** What the checkbox says. */
        public String confirmLabel() {
            return Checked.CONFIRM_LABEL;
        }
    }
}
