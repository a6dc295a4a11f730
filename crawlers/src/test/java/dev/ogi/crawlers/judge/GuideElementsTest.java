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
}
