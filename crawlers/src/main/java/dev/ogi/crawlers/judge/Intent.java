package dev.ogi.crawlers.judge;

/** What a link promises to lead to, judged from its text and address. */
public enum Intent {
    GUIDE, CATALOGUE, OGI, OTHER
}
