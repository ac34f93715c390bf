package uk.nhs.coproduction.app.alwaysevents;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.project.ErasedField;
import uk.nhs.coproduction.alwaysevents.project.ErasureReason;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.WordsErasedEvent;
import uk.nhs.coproduction.alwaysevents.store.Erased;
import uk.nhs.coproduction.alwaysevents.store.Erasure;
import uk.nhs.coproduction.alwaysevents.store.ErasureResult;
import uk.nhs.coproduction.model.partner.PartnerId;

/**
 * {@code always-events erase}: the right to erasure on the command line. It replaces free text in
 * the project's stored events with the marker, in place, and records a {@code WordsErasedEvent}
 * naming the fields; it never prints the words.
 */
@Command(name = "erase", mixinStandardHelpOptions = true,
        description = {"Erases words from a project's history, for the right to erasure (UK GDPR): each chosen free-text "
                + "field of the stored events is replaced by \"" + WordsErasedEvent.MARKER + "\" where it is kept (the "
                + "project's log file), the snapshot and torn writes moved aside are removed, and a WordsErased event "
                + "naming the fields (never the words), the reason and who asked (--as) is recorded.",
            "Choose the events by their version with --event (see always-events history PROJECT), optionally only some of their "
                + "--field(s), or every word of a partner by --partner: what they recorded, the \"you said, we did\" "
                + "entries that name them, the evidence of what matters they voiced and their sign-off comments.",
            "Ids, dates, numbers and phases stay: the project still replays. Erasing what is already erased changes "
                + "nothing."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:erased (or nothing left to erase)", "1:refused: no such project, version or field, with every "
                + "reason", "2:bad input: the message names the option", "3:the data directory could not be used"},
        footer = {"", "Example: always-events erase ward-7 --event 12 --field youSaid --reason person-asked --as dpo-1",
            "", AlwaysEvents.TRADEMARK_NOTICE})
final class EraseCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    Workspace workspace = new Workspace();

    @Parameters(index = "0", paramLabel = "PROJECT", converter = Converters.Project.class, description = "The project's id.")
    @Nullable ProjectId project;

    @Option(names = "--event", paramLabel = "N", description = "An event to erase from, by its version (repeatable).")
    List<Long> versions = new ArrayList<>();

    @Option(names = "--field", paramLabel = "FIELD", description = "Only this free-text field of each --event, such as "
            + "youSaid, weDid, evidence.summary or plan.objective (repeatable). Default: every free-text field of the event.")
    List<String> fields = new ArrayList<>();

    @Option(names = "--partner", paramLabel = "PARTNER", converter = PartnerConverter.class,
            description = "Erase every word of this partner, by pseudonymous id (repeatable).")
    List<PartnerId> partners = new ArrayList<>();

    @Option(names = "--reason", paramLabel = "REASON", required = true, converter = ReasonConverter.class,
            description = "Why: one of person-asked, recorded-by-mistake, legal-obligation.")
    @Nullable ErasureReason reason;

    @Override
    public Integer call() {
        CommandSpec command = Objects.requireNonNull(spec);
        ProjectId id = Objects.requireNonNull(project);
        PrintWriter err = command.commandLine().getErr();
        String problem = problem();
        if (problem != null) {
            err.println("always-events erase: " + problem);
            return ProjectAction.BAD_INPUT;
        }
        List<Erasure.Target> targets = new ArrayList<>();
        for (long version : new LinkedHashSet<>(versions)) {
            targets.add(new Erasure.Fields(version, new LinkedHashSet<>(fields)));
        }
        partners.forEach(partner -> targets.add(new Erasure.WordsOf(partner)));
        return workspace.run(command, id, (store, projects) -> {
            PrintWriter out = command.commandLine().getOut();
            ErasureResult result = projects.erase(id, workspace.actor, Objects.requireNonNull(reason), targets);
            if (result instanceof ErasureResult.Refused refused) {
                out.println("Refused: nothing was erased.");
                Printing.reasons(out, refused.reasons(), "  ");
                return ProjectAction.REFUSED;
            }
            Erased erased = result.orElseThrow();
            if (erased.nothingToErase()) {
                out.println("Nothing left to erase in " + id + ": nothing was changed.");
            } else {
                out.println("Erased " + erased.fields().size() + " field" + (erased.fields().size() == 1 ? "" : "s") + " from "
                        + id + ": " + describe(erased.fields()) + ". Recorded as version " + erased.version() + ".");
            }
            return 0;
        });
    }

    /** What is wrong with the options, naming the option, or null. */
    private @Nullable String problem() {
        if (versions.isEmpty() && partners.isEmpty()) {
            return "give --event or --partner: what to erase";
        }
        if (!fields.isEmpty() && versions.isEmpty()) {
            return "--field: give the --event (version) of the event it is in";
        }
        for (long version : versions) {
            if (version < 1) {
                return "--event: an event's version starts at 1";
            }
        }
        for (String field : fields) {
            try {
                ErasedField.of(1, field);
            } catch (IllegalArgumentException e) {
                return "--field: " + e.getMessage();
            }
        }
        return null;
    }

    static String describe(List<ErasedField> fields) {
        return fields.stream().map(f -> "v" + f.version() + " " + f.field()).collect(Collectors.joining(", "));
    }

    /** A reason by its command-line name. */
    static final class ReasonConverter implements ITypeConverter<ErasureReason> {
        @Override
        public ErasureReason convert(String value) {
            ErasureReason reason = ErasureReason.fromWireName(value);
            if (reason == null) {
                throw new TypeConversionException("choose one of: person-asked, recorded-by-mistake, legal-obligation");
            }
            return reason;
        }
    }

    /** A partner id, refused without repeating it when it is not pseudonymous. */
    static final class PartnerConverter implements ITypeConverter<PartnerId> {
        @Override
        public PartnerId convert(String value) {
            String problem = PartnerId.problemWith(value);
            if (problem != null) {
                throw new TypeConversionException(problem);
            }
            return PartnerId.of(value);
        }
    }
}
