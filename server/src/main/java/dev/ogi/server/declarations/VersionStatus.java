package dev.ogi.server.declarations;

import java.util.Optional;

/**
 * Where a declaration version stands in 填报 → 初审 → 复审 → 复核 → 公示. The names are stored in
 * {@code declaration_versions.status}; {@link #published} means approved.
 */
public enum VersionStatus {
    draft("草稿", null),
    submitted("已填报，待初审", ReviewStep.first_review),
    first_reviewed("初审通过，待复审", ReviewStep.second_review),
    second_reviewed("复审通过，待复核", ReviewStep.final_check),
    published("已公示（审核通过）", null),
    returned("已退回", null);

    private final String label;
    private final ReviewStep awaiting;

    VersionStatus(String label, ReviewStep awaiting) { this.label = label; this.awaiting = awaiting; }

    public String label() { return label; }

    /** The review step this version waits for, when it is under review. */
    public Optional<ReviewStep> awaiting() {
        return Optional.ofNullable(awaiting);
    }

    public boolean underReview() {
        return awaiting != null;
    }

    /** The status after the awaited step passes. */
    VersionStatus afterPass() {
        return switch (this) {
            case submitted -> first_reviewed;
            case first_reviewed -> second_reviewed;
            case second_reviewed -> published;
            default -> throw new IllegalStateException(this + " is not under review");
        };
    }
}
