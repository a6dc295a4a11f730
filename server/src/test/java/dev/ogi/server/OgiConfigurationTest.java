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
}
