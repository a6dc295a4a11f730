package dev.ogi.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import org.junit.jupiter.api.Test;

class OgiConfigurationTest {

    @Test
    void withoutAConfigFileTheAdminPortListensOnLoopbackOnly() {
        DefaultServerFactory server = (DefaultServerFactory) new OgiConfiguration().getServerFactory();

        assertThat(server.getAdminConnectors()).isNotEmpty().allSatisfy(connector ->
                assertThat(((HttpConnectorFactory) connector).getBindHost()).isEqualTo("127.0.0.1"));
        assertThat(server.getApplicationConnectors()).allSatisfy(connector ->
                assertThat(((HttpConnectorFactory) connector).getBindHost()).isNull());
    }

    @Test
    void theClusterExampleReadsWithEachNodesOverrides() throws Exception {
        java.util.Map<String, String> overrides = java.util.Map.of(
                "dw.database.url", "jdbc:postgresql://db.example:5432/ogi",
                "dw.crawler.proxy", "127.0.0.1:3128",
                "dw.server.applicationConnectors[0].port", "8090",
                "dw.cluster.nodeName", "node-2");
        overrides.forEach(System::setProperty);
        try {
            OgiConfiguration configuration = new io.dropwizard.configuration.YamlConfigurationFactory<>(OgiConfiguration.class,
                    jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator(),
                    io.dropwizard.jackson.Jackson.newObjectMapper(), "dw")
                    .build(new io.dropwizard.configuration.FileConfigurationSourceProvider(), "config-cluster.yml");
            assertThat(configuration.getDatabase().getUrl()).isEqualTo("jdbc:postgresql://db.example:5432/ogi");
            assertThat(configuration.getDatabase().getDriverClass()).isEqualTo("org.postgresql.Driver");
            assertThat(configuration.getCrawler().getProxy()).isEqualTo("127.0.0.1:3128");
            assertThat(configuration.getCluster().getNodeName()).isEqualTo("node-2");
            assertThat(configuration.getCluster().getShards()).isEqualTo(16);
            DefaultServerFactory server = (DefaultServerFactory) configuration.getServerFactory();
            assertThat(((HttpConnectorFactory) server.getApplicationConnectors().get(0)).getPort()).isEqualTo(8090);
        } finally {
            overrides.keySet().forEach(System::clearProperty);
        }
    }

    private static OgiConfiguration read(String yaml) throws Exception {
        return new io.dropwizard.configuration.YamlConfigurationFactory<>(OgiConfiguration.class,
                jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator(),
                io.dropwizard.jackson.Jackson.newObjectMapper(), "dw")
                .build(path -> new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "inline.yml");
    }

    @Test
    void aDatabaseBlockGivingOnlyTheFileKeepsTheServicesPoolAndPragmas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path file = folder.resolve("only-url.db");
        OgiConfiguration configuration = read("database:\n  url: jdbc:sqlite:" + file + "\n");

        dev.ogi.server.db.DatabaseSettings database = configuration.getDatabase();
        assertThat(database.getDriverClass()).isEqualTo("org.sqlite.JDBC");
        assertThat(database.getMaxSize()).isEqualTo(8);
        assertThat(database.getMaxWaitForConnection()).isEqualTo(io.dropwizard.util.Duration.seconds(10));
        io.dropwizard.db.ManagedDataSource pool = database.build(new com.codahale.metrics.MetricRegistry(), "only-url");
        try (java.sql.Connection connection = pool.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            assertThat(pragma(statement, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(statement, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(statement, "busy_timeout")).isEqualTo("15000");
        } finally {
            pool.stop();
        }
    }

    @Test
    void aPragmaTheFileNamesWinsOverTheDefault() throws Exception {
        OgiConfiguration configuration = read("database:\n  url: jdbc:sqlite:x.db\n  properties:\n    busy_timeout: \"2000\"\n");

        assertThat(configuration.getDatabase().getProperties())
                .containsEntry("busy_timeout", "2000")
                .containsEntry("journal_mode", "WAL")
                .containsEntry("foreign_keys", "true");
    }

    @Test
    void aPostgresqlUrlWithoutADriverGetsPostgresqlsDriverAndNoSqlitePragmas() throws Exception {
        OgiConfiguration configuration = read("database:\n  url: jdbc:postgresql://db.example:5432/ogi\n  user: ogi\n");

        assertThat(configuration.getDatabase().getDriverClass()).isEqualTo("org.postgresql.Driver");
        assertThat(configuration.getDatabase().getProperties()).isEmpty();
        assertThat(configuration.getDatabase().getMaxSize()).isEqualTo(8);
    }

    private static String pragma(java.sql.Statement statement, String name) throws java.sql.SQLException {
        try (java.sql.ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
