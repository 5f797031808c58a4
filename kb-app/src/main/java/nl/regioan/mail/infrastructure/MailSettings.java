package nl.regioan.mail.infrastructure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import nl.regioan.mail.domain.Backoff;

/**
 * The mail settings from MicroProfile Config, checked once at start: an invalid one stops the start
 * with a message that names it by its environment variable. Without {@code KB_SMTP_HOST} mails are
 * written as .eml files under {@code KB_DATA_DIR/mail}.
 */
public record MailSettings(Optional<Smtp> smtp, Path folder, String from, String baseUrl, Backoff backoff,
                           Duration pollEvery, Duration scheduleEvery, int digestHour) {

    /** An SMTP server. */
    public record Smtp(String host, int port, Optional<String> user, Optional<String> password, boolean startTls) {
    }

    /** A setting that cannot be used; the message names it. */
    public static final class InvalidSetting extends RuntimeException {
        public InvalidSetting(String message) {
            super(message);
        }
    }

    /** Reads the settings through {@code config} (key -> value, blank counts as unset). */
    public static MailSettings read(Function<String, Optional<String>> config) {
        Function<String, Optional<String>> set = key -> config.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        Optional<String> host = set.apply("kb.smtp.host");
        boolean startTls = bool(set, "kb.smtp.starttls", false);
        int port = integer(set, "kb.smtp.port", 25, 1, 65535, "a port number from 1 to 65535");
        Optional<String> user = set.apply("kb.smtp.user");
        Optional<String> password = config.apply("kb.smtp.password").filter(v -> !v.isEmpty());
        if (password.isPresent() && user.isEmpty()) {
            throw invalid("kb.smtp.password", "is set without KB_SMTP_USER; set both or neither");
        }
        String from = set.apply("kb.smtp.from").orElse("kennisbank@localhost");
        if (!from.matches("[^@\\s<>\"]+@[^@\\s<>\"]+")) {
            throw invalid("kb.smtp.from", "must be one mail address such as kennisbank@gemeente.nl, not \"" + from + "\"");
        }
        String baseUrl = set.apply("kb.base-url").orElse("http://localhost:8080");
        try {
            URI uri = URI.create(baseUrl);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw invalid("kb.base-url", "must be an http(s) address such as https://kennisbank.regio-an.nl, not \"" + baseUrl + "\"");
        }
        Path folder = Path.of(set.apply("kb.data.dir").orElse("./data")).resolve("mail");
        Duration first = Duration.ofMillis(integer(set, "kb.mail.retry.first-millis", 60_000, 1, Integer.MAX_VALUE, "milliseconds"));
        Duration longest = Duration.ofMillis(integer(set, "kb.mail.retry.longest-millis", 3_600_000, 1, Integer.MAX_VALUE, "milliseconds"));
        if (longest.compareTo(first) < 0) {
            throw invalid("kb.mail.retry.longest-millis", "must not be shorter than KB_MAIL_RETRY_FIRST_MILLIS");
        }
        int attempts = integer(set, "kb.mail.retry.attempts", 10, 1, 100, "a number of attempts from 1 to 100");
        Duration poll = Duration.ofMillis(integer(set, "kb.mail.poll-millis", 10_000, 100, Integer.MAX_VALUE, "milliseconds from 100"));
        Duration schedule = Duration.ofMillis(integer(set, "kb.mail.schedule-millis", 60_000, 100, Integer.MAX_VALUE, "milliseconds from 100"));
        int digestHour = integer(set, "kb.mail.digest-hour", 7, 0, 23, "an hour from 0 to 23");
        Optional<Smtp> smtp = host.map(h -> new Smtp(h, port, user, password, startTls));
        return new MailSettings(smtp, folder, from, baseUrl, new Backoff(first, longest, attempts), poll, schedule, digestHour);
    }

    /** One line for the log at start: where mail goes. */
    public String describe() {
        return smtp.map(s -> "Mail is sent through SMTP " + s.host() + ":" + s.port() + (s.startTls() ? " with STARTTLS" : "")
                        + s.user().map(u -> " as " + u).orElse("") + ", from " + from)
                .orElseGet(() -> "No SMTP server is configured (KB_SMTP_HOST): mails are written as .eml files to "
                        + folder.toAbsolutePath().normalize());
    }

    /** The environment variable of a key (kb.smtp.port -> KB_SMTP_PORT), as the README lists them. */
    static String variable(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static InvalidSetting invalid(String key, String problem) {
        return new InvalidSetting("Invalid mail setting " + variable(key) + " (" + key + "): " + problem);
    }

    private static int integer(Function<String, Optional<String>> set, String key, int fallback, int min, int max, String allowed) {
        Optional<String> text = set.apply(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(key, "must be " + allowed + ", not \"" + text.get() + "\"");
        }
    }

    private static boolean bool(Function<String, Optional<String>> set, String key, boolean fallback) {
        Optional<String> text = set.apply(key);
        if (text.isEmpty()) {
            return fallback;
        }
        return switch (text.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw invalid(key, "must be true or false, not \"" + text.get() + "\"");
        };
    }
}
