package nl.regioan.monitoring.publicfigures.domain;

import java.util.List;

/**
 * A CBS file as read: its format, the table it names (null when the file does not say) and its figures.
 */
public record CbsFile(CbsFileFormat format, String table, List<CbsObservation> observations) {

    /** CBS writes table ids in either case (70072ned, 85035NED): compared in upper case. */
    public static String normaliseTable(String table) {
        return table == null ? null : table.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
