package dev.ogi.server.bulletins;

/** A bulletin's archive entry (without its HTML, inputs and PDF, which are read on demand). */
public record BulletinRow(
        long id,
        String campaignId,
        int number,
        String issueKey,
        String asOf,
        String issuedAt,
        String issuedBy,
        String title,
        String pdfSha256,
        String pdfProblem) {

    /** Whether the PDF was rendered; when not, {@link #pdfProblem()} says why (the HTML stands). */
    public boolean pdfAvailable() {
        return pdfProblem == null;
    }
}
