package nl.regioan.monitoring.publicfigures.domain;

/** The three ways StatLine hands out a table. */
public enum CbsFileFormat {
    /** opendata.cbs.nl OData v3: TypedDataSet or UntypedDataSet, a row per region and period with a column per measure. */
    ODATA_V3,
    /** datasets.cbs.nl OData v4: Observations, a row per measure, region and period, with code lists. */
    ODATA_V4,
    /** The CSV download: ';'-separated, UTF-8 with a byte-order mark, a column per measure. */
    STATLINE_CSV
}
