package dev.ogi.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void unitsAreListedByTheShortNamesBulletinsUse() {
        assertThat(ChineseText.listName("成都市人民政府")).isEqualTo("成都市");
        assertThat(ChineseText.listName("阿坝藏族羌族自治州人民政府")).isEqualTo("阿坝藏族羌族自治州");
        assertThat(ChineseText.listName("四川省教育厅")).isEqualTo("省教育厅");
        assertThat(ChineseText.listName("四川省人民政府法制办公室")).isEqualTo("省政府法制办公室");
        assertThat(ChineseText.listName("黑龙江省统计局")).isEqualTo("省统计局");
        assertThat(ChineseText.listName("四川省人民政府")).isEqualTo("四川省");
        assertThat(ChineseText.listName("人民政府")).isEqualTo("人民政府");
        assertThat(ChineseText.listName("郫县人民政府")).isEqualTo("郫县");
    }
}
