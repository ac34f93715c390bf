package uk.nhs.coproduction.examples.alwaysevents;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.coproduction.alwaysevents.command.AppointExecutiveSponsorCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.JoinOversightGroupCommand;
import uk.nhs.coproduction.alwaysevents.command.LeaveCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.command.StartProjectCommand;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/** Commands of set-up and understanding what matters: start, sponsor, join, leave, what-matters. */
final class SetUpCommands {

    private SetUpCommands() {
    }

    @Command(name = "start", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Starts an Always Events project in set-up and oversight.")
    static final class Start extends ProjectAction {
        @Option(names = "--organisation", required = true, paramLabel = "NAME", description = "The organisation.")
        String organisation = "";

        @Option(names = "--title", required = true, paramLabel = "TEXT", description = "A short title.")
        String title = "";

        @Option(names = "--focus", required = true, paramLabel = "TEXT", description = "The population and care setting.")
        String focus = "";

        @Override
        ProjectCommand command(LocalDate date) {
            return new StartProjectCommand(organisation, title, focus, date);
        }

        @Override
        Map<String, String> options() {
            return Map.of("areaOfFocus", "--focus", "startedOn", "--on");
        }
    }

    @Command(name = "sponsor", mixinStandardHelpOptions = true,
            description = "Appoints the board-level executive sponsor who champions the project.")
    static final class Sponsor extends ProjectAction {
        @Option(names = "--partner", required = true, paramLabel = "ID", converter = Converters.Partner.class,
                description = "The sponsor's pseudonymous id.")
        @Nullable PartnerId partner;

        @Override
        ProjectCommand command(LocalDate date) {
            return new AppointExecutiveSponsorCommand(partner, date);
        }
    }

    @Command(name = "join", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Adds a partner to the co-design team (or, with --oversight, the oversight group).")
    static final class Join extends ProjectAction {
        @Option(names = "--partner", required = true, paramLabel = "ID", converter = Converters.Partner.class,
                description = "Their pseudonymous id, never a name.")
        @Nullable PartnerId partner;

        @Option(names = "--role", required = true, paramLabel = "ROLE[,ROLE]", converter = Converters.Roles.class,
                description = "patient, service-user, unpaid-carer, family-member, paid-lived-experience-role, "
                        + "front-line-staff, improvement-staff, experience-of-care-staff, executive-sponsor, "
                        + "voluntary-sector-partner.")
        Set<Role> roles = Set.of();

        @Option(names = "--oversight", description = "Join the oversight group instead of the co-design team.")
        boolean oversight;

        @Override
        ProjectCommand command(LocalDate date) {
            return oversight ? new JoinOversightGroupCommand(partner, roles, date) : new JoinCoDesignTeamCommand(partner, roles, date);
        }
    }

    @Command(name = "leave", mixinStandardHelpOptions = true, description = "Records that a partner left the co-design team.")
    static final class Leave extends ProjectAction {
        @Option(names = "--partner", required = true, paramLabel = "ID", converter = Converters.Partner.class,
                description = "Their pseudonymous id.")
        @Nullable PartnerId partner;

        @Override
        ProjectCommand command(LocalDate date) {
            return new LeaveCoDesignTeamCommand(partner, date);
        }
    }

    @Command(name = "what-matters", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Records evidence of what matters to people who use the service.")
    static final class WhatMatters extends ProjectAction {
        @Option(names = "--source", required = true, paramLabel = "SOURCE", converter = Converters.Source.class,
                description = "Where it came from: partners, patient-survey, friends-and-family-test, "
                        + "complaints-and-compliments, conversations, listening-event, staff-view. Use partners for what "
                        + "co-design team members said (name them with --voiced-by); listening-event covers workshops too.")
        @Nullable WhatMattersSource source;

        @Option(names = "--summary", required = true, paramLabel = "TEXT",
                description = "What matters, in people's own words where possible.")
        String summary = "";

        @Option(names = "--people", paramLabel = "N", defaultValue = "0", description = "How many people it comes from.")
        int people;

        @Option(names = "--voiced-by", paramLabel = "ID", split = ",", converter = Converters.Partner.class,
                description = "Co-design team members who said it (for --source partners).")
        List<PartnerId> voicedBy = List.of();

        @Override
        ProjectCommand command(LocalDate date) {
            return new RecordWhatMattersCommand(source, summary, people, new LinkedHashSet<>(voicedBy), date);
        }

        @Override
        Map<String, String> options() {
            return Map.of("peopleHeard", "--people", "gatheredOn", "--on");
        }
    }
}
