package nl.regioan.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void dutchIsTheDefaultAndEnglishOnRequest() {
        Message refused = Message.of("login.refused");
        assertEquals("Verkeerde gebruikersnaam of wachtwoord.", refused.text(Messages.DUTCH));
        assertEquals("Wrong username or password.", refused.text(Locale.forLanguageTag("en-GB")));
        assertEquals("Verkeerde gebruikersnaam of wachtwoord.", refused.text(Locale.GERMAN));
    }

    @Test
    void wholeNumbersAreWrittenAsPlainDigitsAndNestedMessagesInTheSameLanguage() {
        assertEquals("Invalid year: 2024 fields are invalid.",
                Message.of("input.invalid.one", "year", Message.of("input.invalid.many", 2024)).text(Messages.ENGLISH));
    }

    @Test
    void anUnknownKeyIsShownAsTheKeyRatherThanFailing() {
        assertEquals("no.such.key", Message.of("no.such.key").text(Messages.DUTCH));
    }

    @Test
    void theAccountsChoiceWinsThenAcceptLanguageThenDutch() {
        List<Locale> englishFirst = Languages.fromAcceptLanguage("de-DE, en;q=0.8, nl;q=0.5");
        assertEquals(Messages.ENGLISH, Languages.choose(Optional.empty(), englishFirst));
        assertEquals(Messages.DUTCH, Languages.choose(Optional.of(Messages.DUTCH), englishFirst));
        assertEquals(Messages.DUTCH, Languages.choose(Optional.empty(), Languages.fromAcceptLanguage("fr, de")));
        assertEquals(Messages.DUTCH, Languages.choose(Optional.of(Locale.FRENCH), List.of()));
    }

    @Test
    void aMalformedOrEmptyAcceptLanguageMeansNoPreference() {
        assertEquals(List.of(), Languages.fromAcceptLanguage("\u00e9\u00e9;q=abc"));
        assertEquals(List.of(), Languages.fromAcceptLanguage(null));
        assertEquals(List.of(), Languages.fromAcceptLanguage("en;q=0"));
    }
}
