package dev.ogi.crawlers.judge;

import dev.ogi.crawlers.model.GuideElement;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The element patterns against the label variants real guides of 2007 used. */
class GuideElementsTest {

    static Set<GuideElement> of(String text) {
        return GuideJudge.elements(Texts.compact(text));
    }

    @Test
    void phoneAndFaxOnOneLineCountAsBoth() {
        assertThat(of("电话/传真：0817-2223456")).containsExactlyInAnyOrder(GuideElement.phone, GuideElement.fax);
    }

    @Test
    void consultationPhoneWithBracketedAreaCodeIsAPhone() {
        assertThat(of("咨询电话：（028）86012345")).containsExactly(GuideElement.phone);
    }

    @Test
    void fullWidthSpacesInsideLabelsAreIgnored() {
        assertThat(of("传　　真：028-86012346\n电　　话：028-86012345\n地　　址：成都市督院街30号"))
                .containsExactlyInAnyOrder(GuideElement.fax, GuideElement.phone, GuideElement.address);
    }

    @Test
    void workingAndAcceptanceTimesAreOfficeHours() {
        assertThat(of("工作时间：每周一至周五")).containsExactly(GuideElement.hours);
        assertThat(of("受理时间：上午9:00-12:00")).containsExactly(GuideElement.hours);
    }

    @Test
    void emailLabelVariantsNeedAnAddress() {
        assertThat(of("E-mail：xxgk@sc.gov.cn")).containsExactly(GuideElement.email);
        assertThat(of("电子信箱: gk@cd.gov.cn")).containsExactly(GuideElement.email);
        assertThat(of("电子邮件：")).isEmpty();
    }

    @Test
    void correspondenceAddressIsAnAddress() {
        assertThat(of("通讯地址：绵阳市临园路东段68号")).containsExactly(GuideElement.address);
    }

    @Test
    void emptyTemplateLabelsCountForNothing() {
        assertThat(of("办公地址：\n办公时间：\n联系电话：\n传真：\n电子邮箱：\n")).isEmpty();
    }

    @Test
    void officeNamedInNarrativeCounts() {
        assertThat(of("本机关政府信息公开工作机构为市政府办公室，负责受理申请。")).contains(GuideElement.officeName);
    }

    @Test
    void catastrophicInputStaysFast() {
        String menu = "电话".repeat(20_000) + "地址" + "路".repeat(5_000) + ":".repeat(10_000);
        // Bounded quantifiers only: this returns at once; a backtracking pattern would not return.
        assertThat(of(menu)).doesNotContain(GuideElement.email, GuideElement.phone);
    }

    @Test
    void headingFollowedByItsValueCountsWithoutAColon() {
        assertThat(of("受理机构\n青禾县农业农村局综合股\n办公地址\n县行政中心3楼\n电话 0839-5550201"))
                .containsExactlyInAnyOrder(GuideElement.officeName, GuideElement.address, GuideElement.phone);
    }

    @Test
    void severalElementsInOneSentenceEachCount() {
        assertThat(of("地址：县行政中心5楼，邮编：628200，电话：0839-5550501，传真：0839-5550502"))
                .containsExactlyInAnyOrder(GuideElement.address, GuideElement.phone, GuideElement.fax);
    }

    @Test
    void aGovernmentCompoundIsAnAddress() {
        assertThat(java.util.List.of("办公地址：市政府大院", "办公地址：镇政府院内", "地址：县行政中心A区"))
                .allSatisfy(text -> assertThat(of(text)).containsExactly(GuideElement.address));
    }

    @Test
    void aLinkAddressColumnAndTheMetadataIndexNumberAreNotElements() {
        assertThat(of("文件名称 在线链接地址 索引号 年度报告 见附件 SM-01")).isEmpty();
        assertThat(of("索引号：LA-JTJ-2024-00012 发布机构：柳岸区交通运输局")).isEmpty();
    }

    @Test
    void classificationNeedsCategoriesNotAScopeHeading() {
        assertThat(of("（一）公开范围 凡涉及公民切身利益、需要社会公众广泛知晓的信息，本局依法主动公开。")).isEmpty();
        assertThat(of("主动公开的信息包括机构职能、规范性文件、财政预算决算等")).containsExactly(GuideElement.classification);
    }

    @Test
    void aGuideReadableOnlineIsNotAWayToObtainInformation() {
        assertThat(of("本指南可在本局门户网站查阅。")).isEmpty();
        assertThat(of("公众可以到政府信息查阅点获取政府信息。")).containsExactly(GuideElement.access);
    }

    @Test
    void readingRoomContactsAreNotTheOfficesContact() {
        assertThat(of("五、政府信息查阅场所 青禾县档案馆，地址：青禾县文昌路2号，电话：0839-5551301。"))
                .doesNotContain(GuideElement.address, GuideElement.phone);
        assertThat(of("四、查阅场所：县图书馆一楼，电话：0839-5551609。五、受理机构：县发改局办公室，电话：0839-5551601"))
                .contains(GuideElement.officeName, GuideElement.phone).doesNotContain(GuideElement.address);
    }

    @Test
    void namedKindsOutsideTheVocabularyStillMakeAClassification() {
        assertThat(of("本机关主动公开的信息分为：1.概况类；2.法规类；3.计划类；4.业务类。")).containsExactly(GuideElement.classification);
        assertThat(of("本机关政府信息分为主动公开、依申请公开和不予公开三类。")).isEmpty();
    }

    @Test
    void anOfficeLabelInNarrativeIsNotAnOfficeName() {
        assertThat(of("本机关政府信息公开工作机构负责本局政府信息公开的日常工作")).isEmpty();
        assertThat(of("信息公开工作机构\n柳岸区审计局办公室")).containsExactly(GuideElement.officeName);
    }
}
