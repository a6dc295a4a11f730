package dev.ogi.reports.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The items Article 19 of the Regulations requires, by the codes the crawler writes into its
 * findings (and the database stores): the nine elements of a guide (公开指南) and the four fields
 * of each catalogue (公开目录) entry. A campaign lists the codes an indicator counts; the loader
 * refuses any other code. Kept here as data so that reports needs nothing of the crawler.
 */
public final class Article19 {

    /** Guide element codes, in the Regulations' order. */
    public static final List<String> GUIDE_ELEMENTS = List.of("classification", "arrangement", "access",
            "officeName", "address", "hours", "phone", "fax", "email");

    /** Catalogue field codes, in the Regulations' order. */
    public static final List<String> CATALOGUE_FIELDS = List.of("index", "name", "summary", "date");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("classification", "政府信息的分类"), Map.entry("arrangement", "编排体系"),
            Map.entry("access", "获取方式"), Map.entry("officeName", "工作机构名称"), Map.entry("address", "办公地址"),
            Map.entry("hours", "办公时间"), Map.entry("phone", "联系电话"), Map.entry("fax", "传真号码"),
            Map.entry("email", "电子邮箱"),
            Map.entry("index", "索引号"), Map.entry("name", "名称"), Map.entry("summary", "内容概述"),
            Map.entry("date", "生成日期"));

    private Article19() {
    }

    /** The item's name as the Regulations word it, for people. */
    public static String label(String code) {
        return Optional.ofNullable(LABELS.get(code)).orElse(code);
    }
}
