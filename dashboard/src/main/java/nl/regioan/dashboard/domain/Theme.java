package nl.regioan.dashboard.domain;

import java.util.Locale;

/**
 * The policy theme a tile is shown under. The catalogue has no theme column, so the themes of
 * section 6.2 are derived from the indicator code here, in one place.
 */
public enum Theme {
    REGISTRATION, HOUSING, WORK_AND_ECONOMY, WELLBEING, COLLABORATION;

    public static Theme of(String indicatorCode) {
        String code = indicatorCode.toUpperCase(Locale.ROOT);
        if (code.startsWith("REG_")) {
            return REGISTRATION;
        }
        if (code.startsWith("VERG_") || code.startsWith("HUISV_") || code.equals("WONEN_BIJ_WERK")
                || code.equals("IW_WONEND") || code.equals("WONINGWAARDE") || code.equals("TEVR_WOONOMG")) {
            return HOUSING;
        }
        if (code.equals("CONV_PARTNERS") || code.equals("APP_GEBRUIK") || code.equals("ENQ_RESPONS")) {
            return COLLABORATION;
        }
        if (code.equals("TEVR_LEVEN") || code.equals("GEZONDHEID") || code.equals("OVERLAST")) {
            return WELLBEING;
        }
        return WORK_AND_ECONOMY;
    }
}
