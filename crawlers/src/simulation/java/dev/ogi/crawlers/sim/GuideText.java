package dev.ogi.crawlers.sim;

import dev.ogi.crawlers.model.GuideElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The text of a 政府信息公开指南 as real units wrote them in 2007 (see the README's "The domain"), with only
 * the Article 19 elements the scenario grants. Label wording varies by unit
 * (受理时间 / 办公时间, 咨询电话, 传　　真, 电子邮件...). An element left out leaves no trace: no
 * label, no value, no word elsewhere that names it.
 */
public final class GuideText {

    private GuideText() {
    }

    /** A heading and its paragraphs. */
    public record Section(String heading, List<String> paragraphs) {
    }

    public static String title(String unitName) {
        return unitName + "政府信息公开指南";
    }

    public static List<Section> sections(SiteScenario s) {
        Random r = new Random(s.code().hashCode());
        Set<GuideElement> has = s.guideElements();
        String unit = s.unitName();
        String office = officeName(unit);
        String area = s.domain().split("\\.")[0];
        List<Section> out = new ArrayList<>();
        out.add(new Section("", List.of(
                "为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，"
                        + "结合本机关实际，编制本指南。需要获得" + unit + "政府信息公开服务的公民、法人和其他组织，建议阅读本指南。",
                "本指南每年更新一次。")));

        List<String> active = new ArrayList<>();
        if (has.contains(GuideElement.classification)) {
            active.add("（一）公开的范围。本机关主动公开的政府信息分为以下几类：1.机构职能类；2.政策法规类；3.规划计划类；"
                    + "4.行政许可类；5.财政资金类；6.人事信息类；7.工作动态类；8.其他依法应当主动公开的信息。");
        } else {
            active.add("（一）公开的范围。本机关依照《条例》第九条至第十二条的规定主动公开政府信息。");
        }
        if (has.contains(GuideElement.access)) {
            active.add("（二）公开的方式。对于主动公开的政府信息，本机关主要通过以下方式予以公开：" + unit
                    + "门户网站（http://" + s.host() + "）、政府公报、新闻发布会、广播、电视、报刊等；"
                    + "同时在档案馆、公共图书馆设置政府信息查阅场所，公民、法人和其他组织可在查阅场所获取政府信息。");
        }
        if (has.contains(GuideElement.arrangement)) {
            active.add("（三）目录编排体系。本机关政府信息公开目录按照"
                    + (has.contains(GuideElement.classification) ? "信息分类" : "主题")
                    + "编排，每条信息包括索引号、信息名称、内容概述、生成日期等内容。其中索引号由前段码和后段码组成，"
                    + "前段码为本机关组织机构代码，后段码为年度和顺序号，如" + s.orgCode() + "/2007-00001。");
        }
        out.add(new Section("一、主动公开", active));

        List<String> request = new ArrayList<>();
        request.add("除本机关主动公开的政府信息外，公民、法人和其他组织可以根据自身生产、生活、科研等特殊需要，向本机关申请获取相关政府信息。");
        List<String> contact = new ArrayList<>();
        if (has.contains(GuideElement.officeName)) {
            contact.add("受理机构：" + office);
        }
        if (has.contains(GuideElement.address)) {
            contact.add(pick(r, "办公地址", "地　　址", "通讯地址") + "：" + city(unit) + pick(r, "人民南路", "解放路", "新华大道", "文化路")
                    + (10 + r.nextInt(180)) + "号");
        }
        if (has.contains(GuideElement.hours)) {
            contact.add(pick(r, "办公时间", "受理时间", "工作时间")
                    + "：周一至周五（法定节假日除外）上午9:00-12:00，下午13:30-17:30");
        }
        String phone = "028-" + (86000000 + r.nextInt(999999));
        String fax = "028-" + (86000000 + r.nextInt(999999));
        boolean phoneAndFax = has.contains(GuideElement.phone) && has.contains(GuideElement.fax) && r.nextInt(3) == 0;
        if (phoneAndFax) {
            contact.add("电话/传真：" + phone);
        } else {
            if (has.contains(GuideElement.phone)) {
                contact.add(pick(r, "联系电话", "咨询电话", "电　　话") + "：" + phone);
            }
            if (has.contains(GuideElement.fax)) {
                contact.add(pick(r, "传　　真", "传真号码", "传真") + "：" + fax);
            }
        }
        if (has.contains(GuideElement.email)) {
            contact.add(pick(r, "电子邮箱", "电子邮件", "E-mail") + "：xxgk@" + s.domain());
        }
        contact.add("邮政编码：" + (610000 + r.nextInt(999)));
        request.add(has.contains(GuideElement.officeName) ? "（一）受理机构" : "（一）联系方式");
        request.addAll(contact);
        if (has.contains(GuideElement.access)) {
            request.add("（二）申请方式。申请人应当填写《" + unit + "政府信息公开申请表》，可以通过当面、信函、传真或者网上申请等方式提出申请。"
                    + "申请表可在受理机构领取，也可在本网站下载。");
        }
        request.add("（三）处理程序。本机关收到申请后，能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起15个工作日内予以答复；"
                + "如需延长答复期限的，经本机关负责人同意并告知申请人，延长答复的期限最长不超过15个工作日。");
        out.add(new Section("二、依申请公开", request));
        out.add(new Section("三、收费标准", List.of(
                "本机关依申请提供政府信息，除可以收取检索、复制、邮寄等成本费用外，不得收取其他费用。收费标准按照国家有关规定执行。")));
        out.add(new Section("四、监督方式", List.of(
                "公民、法人或者其他组织认为本机关不依法履行政府信息公开义务的，可以向上级行政机关、监察机关或者政府信息公开工作主管部门举报。"
                        + "认为具体行政行为侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。",
                "本指南由" + unit + "负责解释。" + (area.isEmpty() ? "" : ""))));
        return out;
    }

    /** The guide's text as plain paragraphs (for attachments). */
    public static List<String> paragraphs(SiteScenario s) {
        List<String> lines = new ArrayList<>();
        lines.add(title(s.unitName()));
        for (Section section : sections(s)) {
            if (!section.heading().isEmpty()) {
                lines.add(section.heading());
            }
            lines.addAll(section.paragraphs());
        }
        return lines;
    }

    public static String officeName(String unitName) {
        if (unitName.endsWith("人民政府")) {
            return unitName + "办公厅政府信息公开办公室";
        }
        return unitName + "办公室";
    }

    private static String city(String unitName) {
        int i = unitName.indexOf('市');
        if (i > 0 && i < 6) {
            return unitName.substring(0, i + 1);
        }
        int z = unitName.indexOf('州');
        if (z > 0 && z < 10) {
            return unitName.substring(0, z + 1);
        }
        return "成都市";
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
