package dev.ogi.crawlers.judge;

import dev.ogi.crawlers.model.GuideElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dev.ogi.crawlers.model.GuideElement.access;
import static dev.ogi.crawlers.model.GuideElement.address;
import static dev.ogi.crawlers.model.GuideElement.classification;
import static dev.ogi.crawlers.model.GuideElement.email;
import static dev.ogi.crawlers.model.GuideElement.fax;
import static dev.ogi.crawlers.model.GuideElement.hours;
import static dev.ogi.crawlers.model.GuideElement.officeName;
import static dev.ogi.crawlers.model.GuideElement.phone;
import static org.assertj.core.api.Assertions.assertThat;

/** The element patterns against the label variants real guides of 2007 used. */
class GuideElementsTest {

    static Set<GuideElement> of(String text) {
        return GuideJudge.elements(Texts.compact(text));
    }

    /** A label variant or a look-alike, and exactly the elements it makes. */
    static Stream<Arguments> labelVariants() {
        return Stream.of(
                variant("phone and fax on one line count as both", "电话/传真：0817-2223456", phone, fax),
                variant("consultation phone with bracketed area code is a phone", "咨询电话：（028）86012345", phone),
                variant("full-width spaces inside labels are ignored",
                        "传　　真：028-86012346\n电　　话：028-86012345\n地　　址：成都市督院街30号", fax, phone, address),
                variant("working time is office hours", "工作时间：每周一至周五", hours),
                variant("acceptance time is office hours", "受理时间：上午9:00-12:00", hours),
                variant("E-mail label needs an address", "E-mail：xxgk@sc.gov.cn", email),
                variant("电子信箱 label needs an address", "电子信箱: gk@cd.gov.cn", email),
                variant("e-mail label without an address is nothing", "电子邮件："),
                variant("correspondence address is an address", "通讯地址：绵阳市临园路东段68号", address),
                variant("empty template labels count for nothing", "办公地址：\n办公时间：\n联系电话：\n传真：\n电子邮箱：\n"),
                variant("heading followed by its value counts without a colon",
                        "受理机构\n青禾县农业农村局综合股\n办公地址\n县行政中心3楼\n电话 0839-5550201", officeName, address, phone),
                variant("several elements in one sentence each count",
                        "地址：县行政中心5楼，邮编：628200，电话：0839-5550501，传真：0839-5550502", address, phone, fax),
                variant("the city government compound is an address", "办公地址：市政府大院", address),
                variant("the town government compound is an address", "办公地址：镇政府院内", address),
                variant("the county administrative centre is an address", "地址：县行政中心A区", address),
                variant("a link address column is not an element", "文件名称 在线链接地址 索引号 年度报告 见附件 SM-01"),
                variant("the metadata index number is not an element", "索引号：LA-JTJ-2024-00012 发布机构：柳岸区交通运输局"),
                variant("a scope heading is not a classification",
                        "（一）公开范围 凡涉及公民切身利益、需要社会公众广泛知晓的信息，本局依法主动公开。"),
                variant("named categories make a classification", "主动公开的信息包括机构职能、规范性文件、财政预算决算等", classification),
                variant("a guide readable online is not a way to obtain information", "本指南可在本局门户网站查阅。"),
                variant("a reading point is a way to obtain information", "公众可以到政府信息查阅点获取政府信息。", access),
                variant("named kinds outside the vocabulary still make a classification",
                        "本机关主动公开的信息分为：1.概况类；2.法规类；3.计划类；4.业务类。", classification),
                variant("the three kinds of disclosure are not a classification", "本机关政府信息分为主动公开、依申请公开和不予公开三类。"),
                variant("an office label in narrative is not an office name", "本机关政府信息公开工作机构负责本局政府信息公开的日常工作"),
                variant("an office label followed by the office is an office name", "信息公开工作机构\n柳岸区审计局办公室", officeName));
    }

    static Arguments variant(String why, String text, GuideElement... exactly) {
        return Arguments.of(why, text, exactly.length == 0 ? Set.of() : EnumSet.copyOf(List.of(exactly)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelVariants")
    void labelVariantMakesExactlyItsElements(String why, String text, Set<GuideElement> exactly) {
        assertThat(of(text)).isEqualTo(exactly);
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
    void readingRoomContactsAreNotTheOfficesContact() {
        assertThat(of("五、政府信息查阅场所 青禾县档案馆，地址：青禾县文昌路2号，电话：0839-5551301。"))
                .doesNotContain(GuideElement.address, GuideElement.phone);
        assertThat(of("四、查阅场所：县图书馆一楼，电话：0839-5551609。五、受理机构：县发改局办公室，电话：0839-5551601"))
                .contains(GuideElement.officeName, GuideElement.phone).doesNotContain(GuideElement.address);
    }
}
