package dev.ogi.crawlers.fetch;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsTest {

    private static String resolved(String base, String href) {
        return Urls.resolve(URI.create(base), href).map(URI::toString).orElse("(none)");
    }

    @Test
    void normalisesSchemeHostPortPathAndFragment() {
        assertThat(Urls.parse("HTTP://WWW.Chengdu.GOV.cn:80").map(URI::toString)).contains("http://www.chengdu.gov.cn/");
        assertThat(Urls.parse("https://www.chengdu.gov.cn:443/a/#top").map(URI::toString)).contains("https://www.chengdu.gov.cn/a/");
        assertThat(resolved("http://www.chengdu.gov.cn/zwgk/a/", "../b/./c.htm")).isEqualTo("http://www.chengdu.gov.cn/zwgk/b/c.htm");
        assertThat(resolved("http://www.chengdu.gov.cn/", "http://www.chengdu.gov.cn:8080/x.htm"))
                .isEqualTo("http://www.chengdu.gov.cn:8080/x.htm");
    }

    @Test
    void escapesWhatBrowsersTolerateAndNormalisesEscapes() {
        assertThat(resolved("http://www.chengdu.gov.cn/", "/公开 指南.doc"))
                .isEqualTo("http://www.chengdu.gov.cn/%E5%85%AC%E5%BC%80%20%E6%8C%87%E5%8D%97.doc");
        assertThat(resolved("http://www.chengdu.gov.cn/", "/%e5%85%ac.htm")).isEqualTo("http://www.chengdu.gov.cn/%E5%85%AC.htm");
    }

    @Test
    void onlyHttpAndHttpsAreCrawled() {
        assertThat(resolved("http://www.chengdu.gov.cn/", "mailto:gk@chengdu.gov.cn")).isEqualTo("(none)");
        assertThat(resolved("http://www.chengdu.gov.cn/", "javascript:void(0)")).isEqualTo("(none)");
        assertThat(resolved("http://www.chengdu.gov.cn/", "#top")).isEqualTo("(none)");
        assertThat(Urls.parse("ftp://www.chengdu.gov.cn/")).isEmpty();
    }

    @Test
    void anAddressAlreadyCanonicalIsTheSameObject() {
        URI u = URI.create("http://www.chengdu.gov.cn/zwgk/index.htm?id=3");
        assertThat(Urls.normalize(u)).containsSame(u);
    }

    @Test
    void addsTheSchemePeopleLeaveOut() {
        assertThat(Urls.withDefaultScheme(" www.chengdu.gov.cn ")).isEqualTo("http://www.chengdu.gov.cn");
        assertThat(Urls.withDefaultScheme("https://www.chengdu.gov.cn/")).isEqualTo("https://www.chengdu.gov.cn/");
        assertThat(Urls.withDefaultScheme("  ")).isEmpty();
        assertThat(Urls.withDefaultScheme(null)).isEmpty();
    }
}
