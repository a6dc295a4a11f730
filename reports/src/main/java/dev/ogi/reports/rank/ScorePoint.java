package dev.ogi.reports.rank;

import java.time.LocalDate;

/** A score on one day of a series (one point per crawl round). */
public record ScorePoint(LocalDate asOf, double score) {
}
