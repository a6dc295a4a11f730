package dev.ogi.reports.campaign;

/** A campaign file that cannot be used, with the file and what is wrong in it. */
public class CampaignFileException extends RuntimeException {

    public CampaignFileException(String source, String problem) {
        super("campaign file " + source + ": " + problem);
    }

    public CampaignFileException(String source, String problem, Throwable cause) {
        super("campaign file " + source + ": " + problem, cause);
    }
}
