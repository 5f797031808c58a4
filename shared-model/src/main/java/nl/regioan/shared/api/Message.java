package nl.regioan.shared.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text for a person, as a key of the {@link Messages} bundles plus its {@link java.text.MessageFormat}
 * arguments, so that the answer can be written in the reader's language at the edge.
 * Arguments may themselves be messages (rendered in the same language).
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /**
     * Transitional: a text that has no key yet, shown as it is in both languages. Being removed; give new
     * texts a key in the bundles instead.
     */
    @Deprecated
    public static Message untranslated(String text) {
        return of("text.untranslated", text);
    }

    /** The text in the given language. */
    public String text(Locale language) {
        return Messages.text(this, language);
    }

    /** In English, for logs and exception messages; answers use {@link #text(Locale)}. */
    @Override
    public String toString() {
        return text(Messages.ENGLISH);
    }
}
