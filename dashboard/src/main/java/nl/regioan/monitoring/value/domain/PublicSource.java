package nl.regioan.monitoring.value.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import nl.regioan.shared.api.Message;

/**
 * Where a value published by CBS came from: the table, the measure, the day the file was
 * downloaded and the import that stored it. A value with a source is not entered by hand.
 */
@Embeddable
public class PublicSource {

    /** The attribution the CBS licence (CC BY 4.0) asks for. */
    public static final String ATTRIBUTION = "Bron: CBS";

    @Column(name = "source_table")
    private String table;

    @Column(name = "source_measure")
    private String measure;

    @Column(name = "source_downloaded")
    private LocalDate downloaded;

    @Column(name = "source_import_id")
    private Long importId;

    protected PublicSource() {
    }

    public PublicSource(String table, String measure, LocalDate downloaded, long importId) {
        this.table = Objects.requireNonNull(table);
        this.measure = Objects.requireNonNull(measure);
        this.downloaded = Objects.requireNonNull(downloaded);
        this.importId = importId;
    }

    public String table() {
        return table;
    }

    public String measure() {
        return measure;
    }

    public LocalDate downloaded() {
        return downloaded;
    }

    public Long importId() {
        return importId;
    }

    /** "Bron: CBS, tabel 70072NED, TotaleBevolking_1, gedownload op 2026-11-30", in the reader's language. */
    public Message describe() {
        return Message.of("publicFigures.source", table, measure, downloaded.toString());
    }
}
