package uk.nhs.coproduction.app.spc;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.nhs.coproduction.alwaysevents.AlwaysEvents;
import uk.nhs.coproduction.alwaysevents.measurement.ChartAnalysis;
import uk.nhs.coproduction.alwaysevents.measurement.ChartSpec;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.Outcome;
import uk.nhs.coproduction.alwaysevents.measurement.Problem;
import uk.nhs.coproduction.alwaysevents.measurement.svg.SvgChart;
import uk.nhs.coproduction.app.Progress;

/**
 * {@code spc [options] FILE.csv}: analyses a time series with a run chart or an SPC chart.
 *
 * <p>Exit status: 0 when the analysis is printed; 2 when the options, the file or its data are
 * refused (the message names the option, or the line of the file).
 */
@Command(
        name = "spc",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Analyses a time series with a run chart or an SPC chart, as qicharts2, NHSRplotthedots and the "
                    + "Power BI SPC visual do, and prints it as JSON, text or SVG.",
            "",
            "FILE.csv has a header: period,value or period,numerator,denominator. An empty cell is a "
                    + "missing value: the period is kept as a gap. Periods are labels in time order.",
            "",
            "The X̄ and S charts (--chart xbar, --chart s) take subgroups: period,value with one row per "
                    + "measured value (the rows of a period together), or period,size,mean,sd with one row per period.",
            "The C chart takes a count of events per period; the G and T charts take, per rare event, the cases or "
                    + "the days since the one before, as period,value."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the analysis was printed", "2:the options, the file or its data were refused"},
        footer = {"", "For the reliability of an Always Event, give period,numerator,denominator (for how many "
                + "eligible people the event happened, out of how many) and use --chart p --target 0.95 (the aim as "
                + "a proportion).", "", AlwaysEvents.TRADEMARK_NOTICE})
public final class SpcCommand implements Callable<Integer> {

    /** Exit status when input is refused. */
    static final int REFUSED = 2;

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The CSV file to analyse.")
    @Nullable Path file;

    @Option(names = "--chart", paramLabel = "TYPE", description = "run, i, mr, p, pp (P′), u, xmr (Making Data Count), c, g, t "
            + "(rare events), xbar (X̄), s. Default: ${DEFAULT-VALUE}.", defaultValue = "run")
    String chart = "run";

    @Option(names = "--rules", paramLabel = "RULES", description = "anhoej, ihi or mdc (Making Data Count). "
            + "Default: mdc for --chart xmr, anhoej otherwise.")
    @Nullable String rules;

    @Option(names = "--shift-length", paramLabel = "N", description = "Points a shift needs (ihi: 6, mdc: 7 by default).")
    @Nullable Integer shiftLength;

    @Option(names = "--trend-length", paramLabel = "N", description = "Points a trend needs (ihi: 5, mdc: 7 by default).")
    @Nullable Integer trendLength;

    @Option(names = "--screen-mr", paramLabel = "true|false", arity = "1", defaultValue = "true",
            description = "Screen moving ranges of 3.267 × the average or more (I, P′, XmR). Default: ${DEFAULT-VALUE}.")
    boolean screenMovingRanges = true;

    @Option(names = "--freeze", paramLabel = "K", description = "Centre and limits from points 1..K only.")
    @Nullable Integer freeze;

    @Option(names = "--part", paramLabel = "K1,K2,…", split = ",", description = "Start a new part after each point.")
    List<Integer> parts = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "I1,I2,…", split = ",",
            description = "Leave these points (1-based) out of the centre, limits and rules.")
    List<Integer> excluded = new ArrayList<>();

    @Option(names = "--rebase", paramLabel = "PERIOD,…", split = ",", description = "Start a new part at each period.")
    List<String> rebase = new ArrayList<>();

    @Option(names = "--fix-after", paramLabel = "N", description = "Centre and limits from the first N points of each part.")
    @Nullable Integer fixAfter;

    @Option(names = "--improvement", paramLabel = "DIRECTION", defaultValue = "increase",
            description = "increase, decrease or neutral. Default: ${DEFAULT-VALUE}.")
    String improvement = "increase";

    @Option(names = "--target", paramLabel = "T", description = "A target or aim, on the chart's scale: "
            + "drawn as a line and used for the assurance icon.")
    @Nullable Double target;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "json, text or svg. Default: ${DEFAULT-VALUE}.")
    String format = "text";

    @Override
    public Integer call() throws IOException {
        CommandSpec command = java.util.Objects.requireNonNull(spec);
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        List<SpcSettings.SettingError> errors = new ArrayList<>();
        ChartSpec chartSpec = new SpcSettings(chart, rules, shiftLength, trendLength, screenMovingRanges, freeze, parts,
                excluded, rebase, fixAfter, improvement, target).spec(errors);
        if (!List.of("json", "text", "svg").contains(format)) {
            errors.add(new SpcSettings.SettingError("format", "'" + format + "' is not one of json, text, svg"));
        }
        if (!errors.isEmpty()) {
            errors.forEach(e -> err.println("spc: --" + e.setting() + ": " + e.message()));
            return REFUSED;
        }

        Path path = java.util.Objects.requireNonNull(file);
        CsvSeries.Result result;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            boolean subgroups = ChartType.fromCode(chart).map(ChartType::needsSubgroups).orElse(false);
            result = Progress.during(err, "Reading " + fileName(path), () -> CsvSeries.read(reader, subgroups));
        } catch (NoSuchFileException e) {
            err.println("spc: " + path + ": no such file");
            return REFUSED;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("spc: " + path + ": cannot read the file (" + e.getMessage() + ")");
            return REFUSED;
        }
        if (result instanceof CsvSeries.Malformed malformed) {
            malformed.errors().forEach(e -> err.println("spc: " + path + " " + e));
            return REFUSED;
        }
        CsvSeries.Read read = ((CsvSeries.Parsed) result).read();

        Outcome<ChartAnalysis> outcome = Progress.during(err, "Analysing " + read.series().size() + " points",
                () -> chartSpec.analyse(read.series()));
        if (outcome instanceof Outcome.Refused<ChartAnalysis> refused) {
            for (Problem problem : refused.problems()) {
                err.println("spc: " + path + (problem.isAboutPoint() ? " line " + read.lineOf(problem.point()) + ": " : ": ")
                        + problem.message());
            }
            return REFUSED;
        }
        ChartAnalysis analysis = outcome.orElseThrow();
        out.print(switch (format) {
            case "json" -> JsonReport.of(analysis);
            case "svg" -> SvgChart.of(analysis).withTitle(analysis.chartType().title() + ": " + fileName(path))
                    .render();
            default -> TextReport.of(analysis);
        });
        out.flush();
        return 0;
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** Runs the command on its own (for tests): the exit status. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new SpcCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }
}
