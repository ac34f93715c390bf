package uk.nhs.coproduction.testing.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A real server, a fresh database per call, and URLs that keep the server's host and parameters. */
class TestPostgresTest {

    @Test
    void eachDatabaseIsFreshAndOnARealPostgresqlServer() throws SQLException {
        TestDatabase first = TestPostgres.newDatabase();
        TestDatabase second = TestPostgres.newDatabase();

        assertThat(first.name()).isNotEqualTo(second.name());
        try (Connection connection = first.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE only_in_first (id int)");
            try (ResultSet version = statement.executeQuery("SELECT current_setting('server_version_num')::int, current_database()")) {
                assertThat(version.next()).isTrue();
                assertThat(version.getInt(1)).isGreaterThanOrEqualTo(130000);
                assertThat(version.getString(2)).isEqualTo(first.name());
            }
        }
        try (Connection connection = second.newDataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_first'")) {
            assertThat(tables.next()).isTrue();
            assertThat(tables.getInt(1)).isZero();
        }
        assertThat(TestPostgres.isAvailable()).isTrue();
        assertThat(first.toString()).contains(first.name()).doesNotContain("password");
    }

    @Test
    void aStoppedServerRefusesConnectionsAndComesBackWithItsDataOnTheSameUrl() throws SQLException {
        TestDatabase database = TestPostgres.newDatabase();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
        }
        Connection open = database.dataSource().getConnection();
        try {
            TestPostgres.stopServer();
            assertThatThrownBy(() -> database.dataSource().getConnection().close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> open.createStatement().execute("SELECT 1")).isInstanceOf(SQLException.class);
        } finally {
            open.close();
            TestPostgres.startServer();
        }
        TestPostgres.startServer();   // already running: nothing happens
        TestPostgres.restartServer();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet kept = statement.executeQuery("SELECT id FROM kept")) {
            assertThat(kept.next()).isTrue();
            assertThat(kept.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void aDatabaseUrlKeepsTheServersHostPortAndParameters() {
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://db.example:6543/postgres?sslmode=require", "test_1"))
                .isEqualTo("jdbc:postgresql://db.example:6543/test_1?sslmode=require");
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://localhost/postgres", "test_2"))
                .isEqualTo("jdbc:postgresql://localhost/test_2");
        assertThatThrownBy(() -> TestPostgres.withDatabase("jdbc:mysql://localhost/x", "test_3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void theMachinesBinariesAreFoundWhenInstalled() {
        // This machine (and CI, after .ci/run installs Debian's postgresql) has initdb and pg_ctl.
        assertThat(TestPostgres.binaries()).hasValueSatisfying(bin -> assertThat(bin.resolve("pg_ctl")).isExecutable());
    }
}
