package dev.ogi.crawlers.model;

/** The Article 19 fields of each 政府信息公开目录 entry; names are the project's codes. */
public enum CatalogueField {
    index("索引号"), name("名称"), summary("内容概述"), date("生成日期");

    private final String label;

    CatalogueField(String label) { this.label = label; }

    public String label() { return label; }
}
