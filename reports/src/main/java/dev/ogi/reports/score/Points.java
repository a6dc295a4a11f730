package dev.ogi.reports.score;

/** The precision every score is kept at. */
public final class Points {

    private Points() {
    }

    /** Rounded to 2 decimals. */
    public static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
