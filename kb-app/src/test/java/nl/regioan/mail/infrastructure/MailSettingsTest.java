package nl.regioan.mail.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static MailSettings read(Map<String, String> values) {
        return MailSettings.read(key -> Optional.ofNullable(values.get(key)));
    }

    private static String refusal(Map<String, String> values) {
        return assertThrows(MailSettings.InvalidSetting.class, () -> read(values)).getMessage();
    }

    @Test
    void withoutAHostMailsGoToTheDataDirectory() {
        MailSettings settings = read(Map.of("kb.data.dir", "/var/lib/kb", "kb.smtp.host", " "));
        assertTrue(settings.smtp().isEmpty());
        assertEquals(Path.of("/var/lib/kb/mail"), settings.folder());
        assertTrue(settings.describe().contains("No SMTP server is configured (KB_SMTP_HOST)"), settings.describe());
        assertTrue(settings.describe().contains("/var/lib/kb/mail"), settings.describe());
        assertEquals("http://localhost:8080", settings.baseUrl());
        assertEquals(Duration.ofMinutes(1), settings.backoff().first());
    }

    @Test
    void aCompleteSmtpServer() {
        MailSettings settings = read(Map.of("kb.smtp.host", "smtp.example", "kb.smtp.port", "587", "kb.smtp.user", "kb",
                "kb.smtp.password", "geheim", "kb.smtp.starttls", "true", "kb.smtp.from", "kennisbank@regio-an.nl"));
        MailSettings.Smtp smtp = settings.smtp().orElseThrow();
        assertEquals(587, smtp.port());
        assertTrue(smtp.startTls());
        assertEquals(Optional.of("kb"), smtp.user());
        assertEquals("kennisbank@regio-an.nl", settings.from());
        assertFalse(settings.describe().contains("geheim"), "the log line never shows the password");
    }

    @Test
    void invalidSettingsAreRefusedNamingTheSetting() {
        assertTrue(refusal(Map.of("kb.smtp.port", "abc")).startsWith("Invalid mail setting KB_SMTP_PORT (kb.smtp.port): must be a port number"));
        assertTrue(refusal(Map.of("kb.smtp.port", "70000")).contains("KB_SMTP_PORT"));
        assertTrue(refusal(Map.of("kb.smtp.from", "kennisbank")).contains("KB_SMTP_FROM"));
        assertTrue(refusal(Map.of("kb.smtp.from", "a@b@c")).contains("KB_SMTP_FROM"));
        assertTrue(refusal(Map.of("kb.smtp.starttls", "misschien")).contains("KB_SMTP_STARTTLS"));
        assertTrue(refusal(Map.of("kb.smtp.password", "geheim")).contains("KB_SMTP_PASSWORD"));
        assertTrue(refusal(Map.of("kb.base-url", "ftp://x")).contains("KB_BASE_URL"));
        assertTrue(refusal(Map.of("kb.mail.retry.attempts", "0")).contains("KB_MAIL_RETRY_ATTEMPTS"));
        assertTrue(refusal(Map.of("kb.mail.digest-hour", "24")).contains("KB_MAIL_DIGEST_HOUR"));
    }
}
