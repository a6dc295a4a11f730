package dev.ogi.crawlers.fetch;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetsTest {

    static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void gb2312LabelIsDecodedAsGb18030SoRareNameCharactersSurvive() {
        // 䶮 (as in the name 刘䶮) is outside GB2312 and GBK; sites labelled gb2312 still send it.
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>刘䶮局长</p>";

        assertDecoded(Charsets.decode(html.getBytes(GB18030), "text/html"), "刘䶮局长", "meta");
    }

    @Test
    void headerWinsOverMeta() {
        String html = "<meta charset=\"utf-8\"><p>公开指南</p>";

        assertDecoded(Charsets.decode(html.getBytes(GB18030), "text/html; charset=GBK"), "公开指南", "header");
    }

    @Test
    void undeclaredGbkIsDetected() {
        assertDecoded(Charsets.decode("<p>政府信息公开目录</p>".getBytes(GB18030), null), "政府信息公开目录", "detected");
    }

    private static void assertDecoded(Charsets.Decoded d, String text, String source) {
        assertThat(d.text()).contains(text);
        assertThat(d.source()).isEqualTo(source);
    }

    @Test
    void undeclaredUtf8IsDetected() {
        Charsets.Decoded d = Charsets.decode("<p>政府信息公开目录</p>".getBytes(StandardCharsets.UTF_8), null);

        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains("政府信息公开目录");
    }

    @Test
    void iso88591HeaderDefaultDefersToTheMeta() {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>依申请公开</p>";

        assertThat(Charsets.decode(html.getBytes(GB18030), "text/html; charset=ISO-8859-1").text()).contains("依申请公开");
    }
}
