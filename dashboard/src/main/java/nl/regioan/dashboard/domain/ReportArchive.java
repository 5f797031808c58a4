package nl.regioan.dashboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The archive of finalised annual reports: versions are added, never changed or removed. */
public interface ReportArchive {

    /** Stores the next version of the year's report (1 for the first) and returns it. */
    ArchivedReport add(int year, Instant finalisedAt, String finalisedBy, String data);

    /** The year's versions, oldest first. */
    List<ArchivedReport> versions(int year);

    Optional<ArchivedReport> version(int year, int version);
}
