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
    void aSubDomainHomepageDoesNotWidenToItsParent() {
        SiteScope dept = SiteScope.startingAt(URI.create("http://jyt.chengdu.gov.cn/"), Set.of());
        assertThat(dept.contains("www.jyt.chengdu.gov.cn")).isTrue();
        assertThat(dept.contains("www.chengdu.gov.cn")).isFalse();
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
