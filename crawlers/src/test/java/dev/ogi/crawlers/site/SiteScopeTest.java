package dev.ogi.crawlers.site;

import org.junit.jupiter.api.Test;

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

    @Test
    void siblingsParentsAndLookalikesAreOutside() {
        assertThat(scope.contains("www.mianyang.gov.cn")).isFalse();
        assertThat(scope.contains("sc.gov.cn")).isFalse();
        assertThat(scope.contains("notchengdu.gov.cn")).isFalse();
        assertThat(scope.contains("chengdu.gov.cn.evil.com")).isFalse();
        assertThat(scope.contains((String) null)).isFalse();
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
    void siblingHostsOfTheSameGovernmentDomainAreFollowedNotOwned() {
        // Homepage on the OGI host, the government's main site on a sibling (and the reverse).
        SiteScope xxgk = SiteScope.startingAt(URI.create("http://xxgk.cd.gov.cn/"), Set.of());
        assertThat(xxgk.contains("www.cd.gov.cn")).isTrue();
        assertThat(xxgk.contains("zwgk.cd.gov.cn")).isTrue();
        assertThat(xxgk.isOwnHost("www.cd.gov.cn")).isFalse();
        assertThat(scope.contains("xxgk.chengdu.gov.cn")).isTrue();
    }

    @Test
    void governmentSuffixIsNeverOneRegistrableDomain() {
        assertThat(SiteScope.registrableDomain("www.cd.gov.cn")).contains("cd.gov.cn");
        SiteScope cd = SiteScope.startingAt(URI.create("http://www.cd.gov.cn/"), Set.of());
        assertThat(cd.contains("www.mianyang.gov.cn")).isFalse();
        assertThat(cd.contains("www.gov.cn")).isFalse();
        assertThat(cd.contains("gov.cn")).isFalse();
        assertThat(cd.contains("www.cd.gov.cn.evil.com")).isFalse();
    }

    @Test
    void addressesWithoutARegistrableDomainHaveNoSiblings() {
        SiteScope ip = SiteScope.startingAt(URI.create("http://10.1.2.3/"), Set.of());
        assertThat(ip.contains("10.1.2.3")).isTrue();
        assertThat(ip.contains("10.1.2.4")).isFalse();
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
        assertThat(SiteScope.registrableDomain("xxgk.chengdu.gov.cn")).contains("chengdu.gov.cn");
        assertThat(SiteScope.registrableDomain("WWW.SC.GOV.CN")).contains("sc.gov.cn");
        assertThat(SiteScope.registrableDomain("www.example.com")).contains("example.com");
        assertThat(SiteScope.registrableDomain("gov.cn")).isEmpty();
        assertThat(SiteScope.registrableDomain("")).isEmpty();
    }
}
