package nl.regioan.shared.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which of the supported languages an answer is written in. */
public final class Languages {

    private Languages() {
    }

    /**
     * The account's choice if it has one, else the first supported language of Accept-Language (in the
     * client's order of preference), else Dutch.
     */
    public static Locale choose(Optional<Locale> accountChoice, List<Locale> acceptable) {
        Optional<Locale> chosen = accountChoice.flatMap(Languages::supported);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        for (Locale locale : acceptable) {
            Optional<Locale> supported = supported(locale);
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return Messages.DUTCH;
    }

    /** The languages of an Accept-Language header in order of preference; empty when absent or malformed. */
    public static List<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().startsWith("*"))
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }

    private static Optional<Locale> supported(Locale locale) {
        return Messages.SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst();
    }
}
