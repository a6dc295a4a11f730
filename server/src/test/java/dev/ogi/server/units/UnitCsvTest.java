package dev.ogi.server.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnitCsvTest {

    private static UnitCsv.Parsed parse(String csv) {
        return UnitCsv.parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void goodFileWithByteOrderMarkIsRead() {
        UnitCsv.Parsed parsed = parse("\uFEFFcode,name,group,homepage\n"
                + "510100,成都市人民政府,市州,http://www.chengdu.gov.cn/\n"
                + "jyt,四川省教育厅,省直部门,www.scedu.gov.cn\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(UnitCsv.Row::code).containsExactly("510100", "jyt");
        assertThat(parsed.rows().get(1).homepage()).isEqualTo("http://www.scedu.gov.cn");
        assertThat(parsed.rows().get(1).group()).isEqualTo("省直部门");
    }

    @Test
    void theOptionalOgiUrlColumnIsReadAndABadValueIsRefusedWithItsLine() {
        UnitCsv.Parsed good = parse("code,name,group,homepage,ogiUrl\n"
                + "510181,都江堰市人民政府,县(市、区),http://www.djy.gov.cn/,zwgk.chengdu.gov.cn/djy/index.html\n"
                + "510182,彭州市人民政府,县(市、区),http://www.pengzhou.gov.cn/,\n");
        assertThat(good.errors()).isEmpty();
        assertThat(good.hasOgiUrl()).isTrue();
        assertThat(good.rows()).extracting(UnitCsv.Row::ogiUrl)
                .containsExactly("http://zwgk.chengdu.gov.cn/djy/index.html", null);

        UnitCsv.Parsed bad = parse("code,name,group,homepage,ogiUrl\n"
                + "510181,都江堰市人民政府,县(市、区),http://www.djy.gov.cn/,ftp://zwgk.chengdu.gov.cn/djy/\n");
        assertThat(bad.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("政府信息公开入口（ogiUrl）");
        });
        assertThat(parse("code,name,group,homepage\n510100,成都市人民政府,市州,http://www.chengdu.gov.cn/\n").hasOgiUrl())
                .isFalse();
    }

    @Test
    void groupWithFullWidthBracketsIsNormalised() {
        UnitCsv.Parsed parsed = parse("code,name,group,homepage\n510104,锦江区人民政府,县（市、区）,http://www.jinjiang.gov.cn/\n");

        assertThat(parsed.rows()).singleElement().extracting(UnitCsv.Row::group).isEqualTo("县(市、区)");
    }

    @Test
    void everyBadRowIsReportedWithItsLine() {
        UnitCsv.Parsed parsed = parse("code,name,group,homepage\n"
                + "510100,成都市人民政府,市州,http://www.chengdu.gov.cn/\n"
                + "bad code,某单位,市州,http://a.gov.cn/\n"
                + "510300,,省直部门,ftp://www.zg.gov.cn/\n"
                + "510100,成都市,乡镇,http://www.chengdu.gov.cn/\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).extracting(UnitCsv.RowError::line).containsExactly(3, 4, 4, 5, 5);
        assertThat(parsed.errors().get(0).toString()).startsWith("第3行：单位代码 \"bad code\" 无效");
        assertThat(parsed.errors().get(1).message()).contains("缺少单位名称");
        assertThat(parsed.errors().get(2).message()).contains("不是 http/https 网址");
        assertThat(parsed.errors().get(3).message()).contains("分组 \"乡镇\" 无效");
        assertThat(parsed.errors().get(4).message()).contains("重复");
    }

    @Test
    void missingHeaderColumnIsOneFileError() {
        UnitCsv.Parsed parsed = parse("code,name,homepage\n510100,成都市人民政府,http://www.chengdu.gov.cn/\n");

        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isZero();
            assertThat(e.message()).contains("表头缺少列 group");
        });
    }

    @Test
    void gbkFileIsRefusedWithAHint() {
        byte[] gbk = "code,name,group,homepage\n510100,成都市人民政府,市州,http://www.chengdu.gov.cn/\n"
                .getBytes(Charset.forName("GBK"));

        assertThat(UnitCsv.parse(gbk).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("不是 UTF-8 编码"));
    }

    @Test
    void rowWithTooManyColumnsIsReported() {
        UnitCsv.Parsed parsed = parse("code,name,group,homepage\n510100,成都市人民政府,市州,http://www.chengdu.gov.cn/,extra\n");

        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("列数为 5");
        });
    }

    @Test
    void exportIsReadBackUnchanged() {
        var units = java.util.List.of(
                new Unit("510100", "成都市人民政府", "成都市", "市州", null, "http://www.chengdu.gov.cn/", null, null, null, null, true),
                new Unit("jyt", "四川省教育厅, 厅机关", null, "省直部门", null, "http://www.scedu.gov.cn/", null, null, null, null, true));

        UnitCsv.Parsed parsed = UnitCsv.parse(UnitCsv.write(units).getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(UnitCsv.Row::name).containsExactly("成都市人民政府", "四川省教育厅, 厅机关");
        assertThat(parsed.rows().get(0).shortName()).isEqualTo("成都市");
    }

    @Test
    void exportNeutralisesSpreadsheetFormulasAndImportsThemBackUnchanged() {
        String formula = "=HYPERLINK(\"http://evil.example/\",\"点击\")";
        var units = java.util.List.of(
                new Unit("510100", formula, "+成都", "市州", null, "http://www.chengdu.gov.cn/", null, null, null, null, true));

        String csv = UnitCsv.write(units);

        assertThat(csv).doesNotContain(",=HYPERLINK").contains("'=HYPERLINK").contains("'+成都");
        UnitCsv.Parsed parsed = UnitCsv.parse(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows().get(0).name()).isEqualTo(formula);
        assertThat(parsed.rows().get(0).shortName()).isEqualTo("+成都");
    }
}
