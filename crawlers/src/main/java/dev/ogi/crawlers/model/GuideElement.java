package dev.ogi.crawlers.model;

/**
 * The Article 19 elements of a 政府信息公开指南. The enum names are the project's codes for them
 * everywhere (API, database, UI keys), exactly as the README's "The domain" lists them.
 */
public enum GuideElement {
    classification("政府信息的分类"), arrangement("编排体系"), access("获取方式"), officeName("工作机构名称"), address("办公地址"),
    hours("办公时间"), phone("联系电话"), fax("传真号码"), email("电子邮箱");

    private final String label;

    GuideElement(String label) { this.label = label; }

    /** The element's name as the Regulations word it, for people. */
    public String label() { return label; }
}
