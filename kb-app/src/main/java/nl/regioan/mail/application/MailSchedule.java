package nl.regioan.mail.application;

import java.time.ZoneId;

/**
 * When the scheduled mails go out: the digests of a day or week from {@code digestHour} in the region's
 * time zone (Amsterdam) on, so a digest arrives in the morning and not at midnight.
 */
public record MailSchedule(int digestHour) {

    public static final ZoneId REGION_ZONE = ZoneId.of("Europe/Amsterdam");
}
