package dev.ogi.crawlers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;

/**
 * Base of the tests that crawl sites served by {@link TestWeb} on loopback: a fresh server per
 * test, and the crawler a test makes closed after it.
 */
abstract class LoopbackSiteTest {

    static final String UNIT = "成都市人民政府";
    static final String HOST = "www.chengdu.gov.cn";

    TestWeb web;
    Crawler crawler;

    @BeforeEach
    void startWeb() {
        web = new TestWeb();
    }

    @AfterEach
    void stopWeb() {
        if (crawler != null) {
            crawler.close();
        }
        web.close();
    }

    /** Settings that reach {@link #web} as the proxy, with short delays and timeouts. */
    CrawlerSettings loopbackSettings() {
        return CrawlerSettings.defaults()
                .withProxy(web.address())
                .withAllowPrivateAddresses(true)
                .withPolitenessDelay(Duration.ofMillis(1))
                .withConnectTimeout(Duration.ofSeconds(2))
                .withReadTimeout(Duration.ofSeconds(2));
    }
}
