package dev.ogi.crawlers.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SoftNotFoundTest {

    @Test
    void markupMaySayNotFoundWhenItsTextDoesWhateverTheTagsAndSpacesBetween() {
        assertThat(SoftNotFound.maySayNotFound("<p>对不起，页面<b>不 存在</b></p>")).isTrue();
        assertThat(SoftNotFound.maySayNotFound("<div>找&nbsp;不到</div>")).isTrue();
        assertThat(SoftNotFound.maySayNotFound("<title>Ｎｏｔ Ｆｏｕｎｄ</title>")).isTrue(); // full width folded, as in the text
        assertThat(SoftNotFound.maySayNotFound("<title>Error 404</title>")).isTrue();
    }

    @Test
    void markupWhoseTextHasNoneOfTheWordsCannotSayNotFound() {
        assertThat(SoftNotFound.maySayNotFound("<html><body><p>欢迎访问本网站，栏目内容正在更新</p></body></html>")).isFalse();
        // the words only inside a tag (an address, an attribute) are not the page's text
        assertThat(SoftNotFound.maySayNotFound("<a href=\"/404.htm\" title=\"找不到\">返回</a>")).isFalse();
    }

    @Test
    void everyPageThatSaysNotFoundIsOneWhoseMarkupMay() {
        String html = "<html><head><title>提示</title></head><body><table><tr><td>对不起，您访问的页面不存在或已被删除</td></tr></table></body></html>";
        ParsedPage page = PageParser.parse(html, java.net.URI.create("http://www.example.gov.cn/a.htm"), 200,
                java.time.Instant.EPOCH, "");

        assertThat(SoftNotFound.saysNotFound(page.compact(), page.contentLength())).isTrue();
        assertThat(SoftNotFound.maySayNotFound(html)).isTrue();
    }
}
