package dev.ogi.crawlers.realmarkup;

import dev.ogi.crawlers.judge.GuideJudge;
import dev.ogi.crawlers.judge.Intent;
import dev.ogi.crawlers.judge.PageParser;
import dev.ogi.crawlers.model.GuideElement;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The real-markup fixture suite against the goals, and the explanations it gives. */
class RealMarkupTest {

    private static final List<RealMarkupSuite.Outcome> OUTCOMES = RealMarkupSuite.run();

    @Test
    void suiteHoldsAtLeastFortyFixturesEachNamingItsStructure() {
        assertThat(OUTCOMES).hasSizeGreaterThanOrEqualTo(40);
        assertThat(OUTCOMES).allSatisfy(o -> assertThat(o.fixture().structure()).isNotBlank());
        assertThat(OUTCOMES).filteredOn(o -> !o.fixture().guide()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void guideF1AndElementAccuracyMeetTheGoals() {
        assertThat(RealMarkupSuite.guideScore(OUTCOMES).f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(RealMarkupSuite.elementAccuracy(OUTCOMES)).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void rejectedCandidatesSayWhyTheyAreNotTheGuide() {
        assertThat(RealMarkupSuite.reasonAccuracy(OUTCOMES)).isGreaterThanOrEqualTo(0.90);
        RealMarkupSuite.Outcome index = outcome("24-index-of-department-guides.html");
        assertThat(index.reason()).hasValue("index");
        assertThat(index.explanation()).contains("指南索引页").contains("5个单位");
        assertThat(outcome("22-instructions-page-full-contact.html").explanation()).contains("申请须知或办理流程");
    }

    @Test
    void evidenceNamesTheLabelThatGaveEachElement() {
        GuideJudge.Verdict v = verdict("02-heading-then-paragraph.html");
        assertThat(v.kind()).isEqualTo(GuideJudge.Kind.GUIDE);
        assertThat(v.evidence().evidence().get(GuideElement.officeName)).startsWith("“受理机构");
        assertThat(v.evidence().evidence().get(GuideElement.address)).isEqualTo("“办公地址县行政中心3楼”");
        assertThat(v.evidence().evidence().get(GuideElement.classification)).startsWith("列出信息类别：机构职能");
    }

    @Test
    void readingRoomContactsAreReportedAsNotCounted() {
        GuideJudge.Verdict v = verdict("13-reading-room-contact-only.html");
        assertThat(v.elements()).doesNotContain(GuideElement.phone, GuideElement.address);
        assertThat(v.evidence().ignored()).anySatisfy(s -> assertThat(s).startsWith("查阅场所的联系方式不计").contains("档案馆"));
    }

    private static RealMarkupSuite.Outcome outcome(String name) {
        return OUTCOMES.stream().filter(o -> o.fixture().name().equals(name)).findFirst().orElseThrow();
    }

    private static GuideJudge.Verdict verdict(String name) {
        RealMarkupSuite.Fixture f = outcome(name).fixture();
        return GuideJudge.judge(PageParser.parse(f.html(), URI.create("http://www.example.gov.cn/" + name), 200,
                Instant.EPOCH, "0"), Intent.GUIDE);
    }
}
