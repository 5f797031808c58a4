package nl.regioan.kb.attachment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An upload beyond the configured size limit: answered 413, and nothing of it is kept. */
public class FileTooLargeException extends RejectedFileException {

    private static final long MB = 1024 * 1024;

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super("the file is larger than the limit of " + megabytes(maxBytes) + " MB");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** 26214400 -> "25", 524288 -> "0.5". */
    public static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
