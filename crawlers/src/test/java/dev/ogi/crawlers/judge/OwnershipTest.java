package dev.ogi.crawlers.judge;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose guide: registry names against the names guides use for themselves. */
class OwnershipTest {

    private static ParsedPage page(String title, String body) {
        return PageParser.parse("<html><head><title>" + title + "</title></head><body>" + body + "</body></html>",
                URI.create("http://www.example.gov.cn/gkzn.html"), 200, Instant.EPOCH, "0");
    }

    @Test
    void aRegistryNameWithItsCityMatchesTheGuidesShortName() {
        assertThat(Ownership.nameVariants("云溪市柳岸区民政局")).contains("柳岸区民政局");
        assertThat(Ownership.nameVariants("云溪市青禾县石桥镇人民政府")).contains("石桥镇人民政府", "石桥镇政府");
        Ownership.Verdict v = Ownership.judge("云溪市柳岸区民政局", page("柳岸区民政局政府信息公开指南", "<p>柳岸区民政局编制本指南。</p>"));
        assertThat(v.own()).isTrue();
        assertThat(v.unitNamed()).isTrue();
    }

    @Test
    void selfReferenceUnderTheUnitsOwnParentGovernmentIsItsOwnGuide() {
        ParsedPage p = page("政府信息公开指南", "<p>本局是柳岸区人民政府工作部门，编制本指南。</p>");
        assertThat(Ownership.judge("云溪市柳岸区退役军人事务局", p).own()).isTrue();
    }

    @Test
    void selfReferenceUnderAnotherGovernmentIsNot() {
        ParsedPage p = page("政府信息公开指南", "<p>本局是云溪市人民政府工作部门，编制本指南。</p>");
        Ownership.Verdict v = Ownership.judge("云溪市柳岸区民政局", p);
        assertThat(v.own()).isFalse();
        assertThat(v.otherIssuer()).hasValue("云溪市人民政府");
    }

    @Test
    void anotherDepartmentsTitledGuideNamesItsIssuer() {
        Ownership.Verdict v = Ownership.judge("云溪市柳岸区民政局", page("云溪市交通运输局政府信息公开指南", "<p>本局编制本指南。</p>"));
        assertThat(v.own()).isFalse();
        assertThat(v.otherIssuer()).hasValue("云溪市交通运输局");
    }
}
