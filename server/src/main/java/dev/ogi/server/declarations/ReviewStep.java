package dev.ogi.server.declarations;

/** The steps recorded in {@code declaration_reviews.step}, with the filing system's names. */
public enum ReviewStep {
    submit("填报"), first_review("初审"), second_review("复审"), final_check("复核");

    private final String label;

    ReviewStep(String label) { this.label = label; }

    public String label() { return label; }
}
