package uk.nhs.coproduction.app.web.reliability;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.alwaysevents.measurement.Outcome;
import uk.nhs.coproduction.alwaysevents.measurement.Problem;
import uk.nhs.coproduction.alwaysevents.measurement.Reliability;
import uk.nhs.coproduction.alwaysevents.measurement.ReliabilityAim;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import uk.nhs.coproduction.app.spc.CsvSeries;

/**
 * Measurements sent as CSV, read and assessed the same way by the run-chart page and the API: the
 * header {@code period,numerator,denominator} (or {@code period,value} for an SPC chart), one
 * period a line, an empty cell for a period without data. Every problem keeps the line it is on.
 */
public final class Measurements {

    /** The smallest aim accepted, as a percentage. */
    public static final double MIN_AIM = 1;

    private Measurements() {
    }

    /**
     * What reading or assessing gave.
     *
     * @param <T> the value made when nothing was wrong
     */
    public sealed interface Read<T> {
    }

    /**
     * Read and assessed.
     *
     * @param value the value
     * @param <T> its type
     */
    public record Accepted<T>(T value) implements Read<T> {
    }

    /**
     * Refused, with every problem and its line.
     *
     * @param errors the problems
     * @param <T> the type the value would have had
     */
    public record Refused<T>(List<CsvSeries.LineError> errors) implements Read<T> {
    }

    /** The series in CSV text, with the line of every point. */
    public static Read<CsvSeries.Read> series(String csv) {
        return series(csv, false);
    }

    /**
     * The series in CSV text, with the line of every point: a series of subgroups when {@code
     * subgroups} is true (for the X&#772; and S charts), read as the {@code spc} command reads it.
     */
    public static Read<CsvSeries.Read> series(String csv, boolean subgroups) {
        try {
            CsvSeries.Result result = CsvSeries.read(new StringReader(csv), subgroups);
            if (result instanceof CsvSeries.Malformed malformed) {
                return new Refused<>(malformed.errors());
            }
            return new Accepted<>(((CsvSeries.Parsed) result).read());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
    }

    /** The reliability of the counts in CSV text against an aim. */
    public static Read<Reliability> reliability(String csv, ReliabilityAim aim) {
        Read<CsvSeries.Read> read = series(csv);
        if (read instanceof Refused<CsvSeries.Read> refused) {
            return new Refused<>(refused.errors());
        }
        CsvSeries.Read series = ((Accepted<CsvSeries.Read>) read).value();
        if (series.series().kind() != Series.Kind.COUNTS) {
            return new Refused<>(List.of(new CsvSeries.LineError(1, "reliability needs three columns, "
                    + "period,numerator,denominator: for how many people the event happened, out of how many were "
                    + "eligible")));
        }
        return outcome(Reliability.assess(series.series(), aim), series);
    }

    /** An analysis's outcome, its problems placed on their lines. */
    public static <T> Read<T> outcome(Outcome<T> outcome, CsvSeries.Read series) {
        if (outcome instanceof Outcome.Refused<T> refused) {
            return new Refused<>(lines(refused.problems(), p -> p.isAboutPoint() ? series.lineOf(p.point()) : null));
        }
        return new Accepted<>(outcome.orElseThrow());
    }

    private static List<CsvSeries.LineError> lines(List<Problem> problems, Function<Problem, @Nullable Integer> line) {
        List<CsvSeries.LineError> errors = new ArrayList<>();
        for (Problem problem : problems) {
            errors.add(new CsvSeries.LineError(line.apply(problem), problem.message()));
        }
        return errors;
    }
}
