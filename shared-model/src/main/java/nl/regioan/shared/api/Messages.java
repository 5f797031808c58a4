package nl.regioan.shared.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The server's texts: {@code nl/regioan/shared/api/Messages.properties} (Dutch, the default) and
 * {@code Messages_en.properties} (English), with {@link MessageFormat} arguments ({@code {0}}).
 * Whole numbers are passed as plain digits (a year stays 2024, not 2.024); write a quote as {@code ''}.
 */
public final class Messages {

    public static final String BUNDLE = "nl.regioan.shared.api.Messages";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale language) {
        Locale supported = ENGLISH.getLanguage().equals(language.getLanguage()) ? ENGLISH : DUTCH;
        return ResourceBundle.getBundle(BUNDLE, supported, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    public static boolean exists(String key) {
        return bundle(DUTCH).containsKey(key) && bundle(ENGLISH).containsKey(key);
    }

    /** The message in the language; a key without a text is logged and shown as the key, never an error. */
    public static String text(Message message, Locale language) {
        String pattern;
        try {
            pattern = bundle(language).getString(message.key());
        } catch (MissingResourceException e) {
            LOG.warning(() -> "No text for message key " + message.key());
            return message.key();
        }
        Object[] arguments = message.arguments().stream().map(argument -> plain(argument, language)).toArray();
        return new MessageFormat(pattern, language).format(arguments);
    }

    private static Object plain(Object argument, Locale language) {
        if (argument instanceof Message nested) {
            return text(nested, language);
        }
        if (argument instanceof Integer || argument instanceof Long || argument instanceof Short
                || argument instanceof java.math.BigInteger) {
            return argument.toString();
        }
        if (argument instanceof Enum<?> e) {
            return e.name();
        }
        return argument;
    }
}
