package uk.nhs.coproduction.alwaysevents.postgres.internal;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Describes a database failure without the data it was about: the SQL state and the server's
 * primary message only. The server's detail (such as "Failing row contains ...") can repeat an
 * event's text, which may hold personal data, so it is never included.
 */
public final class Failures {

    /** The SQL state of a unique key violation. */
    public static final String UNIQUE_VIOLATION = "23505";

    private Failures() {
    }

    /**
     * {@code e} in words safe for a log: SQL state and primary message.
     *
     * @param e the failure
     * @return the description
     */
    public static String describe(SQLException e) {
        String message = e.getMessage();
        if (e instanceof PSQLException) {
            ServerErrorMessage server = ((PSQLException) e).getServerErrorMessage();
            if (server != null && server.getMessage() != null) {
                message = server.getMessage();
            }
        }
        if (message != null) {
            int detail = message.indexOf("\n");
            if (detail >= 0) {
                message = message.substring(0, detail);
            }
        }
        return "SQL state " + e.getSQLState() + ": " + message;
    }

    /**
     * {@code e} as the cause to keep with a store's exception, or null when the server's message
     * carries a detail or a context that may repeat stored data (it would be printed with the
     * stack trace).
     *
     * @param e the failure
     * @return {@code e}, or null
     */
    public static @Nullable SQLException safeCause(SQLException e) {
        if (e instanceof PSQLException) {
            ServerErrorMessage server = ((PSQLException) e).getServerErrorMessage();
            if (server != null && (server.getDetail() != null || server.getWhere() != null || server.getHint() != null)) {
                return null;
            }
        }
        return e;
    }

    /**
     * Whether {@code e} says the connection itself failed (SQL state class 08, such as an I/O
     * error on the socket), as opposed to the database refusing or aborting the statement.
     *
     * @param e the failure
     * @return true if the connection was lost
     */
    public static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("08");
    }

    /**
     * Whether {@code e} (or a cause) is a unique key violation.
     *
     * @param e the failure
     * @return true for a unique key violation
     */
    public static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) t).getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
