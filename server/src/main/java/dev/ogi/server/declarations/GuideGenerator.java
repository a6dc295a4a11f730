package dev.ogi.server.declarations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.units.Unit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the standard-format 政府信息公开指南 and the catalogue skeleton from a unit's approved
 * declarations, as the province's filing system did: the guide carries every Article 19 element
 * (分类, 编排体系, 获取方式 and the work body's 名称, 地址, 办公时间, 电话, 传真, 电子邮箱) in the
 * structure real guides of 2007-2008 used; the catalogue lists the filed categories with index
 * numbers 前段码/年份-流水号 (the 2008 State Council catalogue guideline).
 */
final class GuideGenerator {

    /** Rows written out per category in the skeleton; the rest are numbered in a note. */
    static final int ROWS_PER_CATEGORY = 20;
    static final String NOT_GIVEN = "（未填报）";

    private GuideGenerator() {
    }

    /**
     * @param organisation the approved 组织机构 declaration
     * @param filing       the approved 信息梳理填报 declaration, for the categories
     * @param readingRoom  the approved 查阅场所 declaration, for where the public may read
     */
    static GeneratedDocument guide(Unit unit, ApprovedDeclaration organisation, Optional<ApprovedDeclaration> filing,
            Optional<ApprovedDeclaration> readingRoom, int year) {
        String office = organisation.text("officeName").orElse(unit.name() + "政府信息公开工作机构");
        Map<String, Long> categories = filing.map(GuideGenerator::counts).orElse(Map.of());
        String orgCode = prefixCode(organisation);
        List<GeneratedDocument.Block> blocks = new ArrayList<>();

        blocks.add(p("为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，编制本指南。"
                + "需要获得" + unit.name() + "政府信息公开服务的公民、法人和其他组织，建议阅读本指南。本指南每年更新一次。"));

        blocks.add(h1("一、主动公开"));
        blocks.add(h2("（一）公开的范围（政府信息的分类）"));
        if (categories.isEmpty()) {
            blocks.add(p("本机关主动公开的政府信息按以下分类编排：机构职能、政策法规、规划计划、行政许可、财政预算、人事任免、统计信息、"
                    + "应急管理、重大项目及其他依法应当主动公开的信息。"));
        } else {
            blocks.add(p("本机关主动公开的政府信息分为以下 " + categories.size() + " 类（括号内为已梳理的信息条数）："));
            int i = 1;
            for (Map.Entry<String, Long> entry : categories.entrySet()) {
                blocks.add(p(i++ + ". " + entry.getKey() + "（" + entry.getValue() + " 条）"));
            }
        }
        blocks.add(h2("（二）公开的方式（获取方式）"));
        blocks.add(p("本机关主动公开的政府信息，主要通过以下方式公开，公众可通过下列方式获取："));
        blocks.add(p("1. 政府网站：" + (unit.homepage() == null || unit.homepage().isBlank() ? "本机关门户网站" : unit.homepage())
                + " 政府信息公开专栏，这是政府信息公开的第一平台；"));
        blocks.add(p("2. 政府公报、报刊、广播、电视等新闻媒体；"));
        blocks.add(p("3. 新闻发布会；"));
        blocks.add(p("4. 政府信息查阅场所：" + readingRoom.map(r -> r.text("location").orElse(NOT_GIVEN)
                + "，开放时间：" + r.text("openingHours").orElse(NOT_GIVEN))
                .orElse("本机关在档案馆、公共图书馆等处设立政府信息查阅场所，具体地址另行公布") + "。"));
        blocks.add(h2("（三）目录编排体系（编排体系）"));
        blocks.add(p("本机关政府信息公开目录按信息类别分类编排（分类导航），并提供检索功能。每条信息包括索引号、信息名称、内容概述、"
                + "生成日期等要素。索引号由前段码和后段码组成：前段码为本机关组织机构代码 " + orgCode
                + "，后段码由信息生成年份和 5 位流水号组成，例如 " + indexNumber(orgCode, year, 1) + "。"));

        blocks.add(h1("二、依申请公开"));
        blocks.add(p("公民、法人或者其他组织可以根据自身生产、生活、科研等特殊需要，向本机关申请获取相关政府信息。"));
        blocks.add(h2("（一）受理机构"));
        List<List<String>> contact = new ArrayList<>();
        contact.add(List.of("机构名称", office));
        contact.add(List.of("办公地址", organisation.text("address").orElse(NOT_GIVEN)));
        contact.add(List.of("办公时间", organisation.text("hours").orElse(NOT_GIVEN)));
        contact.add(List.of("联系电话", organisation.text("phone").orElse(NOT_GIVEN)));
        contact.add(List.of("传真号码", organisation.text("fax").orElse(NOT_GIVEN)));
        contact.add(List.of("电子邮箱", organisation.text("email").orElse(NOT_GIVEN)));
        organisation.text("postcode").ifPresent(code -> contact.add(List.of("邮政编码", code)));
        blocks.add(new GeneratedDocument.Table(List.of("项目", "内容"), contact));
        blocks.add(h2("（二）申请方式"));
        blocks.add(p("申请人可以通过当面申请、信函申请、传真申请和网上（电子邮件）申请等方式提出申请。申请人采用书面形式（包括数据电文形式）"
                + "提出申请，采用书面形式确有困难的，可以口头提出，由受理机构代为填写申请表。"));
        blocks.add(p("申请应当包括：（1）申请人的姓名或者名称、联系方式；（2）申请公开的政府信息的内容描述；"
                + "（3）申请公开的政府信息的形式要求。"));
        blocks.add(h2("（三）处理程序"));
        blocks.add(p("受理机构收到申请后，能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起 15 个工作日内予以答复；"
                + "如需延长答复期限，经政府信息公开工作机构负责人同意并告知申请人，延长答复的期限最长不超过 15 个工作日。"
                + "申请公开的政府信息涉及第三方权益的，征求第三方意见所需时间不计算在上述期限内。"));
        blocks.add(p("对申请公开的政府信息，按下列情形分别答复：属于公开范围的，告知申请人获取该政府信息的方式和途径；"
                + "属于不予公开范围的，告知申请人并说明理由；依法不属于本机关公开或者该政府信息不存在的，告知申请人，"
                + "对能够确定该政府信息的公开机关的，告知申请人该行政机关的名称、联系方式；申请内容不明确的，告知申请人作出更改、补充。"));

        blocks.add(h1("三、收费标准"));
        blocks.add(p("依申请提供政府信息，除可以收取检索、复制、邮寄等成本费用外，不得收取其他费用。收费标准按照国务院价格主管部门"
                + "会同国务院财政部门制定的标准执行。申请公开政府信息的公民确有经济困难的，经本人申请、政府信息公开工作机构负责人"
                + "审核同意，可以减免相关费用。"));

        blocks.add(h1("四、监督方式"));
        blocks.add(p("公民、法人或者其他组织认为本机关不依法履行政府信息公开义务的，可以向上级行政机关、监察机关或者政府信息公开工作"
                + "主管部门（四川省人民政府办公厅）举报。公民、法人或者其他组织认为本机关在政府信息公开工作中的具体行政行为侵犯其"
                + "合法权益的，可以依法申请行政复议或者提起行政诉讼。"));
        blocks.add(p(unit.name() + "　" + year + "年"));
        return new GeneratedDocument(unit.name() + "政府信息公开指南", "guide", blocks);
    }

    /** The catalogue skeleton: each filed category with its items' index numbers, to be filled in. */
    static GeneratedDocument catalogue(Unit unit, ApprovedDeclaration organisation, ApprovedDeclaration filing, int year) {
        String orgCode = prefixCode(organisation);
        Map<String, Long> categories = counts(filing);
        List<GeneratedDocument.Block> blocks = new ArrayList<>();
        long total = categories.values().stream().mapToLong(Long::longValue).sum();
        blocks.add(p("本目录按《政府信息公开条例》第十九条编制，按信息类别编排。每条信息的索引号由前段码（本机关组织机构代码 " + orgCode
                + "）和后段码（年份-5位流水号）组成。本目录骨架依据已审核通过的信息梳理填报生成，共 " + categories.size() + " 类 "
                + total + " 条，请逐条填写信息名称、内容概述和生成日期后公布。"));
        long serial = 1;
        int section = 1;
        for (Map.Entry<String, Long> entry : categories.entrySet()) {
            long count = entry.getValue();
            blocks.add(h1(chineseNumber(section++) + "、" + entry.getKey() + "（" + count + " 条）"));
            if (count == 0) {
                blocks.add(p("本类暂无信息。"));
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            long shown = Math.min(count, ROWS_PER_CATEGORY);
            for (long i = 0; i < shown; i++) {
                rows.add(List.of(indexNumber(orgCode, year, serial + i), "", "", ""));
            }
            blocks.add(new GeneratedDocument.Table(List.of("索引号", "信息名称", "内容概述", "生成日期"), rows));
            if (count > shown) {
                blocks.add(p("其余 " + (count - shown) + " 条依次编号至 " + indexNumber(orgCode, year, serial + count - 1) + "。"));
            }
            serial += count;
        }
        return new GeneratedDocument(unit.name() + "政府信息公开目录", "catalogue", blocks);
    }

    /** 前段码/年份-流水号, e.g. 000014349/2008-00001. */
    static String indexNumber(String prefix, int year, long serial) {
        return prefix + "/" + year + "-" + String.format("%05d", serial);
    }

    /** The organisation code without its hyphen: 00001434-9 → 000014349. */
    static String prefixCode(ApprovedDeclaration organisation) {
        return organisation.text("orgCode").map(code -> code.replace("-", "").strip()).orElse("000000000");
    }

    static Map<String, Long> counts(ApprovedDeclaration filing) {
        Map<String, Long> counts = new LinkedHashMap<>();
        JsonNode node = filing.fields().get("categoryCounts");
        if (node != null && node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                counts.put(entry.getKey(), entry.getValue().asLong());
            }
        }
        return counts;
    }

    private static String chineseNumber(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        if (n < 20) {
            return "十" + digits[n % 10];
        }
        return digits[n / 10] + "十" + digits[n % 10];
    }

    private static GeneratedDocument.Heading h1(String text) {
        return new GeneratedDocument.Heading(1, text);
    }

    private static GeneratedDocument.Heading h2(String text) {
        return new GeneratedDocument.Heading(2, text);
    }

    private static GeneratedDocument.Paragraph p(String text) {
        return new GeneratedDocument.Paragraph(text);
    }
}
