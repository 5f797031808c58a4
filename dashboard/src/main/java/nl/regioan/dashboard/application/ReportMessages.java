package nl.regioan.dashboard.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard pages' message bundle (i18n/dashboard_{nl,en}.json), read on the server so the PDF
 * says exactly what the report page says, in the reader's language.
 */
final class ReportMessages {

    private final JsonObject messages;
    private final Locale locale;

    private ReportMessages(JsonObject messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Dutch unless English is asked for. */
    static ReportMessages of(String language) {
        String lang = "en".equalsIgnoreCase(language) ? "en" : "nl";
        String path = "META-INF/resources/i18n/dashboard_" + lang + ".json";
        try (InputStream in = ReportMessages.class.getClassLoader().getResourceAsStream(path);
             JsonReader reader = Json.createReader(in)) {
            return new ReportMessages(reader.readObject(), lang.equals("en") ? Locale.UK : Locale.forLanguageTag("nl-NL"));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String language() {
        return locale.getLanguage();
    }

    String get(String key) {
        return messages.getString(key, key);
    }

    String get(String key, Map<String, ?> values) {
        String text = get(key);
        for (Map.Entry<String, ?> e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return text;
    }

    /** As the pages format numbers: at most two decimals, the reader's separators, "missing" for none. */
    String number(BigDecimal value) {
        if (value == null) {
            return get("dashboard.missing");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
