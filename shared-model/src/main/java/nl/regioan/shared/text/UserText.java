package nl.regioan.shared.text;

import java.text.Normalizer;
import java.util.Optional;
import nl.regioan.shared.api.Message;

/**
 * Rules for text people type: one Unicode form (NFC, so a decomposed "é" equals the composed one) and
 * only characters that every output can carry. XML 1.0 (and so the PDF renderer, which parses XHTML)
 * refuses control characters other than tab, line feed and carriage return, unpaired surrogates and the
 * non-characters U+FFFE/U+FFFF; the other non-characters (U+FDD0..U+FDEF, U+nFFFE/U+nFFFF) are refused
 * too, as Unicode reserves them for a program's internal use. Lengths count code points, as the
 * database's utf8mb4 VARCHAR columns do.
 */
public final class UserText {

    private UserText() {
    }

    /** The text in NFC; null stays null. */
    public static String normalised(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** True for a code point that text in this platform may hold. */
    public static boolean allowed(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return true;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
            return false;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return false;
        }
        if (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) {
            return false;
        }
        return (codePoint & 0xFFFE) != 0xFFFE && codePoint <= Character.MAX_CODE_POINT;
    }

    /** The first character that is not allowed, described for a person ("U+FFFF at character 13"). */
    public static Optional<String> forbiddenCharacter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int position = 1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!allowed(codePoint)) {
                return Optional.of(String.format("U+%04X at character %d", codePoint, position));
            }
            i += Character.charCount(codePoint);
            position++;
        }
        return Optional.empty();
    }

    /** The text without the characters that are not allowed: for output, so stored text can never break a document. */
    public static String withoutForbidden(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (!allowed(codePoint)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** Length in code points, as a utf8mb4 column counts it. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /**
     * What is wrong with a text for a column of {@code maxLength} characters, or empty when it fits:
     * a forbidden character ({@code text.forbiddenCharacter}) or too many characters ({@code text.tooLong},
     * with the limit).
     */
    public static Optional<Message> problem(String text, int maxLength) {
        Optional<String> forbidden = forbiddenCharacter(text);
        if (forbidden.isPresent()) {
            return Optional.of(Message.of("text.forbiddenCharacter", forbidden.get()));
        }
        int length = length(text);
        if (length > maxLength) {
            return Optional.of(Message.of("text.tooLong", maxLength, length));
        }
        return Optional.empty();
    }
}
