package dev.ogi.reports.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class BulletinHtmlTest {

    private static BulletinInput withHostileName() {
        BulletinInput base = BulletinFixtures.crafted();
        List<UnitStanding> units = new ArrayList<>(base.units());
        units.add(new UnitStanding("000666", "省<script>alert(1)</script>&厅", "省直部门", 0, 100, Optional.of(3), Optional.empty(),
                List.of(BulletinFixtures.notMet(BulletinFixtures.M5, new Gap("公开指南\"<b>假</b>\"未上网公示", "上网公示")))));
        return new BulletinInput(base.campaignId(), base.campaignTitle(), base.number(), base.asOf(), base.issuedOn(),
                base.issuer(), base.milestones(), units);
    }

    @Test
    void unitNamesAndGapTextAreEscaped() {
        String html = new BulletinHtml().render(new BulletinComposer().compose(withHostileName()));

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>假</b>")
                .contains("省&lt;script&gt;alert(1)&lt;/script&gt;&amp;厅")
                .contains("公开指南&quot;&lt;b&gt;假&lt;/b&gt;&quot;未上网公示");
    }

    @Test
    void pageIsSelfContainedWellFormedXhtml() {
        String html = new BulletinHtml().render(new BulletinComposer().compose(withHostileName()));

        assertThat(html).contains("<style>").doesNotContain("<script").doesNotContain("<link").doesNotContain("src=");
        assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)))).doesNotThrowAnyException();
    }

    @Test
    void pageCarriesTheMastheadNumberDateAndSections() {
        String html = new BulletinHtml().render(new BulletinComposer().compose(BulletinFixtures.crafted()));

        assertThat(html).contains("第7期").contains("2007年11月5日").contains("四川省人民政府办公厅")
                .contains("<h1>关于全省政府信息公开指南和目录编制工作进展情况的通报</h1>")
                .contains("<h2>一、总体进展</h2>").contains("<h2>四、下一步要求</h2>")
                .contains("附件：各单位得分排名（截至2007年11月5日）");
    }
}
