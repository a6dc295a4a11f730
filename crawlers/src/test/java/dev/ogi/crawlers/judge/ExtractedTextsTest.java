package dev.ogi.crawlers.judge;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractedTextsTest {

    @Test
    void theSameBytesGiveTheSameDigestAndOneChangedByteAnother() {
        byte[] file = "%PDF-1.4 政府信息公开指南".getBytes(StandardCharsets.UTF_8);
        byte[] changed = file.clone();
        changed[changed.length - 1] ^= 1;

        assertThat(dev.ogi.crawlers.fetch.Hashes.sha256Hex(file)).isEqualTo(dev.ogi.crawlers.fetch.Hashes.sha256Hex(file.clone()))
                .isNotEqualTo(dev.ogi.crawlers.fetch.Hashes.sha256Hex(changed));
    }

    @Test
    void theLeastRecentlyReadTextsGoFirstWhenTheCharactersPassTheBound() {
        ExtractedTexts texts = new ExtractedTexts(3 * (100 + 64));
        texts.put("a", Optional.of("a".repeat(100)));
        texts.put("b", Optional.of("b".repeat(100)));
        texts.put("c", Optional.empty());
        assertThat(texts.get("a")).hasValue("a".repeat(100));

        texts.put("d", Optional.of("d".repeat(100)));

        assertThat(texts.get("b")).as("least recently read").isNull();
        assertThat(texts.get("a")).hasValue("a".repeat(100));
        assertThat(texts.get("c")).as("not a readable document, remembered as such").isEmpty();
        assertThat(texts.get("d")).hasValue("d".repeat(100));
        assertThat(texts.chars()).isLessThanOrEqualTo(3 * (100 + 64));
    }

    @Test
    void aTextLargerThanTheWholeBoundIsNotKept() {
        ExtractedTexts texts = new ExtractedTexts(1_000);
        texts.put("small", Optional.of("x"));

        texts.put("huge", Optional.of("y".repeat(2_000)));

        assertThat(texts.get("huge")).isNull();
        assertThat(texts.get("small")).hasValue("x");
    }

    @Test
    void anAttachmentReadTwiceGivesTheSameTextBothTimes() {
        byte[] pdf = dev.ogi.crawlers.sim.Attachments.pdf(java.util.List.of("某县政府信息公开指南" + System.nanoTime(), "受理机构：县政府办公室"));

        Optional<String> first = AttachmentText.extract(pdf);
        Optional<String> second = AttachmentText.extract(pdf.clone());

        assertThat(first).hasValueSatisfying(t -> assertThat(t).contains("受理机构"));
        assertThat(second).isEqualTo(first);
    }
}
