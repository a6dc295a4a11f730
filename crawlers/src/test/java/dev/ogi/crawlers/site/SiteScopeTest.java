package dev.ogi.crawlers.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SiteScopeTest {

    private final SiteScope scope = SiteScope.startingAt(URI.create("http://www.chengdu.gov.cn/"), Set.of("xxgk.sc.gov.cn"));

    @Test
    void homepageHostWithoutWwwAndItsSubdomainsAreTheUnitsOwn() {
        assertThat(scope.isOwnHost("www.chengdu.gov.cn")).isTrue();
        assertThat(scope.isOwnHost("chengdu.gov.cn")).isTrue();
        assertThat(scope.isOwnHost("XXGK.Chengdu.gov.cn")).isTrue();
        assertThat(scope.ownBases()).containsExactly("chengdu.gov.cn");
    }

    /**
     * Which hosts a crawl from a homepage follows (the platform host xxgk.sc.gov.cn given only for
     * Chengdu): siblings of the same government domain yes; parents, lookalikes, other
     * governments, the bare government suffix and other addresses no.
     */
    @ParameterizedTest(name = "from {0}: {1} followed = {2}")
    @CsvSource({
            "http://www.chengdu.gov.cn/, www.mianyang.gov.cn,     false",
            "http://www.chengdu.gov.cn/, sc.gov.cn,               false",
            "http://www.chengdu.gov.cn/, notchengdu.gov.cn,       false",
            "http://www.chengdu.gov.cn/, chengdu.gov.cn.evil.com, false",
            "http://www.chengdu.gov.cn/, ,                        false",
            "http://www.chengdu.gov.cn/, xxgk.chengdu.gov.cn,     true",
            "http://xxgk.cd.gov.cn/,     www.cd.gov.cn,           true",
            "http://xxgk.cd.gov.cn/,     zwgk.cd.gov.cn,          true",
            "http://www.cd.gov.cn/,      www.mianyang.gov.cn,     false",
            "http://www.cd.gov.cn/,      www.gov.cn,              false",
            "http://www.cd.gov.cn/,      gov.cn,                  false",
            "http://www.cd.gov.cn/,      www.cd.gov.cn.evil.com,  false",
            "http://10.1.2.3/,           10.1.2.3,                true",
            "http://10.1.2.3/,           10.1.2.4,                false",
    })
    void hostIsFollowedOnlyWithinTheGovernmentDomain(String homepage, String host, boolean followed) {
        SiteScope from = homepage.equals("http://www.chengdu.gov.cn/") ? scope
                : SiteScope.startingAt(URI.create(homepage), Set.of());
        assertThat(from.contains(host)).isEqualTo(followed);
    }

    @Test
    void siblingOfTheGovernmentDomainIsFollowedNotOwned() {
        SiteScope xxgk = SiteScope.startingAt(URI.create("http://xxgk.cd.gov.cn/"), Set.of());
        assertThat(xxgk.isOwnHost("www.cd.gov.cn")).isFalse();
    }

    @Test
    void platformHostIsFollowedButNotTheUnitsOwn() {
        assertThat(scope.contains(URI.create("http://xxgk.sc.gov.cn/cdsrmzf/"))).isTrue();
        assertThat(scope.isOwnHost("xxgk.sc.gov.cn")).isFalse();
        assertThat(scope.contains("other.xxgk.sc.gov.cn")).isFalse();
    }

    @Test
    void aSubDomainHomepageFollowsItsParentButDoesNotOwnIt() {
        SiteScope dept = SiteScope.startingAt(URI.create("http://jyt.chengdu.gov.cn/"), Set.of());
        assertThat(dept.isOwnHost("www.jyt.chengdu.gov.cn")).isTrue();
        assertThat(dept.contains("www.chengdu.gov.cn")).isTrue();
        assertThat(dept.isOwnHost("www.chengdu.gov.cn")).isFalse();
        assertThat(dept.owns(URI.create("http://www.chengdu.gov.cn/zfxxgk/gkzn.html"))).isFalse();
    }

    @Test
    void theOgiEntryPageOwnsItsFolderOnThePlatformOnly() {
        SiteScope dept = SiteScope.startingAt(URI.create("http://www.cdjy.cn/"), Set.of());
        dept.addOgiEntry(URI.create("http://zwgk.city.gov.cn/jyj/index.html"));
        assertThat(dept.contains("zwgk.city.gov.cn")).isTrue();
        assertThat(dept.isOwnHost("zwgk.city.gov.cn")).isFalse();
        assertThat(dept.owns(URI.create("http://zwgk.city.gov.cn/jyj/gkzn/2024.html"))).isTrue();
        assertThat(dept.owns(URI.create("http://ZWGK.city.gov.cn/jyj/"))).isTrue();
        assertThat(dept.owns(URI.create("http://zwgk.city.gov.cn/mzj/gkzn.html"))).isFalse();
        assertThat(dept.owns(URI.create("http://zwgk.city.gov.cn/jyjx/gkzn.html"))).isFalse();
        assertThat(dept.owns(URI.create("http://www.cdjy.cn/any.html"))).isTrue();
    }

    @Test
    void anEntryPageAtThePlatformRootOwnsOnlyItself() {
        SiteScope dept = SiteScope.startingAt(URI.create("http://www.cdjy.cn/"), Set.of());
        dept.addOgiEntry(URI.create("http://zwgk.city.gov.cn/unit.jsp?id=42"));
        assertThat(dept.owns(URI.create("http://zwgk.city.gov.cn/unit.jsp?id=42"))).isTrue();
        assertThat(dept.owns(URI.create("http://zwgk.city.gov.cn/unit.jsp?id=43"))).isFalse();
        assertThat(dept.owns(URI.create("http://zwgk.city.gov.cn/gkzn.html"))).isFalse();
    }

    @Test
    void theHomepageMovingAddsItsNewHost() {
        scope.addOwnHost("www.cd.gov.cn");
        assertThat(scope.isOwnHost("zwgk.cd.gov.cn")).isTrue();
        assertThat(scope.ownBases()).containsExactlyInAnyOrder("chengdu.gov.cn", "cd.gov.cn");
    }

    @Test
    void registrableDomainFollowsThePublicSuffixList() {
        assertThat(SiteScope.registrableDomain("www.cd.gov.cn")).contains("cd.gov.cn");
        assertThat(SiteScope.registrableDomain("xxgk.chengdu.gov.cn")).contains("chengdu.gov.cn");
        assertThat(SiteScope.registrableDomain("WWW.SC.GOV.CN")).contains("sc.gov.cn");
        assertThat(SiteScope.registrableDomain("www.example.com")).contains("example.com");
        assertThat(SiteScope.registrableDomain("gov.cn")).isEmpty();
        assertThat(SiteScope.registrableDomain("")).isEmpty();
    }
}
