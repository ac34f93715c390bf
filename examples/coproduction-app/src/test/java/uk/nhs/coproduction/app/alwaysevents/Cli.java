package uk.nhs.coproduction.app.alwaysevents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.coproduction.app.CommandLineRun;

/**
 * Runs {@code always-events SUBCOMMAND ARGS… --data DIR} through the app's command line, as a
 * user would, with every run pointed at one data folder.
 */
final class Cli {

    private final Path data;

    Cli(Path data) {
        this.data = data;
    }

    /** {@code always-events} with these arguments and {@code --data} (added after the subcommand). */
    CommandLineRun run(String subcommand, String... args) {
        List<String> all = new ArrayList<>(List.of("always-events", subcommand, "--data", data.toString()));
        all.addAll(List.of(args));
        return CommandLineRun.of(all.toArray(String[]::new));
    }
}
