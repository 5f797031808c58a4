package nl.regioan.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserTextTest {

    @Test
    void aDecomposedLetterBecomesTheComposedOne() {
        String decomposed = "cafe\u0301";
        assertEquals("caf\u00e9", UserText.normalised(decomposed));
        assertEquals(4, UserText.length(UserText.normalised(decomposed)));
        assertEquals(null, UserText.normalised(null));
    }

    @Test
    void distinctLettersStayDistinct() {
        assertFalse(UserText.normalised("café").equals(UserText.normalised("cafe")));
        assertFalse(UserText.normalised("straße").equals(UserText.normalised("strasse")));
        // NFC, not NFKC: a fullwidth letter is a character of its own
        assertEquals("\uFF41", UserText.normalised("\uFF41"));
    }

    @Test
    void nonCharactersAndControlsAreNamedWithTheirPosition() {
        assertEquals("U+FFFF at character 3", UserText.forbiddenCharacter("ab\uFFFFc").orElseThrow());
        assertEquals("U+0000 at character 1", UserText.forbiddenCharacter("\u0000").orElseThrow());
        assertEquals("U+FDD0 at character 2", UserText.forbiddenCharacter("a\uFDD0").orElseThrow());
        assertEquals("U+1FFFE at character 2", UserText.forbiddenCharacter("a" + new String(Character.toChars(0x1FFFE))).orElseThrow());
        assertEquals("U+D800 at character 2", UserText.forbiddenCharacter("a\uD800b").orElseThrow());
        assertEquals("U+0085 at character 1", UserText.forbiddenCharacter("\u0085").orElseThrow());
        assertTrue(UserText.forbiddenCharacter("Tab\tnew\nline\r, € and 😀 ok").isEmpty());
    }

    @Test
    void outputDropsOnlyTheForbiddenCharacters() {
        assertEquals("abc😀", UserText.withoutForbidden("a\uFFFFb\u0001c\uD800😀"));
        String clean = "nothing to drop";
        assertTrue(clean == UserText.withoutForbidden(clean), "an allowed text is returned as it is");
    }

    @Test
    void lengthsCountCodePointsAndNameTheLimit() {
        assertTrue(UserText.problem("😀😀", 2).isEmpty(), "two emoji are two characters in utf8mb4");
        assertEquals("at most 2 characters (this one has 3)", UserText.problem("abc", 2).orElseThrow().text(Locale.ENGLISH));
        assertEquals("text.tooLong", UserText.problem("abc", 2).orElseThrow().key());
        assertTrue(UserText.problem("a\uFFFF", 10).orElseThrow().text(Locale.ENGLISH).contains("U+FFFF at character 2"));
        assertTrue(UserText.problem("a\uFFFF", 10).orElseThrow().text(Locale.forLanguageTag("nl")).contains("U+FFFF"));
    }
}
