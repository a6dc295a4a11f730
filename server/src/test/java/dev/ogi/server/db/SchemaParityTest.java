package dev.ogi.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.core.Instants;
import dev.ogi.server.crawls.CrawlDao;
import dev.ogi.server.crawls.SiteCheck;
import io.dropwizard.db.DataSourceFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same schema through Flyway on SQLite and on a real PostgreSQL: tables, columns, and values read back alike. */
@PostgresRequired
class SchemaParityTest {

    private static DataSourceFactory postgres() {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.postgresql.Driver");
        factory.setUrl(PostgresTestDatabase.newSchema());
        factory.setUser(PostgresTestDatabase.user());
        factory.setPassword(PostgresTestDatabase.password());
        return factory;
    }

    private static DataSourceFactory sqlite() {
        return OgiConfiguration.sqliteDefaults(TestApp.newDatabaseFile().toString());
    }

    @Test
    void bothEnginesHaveTheSameTablesAndColumns() throws SQLException {
        DataSourceFactory pg = postgres();
        DataSourceFactory lite = sqlite();
        TreeMap<String, TreeSet<String>> onPostgres = columns(Database.openStandalone(pg));
        TreeMap<String, TreeSet<String>> onSqlite = columns(Database.openStandalone(lite));
        onPostgres.keySet().removeIf(table -> table.startsWith("qrtz_"));
        assertThat(onPostgres).isEqualTo(onSqlite);
        assertThat(onSqlite).containsKeys("units", "site_checks", "audit_log", "official_standings", "website_checks");
    }

    @Test
    void flagsTimesAndKeysReadBackTheSame() {
        SiteCheck onPostgres = roundTrip(Database.openStandalone(postgres()));
        SiteCheck onSqlite = roundTrip(Database.openStandalone(sqlite()));
        assertThat(onPostgres).isEqualTo(onSqlite);
        assertThat(onPostgres.reachable()).isTrue();
        assertThat(onPostgres.robotsBlocked()).isFalse();
        assertThat(onPostgres.guideFound()).isTrue();
        assertThat(onPostgres.startedAt()).isEqualTo(Instants.text(Instant.parse("2007-11-15T01:02:03.004Z")));
        assertThat(onPostgres.catalogueEntries()).isEqualTo(47);
    }

    @ParameterizedTest(name = "{0} refuses updates and deletes")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "audit_log|INSERT INTO audit_log (at, actor, role, action, target) VALUES ('2007-11-15T00:00:00.000Z', "
                + "'office', 'office', 'unit.update', '510100')|audit_log is append-only",
        "official_standings|INSERT INTO official_standings (campaign_id, milestone_id, occasion, as_of, frozen_at, "
                + "standing) VALUES ('ogi-2007', 'M5', 'deadline', '2007-10-31', '2007-11-01T00:00:00.000Z', '[]')"
                + "|an official standing is frozen"})
    void appendOnlyTablesRefuseChangesOnPostgresToo(String table, String insert, String message) {
        Jdbi jdbi = Database.openStandalone(postgres());
        jdbi.useHandle(h -> h.execute(insert));
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("UPDATE " + table + " SET id = id + 1")))
                .hasMessageContaining(message);
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("DELETE FROM " + table)))
                .hasMessageContaining(message);
        int rows = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(1);
    }

    private static SiteCheck roundTrip(Jdbi jdbi) {
        jdbi.useHandle(h -> h.execute("INSERT INTO units (code, name, unit_group, homepage, active, created_at, updated_at) "
                + "VALUES ('510100', '成都市人民政府', '市州', 'http://www.chengdu.gov.cn/', 1, ?, ?)",
                Instants.text(Instant.EPOCH), Instants.text(Instant.EPOCH)));
        CrawlDao dao = jdbi.onDemand(CrawlDao.class);
        String started = Instants.text(Instant.parse("2007-11-15T01:02:03.004Z"));
        long round = dao.insertRound(started, "2007-11-15", "test", 1);
        dao.insertCheck(SiteCheck.builder().roundId(round).unitCode("510100").asOf("2007-11-15").startedAt(started)
                .finishedAt(started).homepage("http://www.chengdu.gov.cn/").reachable(true).robotsBlocked(false)
                .pagesFetched(12).guideFound(true).guideUrl("http://www.chengdu.gov.cn/zn.html").guideElements("access,phone")
                .catalogueFound(true).catalogueEntries(47).build(), List.of(), Optional.empty());
        return dao.lastCheck("510100").orElseThrow();
    }

    private static TreeMap<String, TreeSet<String>> columns(Jdbi jdbi) throws SQLException {
        try (var handle = jdbi.open()) {
            Connection connection = handle.getConnection();
            DatabaseMetaData meta = connection.getMetaData();
            TreeMap<String, TreeSet<String>> tables = new TreeMap<>();
            try (ResultSet rs = meta.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!table.startsWith("flyway_") && !table.startsWith("sqlite_")) {
                        tables.computeIfAbsent(table, t -> new TreeSet<>()).add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            return tables;
        }
    }
}
