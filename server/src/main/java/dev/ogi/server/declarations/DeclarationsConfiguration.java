package dev.ogi.server.declarations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The {@code declarations:} section of the configuration. */
public class DeclarationsConfiguration {

    /** Where uploaded documents are kept, one file per SHA-256 (outside the database). */
    @NotBlank
    private String attachmentsDirectory = "data/attachments";

    /** The largest document a unit may upload. */
    @NotNull
    private DataSize maxAttachmentSize = DataSize.megabytes(10);

    /** 谁审核谁负责: when true, no account may do two steps (filing included) of the same version. */
    private boolean distinctReviewers = false;

    /** A version waiting this many days for its next review step is flagged overdue in the queue. */
    @Min(1)
    private int reviewOverdueDays = 5;

    @JsonProperty public String getAttachmentsDirectory() { return attachmentsDirectory; }
    @JsonProperty public void setAttachmentsDirectory(String attachmentsDirectory) { this.attachmentsDirectory = attachmentsDirectory; }
    @JsonProperty public DataSize getMaxAttachmentSize() { return maxAttachmentSize; }
    @JsonProperty public void setMaxAttachmentSize(DataSize maxAttachmentSize) { this.maxAttachmentSize = maxAttachmentSize; }
    @JsonProperty public boolean isDistinctReviewers() { return distinctReviewers; }
    @JsonProperty public void setDistinctReviewers(boolean distinctReviewers) { this.distinctReviewers = distinctReviewers; }
    @JsonProperty public int getReviewOverdueDays() { return reviewOverdueDays; }
    @JsonProperty public void setReviewOverdueDays(int reviewOverdueDays) { this.reviewOverdueDays = reviewOverdueDays; }
}
