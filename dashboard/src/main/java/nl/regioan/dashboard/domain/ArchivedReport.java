package nl.regioan.dashboard.domain;

import java.time.Instant;

/**
 * One finalised version of an annual report, as archived. Never changed after it is stored.
 *
 * @param data   the full report as JSON (figures, completeness, the edited developments texts)
 * @param sha256 the digest stored with the data when it was finalised
 */
public record ArchivedReport(int year, int version, Instant finalisedAt, String finalisedBy, String data, String sha256) {

    /** True when the stored data still has the digest it was finalised with. */
    public boolean intact() {
        return ReportDigest.sha256(data).equals(sha256);
    }
}
