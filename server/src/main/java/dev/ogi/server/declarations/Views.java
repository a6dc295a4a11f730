package dev.ogi.server.declarations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.reports.campaign.DeclarationField;
import java.time.LocalDate;
import java.util.List;

/** What the declarations API sends: a unit's declarations with every version and its trail, and the office's queue. */
public final class Views {

    private Views() {
    }

    /** All of one unit's declarations in a campaign, one per declaration type (declared or not). */
    public record UnitDeclarations(String unitCode, String unitName, String campaignId, List<Declaration> declarations) {
    }

    /**
     * One declaration type for one unit.
     *
     * @param status          the newest version's status, or {@code none} when nothing was filed
     * @param approvedVersion the version in force (the newest published one), when there is one
     * @param versions        newest first, each with its review trail
     */
    public record Declaration(Type type, Long declarationId, String status, String statusLabel, Integer approvedVersion,
            List<Version> versions) {
    }

    /** The form of a declaration type, as the campaign file defines it. */
    public record Type(String id, String title, String milestone, String milestoneTitle, LocalDate deadline,
            List<DeclarationField> fields) {
    }

    /**
     * @param awaitingStep the review step it waits for (first_review, second_review, final_check), when under review
     */
    public record Version(long id, long declarationId, int version, String status, String statusLabel, String awaitingStep,
            String awaitingStepLabel, JsonNode fields, String createdBy, String createdAt, String submittedAt,
            String publishedAt, List<Review> trail, List<Attachment> attachments) {
    }

    public record Review(String step, String stepLabel, String decision, String decisionLabel, String actor, String comment,
            String at) {
    }

    public record Attachment(long id, long versionId, String fieldId, String fileName, String contentType, long sizeBytes,
            String sha256, String uploadedBy, String uploadedAt, String downloadUrl) {
    }

    /** The office's review queue: how many wait at each step, and every waiting version. */
    public record Queue(String campaignId, LocalDate asOf, int overdueDays, List<StepCount> counts, int overdue,
            List<QueueItem> items) {
    }

    public record StepCount(String status, String label, int count) {
    }

    /**
     * @param waitingDays   days since it reached its current step (filing or the last review)
     * @param overdueReasons empty unless overdue: waited too long, or its milestone's deadline has passed
     */
    public record QueueItem(long versionId, long declarationId, String unitCode, String unitName, String typeId,
            String typeTitle, String milestone, LocalDate deadline, int version, String status, String statusLabel,
            String awaitingStep, String awaitingStepLabel, String submittedAt, String waitingSince, long waitingDays,
            boolean overdue, List<String> overdueReasons) {
    }
}
