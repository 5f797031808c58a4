package nl.regioan.dashboard.application;

import java.time.Instant;
import java.util.List;
import nl.regioan.dashboard.domain.KnowledgeLinks.KnowledgeLink;

/** What the developments and the report archive endpoints answer and accept. */
public final class AnnualReportViews {

    private AnnualReportViews() {
    }

    /**
     * "Developments and initiatives" of one member municipality in the report year.
     *
     * @param text   the coordinator's edited text, or (edited false) the text made from the items
     * @param items  the year's published development updates the text started from
     */
    public record Developments(String cbsCode, String municipality, String text, boolean edited, List<KnowledgeLink> items) {
    }

    /** PUT body: the new text of one municipality's section. */
    public record DevelopmentsText(String text) {
    }

    /** Everything a finalised version keeps: the report data and the developments as they were finalised. */
    public record AnnualReport(ReportViews.Report report, List<Developments> developments) {
    }

    /**
     * One archived version without its data.
     *
     * @param intact true when the stored data still has the SHA-256 it was finalised with
     */
    public record VersionSummary(int year, int version, Instant finalisedAt, String finalisedBy, String sha256,
                                 boolean intact) {
    }
}
