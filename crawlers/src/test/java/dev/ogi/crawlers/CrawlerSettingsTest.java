package dev.ogi.crawlers;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrawlerSettingsTest {

    @Test
    void defaultsAreThoseForRealGovernmentSites() {
        CrawlerSettings d = CrawlerSettings.defaults();
        assertThat(d.userAgent()).isEqualTo(CrawlerSettings.DEFAULT_USER_AGENT);
        assertThat(d.politenessDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.readTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(d.siteTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(d.maxDepth()).isEqualTo(4);
        assertThat(d.pageBudget()).isEqualTo(60);
        assertThat(d.maxBodyBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(d.maxDecompressedBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(d.maxRedirects()).isEqualTo(5);
        assertThat(d.proxy()).isEmpty();
        assertThat(d.allowPrivateAddresses()).isFalse();
        assertThat(d.ogiPlatformHosts()).isEmpty();
        assertThat(d.parallelSites()).isEqualTo(32);
    }

    @Test
    void aChangeCopiesEverythingElse() {
        CrawlerSettings s = CrawlerSettings.defaults().withPageBudget(7).withProxy(new InetSocketAddress("127.0.0.1", 9))
                .with(b -> b.ogiPlatformHosts = Set.of("XXGK.SC.gov.cn"));
        assertThat(s.pageBudget()).isEqualTo(7);
        assertThat(s.proxy()).contains(new InetSocketAddress("127.0.0.1", 9));
        assertThat(s.ogiPlatformHosts()).containsExactly("xxgk.sc.gov.cn");
        assertThat(s.toBuilder().build()).isEqualTo(s);
        assertThat(s.withPageBudget(60).withProxy(Optional.empty()).withOgiPlatformHosts(Set.of()))
                .isEqualTo(CrawlerSettings.defaults());
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThatThrownBy(() -> CrawlerSettings.defaults().withPageBudget(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 pages");
        assertThatThrownBy(() -> CrawlerSettings.builder().build().with(b -> b.parallelSites = 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
