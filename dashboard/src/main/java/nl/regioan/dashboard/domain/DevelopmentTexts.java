package nl.regioan.dashboard.domain;

import java.util.Map;

/** The coordinator's edited "developments and initiatives" texts of a report year, per CBS code. */
public interface DevelopmentTexts {

    Map<String, String> ofYear(int year);

    /** Stores (or replaces) the text; returns the text it replaced, or null. */
    String save(int year, String cbsCode, String text, String by);
}
