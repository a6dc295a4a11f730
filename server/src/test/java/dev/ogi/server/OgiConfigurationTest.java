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
}
