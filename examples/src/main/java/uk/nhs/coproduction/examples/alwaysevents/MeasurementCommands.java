package uk.nhs.coproduction.examples.alwaysevents;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.coproduction.alwaysevents.command.AddSpreadSiteCommand;
import uk.nhs.coproduction.alwaysevents.command.CorrectMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordSiteMeasurementCommand;
import uk.nhs.coproduction.alwaysevents.project.SiteKind;

/** Measuring reliability: at the home unit and at the units and organisations it spread to. */
final class MeasurementCommands {

    private MeasurementCommands() {
    }

    @Command(name = "record-measurement", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Records one period's measurement: for how many eligible people (or occasions) the Always "
                    + "Event happened, out of how many.", "With --site, at a spread or scale-up site; with --correction, "
                    + "corrects a period recorded earlier."})
    static final class Record extends ProjectAction {
        @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "The period, such as 2017-06.")
        String period = "";

        @Option(names = "--numerator", required = true, paramLabel = "N", description = "For how many it happened.")
        int numerator;

        @Option(names = "--denominator", required = true, paramLabel = "N", description = "How many were eligible.")
        int denominator;

        @Option(names = "--site", paramLabel = "ID", description = "A spread or scale-up site (see the site command).")
        @Nullable String site;

        @Option(names = "--correction", paramLabel = "REASON", description = "Corrects the period, saying why.")
        @Nullable String correction;

        @Override
        ProjectCommand command(LocalDate date) {
            if (site != null) {
                return new RecordSiteMeasurementCommand(site, period, numerator, denominator);
            }
            return correction != null ? new CorrectMeasurementCommand(period, numerator, denominator, correction)
                    : new RecordMeasurementCommand(period, numerator, denominator);
        }

        @Override
        Map<String, String> options() {
            return Map.of("numeratorWithinDenominator", "--numerator", "siteId", "--site", "reason", "--correction");
        }
    }

    @Command(name = "site", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Adds a unit (scale-up) or an organisation (spread) that has taken the Always Event up.")
    static final class Site extends ProjectAction {
        @Option(names = "--site", required = true, paramLabel = "ID", description = "A short id, such as ward-12.")
        String site = "";

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Its name.")
        String name = "";

        @Option(names = "--kind", required = true, paramLabel = "KIND", converter = Converters.Kind.class,
                description = "unit (scale-up) or organisation (spread).")
        @Nullable SiteKind kind;

        @Override
        ProjectCommand command(LocalDate date) {
            return new AddSpreadSiteCommand(site, name, kind, date);
        }

        @Override
        Map<String, String> options() {
            return Map.of("siteId", "--site", "joinedOn", "--on");
        }
    }
}
