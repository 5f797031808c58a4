package nl.regioan.monitoring.publicfigures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.regioan.monitoring.value.domain.PublicSource;

/** One applied import of a CBS file: what it was, who imported it, and what it did. Never changed afterwards. */
@Entity
@Table(name = "public_figure_import")
public class PublicFigureImport {

    /** What an import did with the figures of a file. */
    /**
     * What an import did with the figures of a file.
     *
     * @param unchanged         figures already stored with this value, or from a file downloaded later (kept)
     * @param skippedOutside    figures of municipalities that were not members of the region in that period
     * @param skippedOtherAreas figures of provinces (PV##) and the Netherlands (NL01)
     * @param skippedPeriods    figures of another granularity than the indicator's (quarters of a yearly one, ...)
     */
    public record Counts(int observations, int stored, int replaced, int unchanged, int skippedOutside,
                         int skippedOtherAreas, int skippedPeriods) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "table_id", nullable = false)
    private String table;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_format", nullable = false)
    private CbsFileFormat format;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "downloaded_on", nullable = false)
    private LocalDate downloadedOn;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "observations", nullable = false)
    private int observations;

    @Column(name = "stored", nullable = false)
    private int stored;

    @Column(name = "replaced", nullable = false)
    private int replaced;

    @Column(name = "unchanged", nullable = false)
    private int unchanged;

    @Column(name = "skipped_outside", nullable = false)
    private int skippedOutside;

    @Column(name = "skipped_other_areas", nullable = false)
    private int skippedOtherAreas;

    @Column(name = "skipped_periods", nullable = false)
    private int skippedPeriods;

    @Column(name = "source_note", nullable = false)
    private String sourceNote = PublicSource.ATTRIBUTION;

    protected PublicFigureImport() {
    }

    public PublicFigureImport(String table, CbsFileFormat format, String fileName, LocalDate downloadedOn, String by,
                              Instant at) {
        this.table = table;
        this.format = format;
        this.fileName = fileName;
        this.downloadedOn = downloadedOn;
        this.importedBy = by;
        this.importedAt = at;
    }

    /** Records the outcome, once the figures are stored in the same transaction. */
    public void record(Counts counts) {
        observations = counts.observations();
        stored = counts.stored();
        replaced = counts.replaced();
        unchanged = counts.unchanged();
        skippedOutside = counts.skippedOutside();
        skippedOtherAreas = counts.skippedOtherAreas();
        skippedPeriods = counts.skippedPeriods();
    }

    public Long id() {
        return id;
    }

    public String table() {
        return table;
    }

    public CbsFileFormat format() {
        return format;
    }

    public String fileName() {
        return fileName;
    }

    public LocalDate downloadedOn() {
        return downloadedOn;
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public Counts counts() {
        return new Counts(observations, stored, replaced, unchanged, skippedOutside, skippedOtherAreas, skippedPeriods);
    }

    public String sourceNote() {
        return sourceNote;
    }
}
