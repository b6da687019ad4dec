package io.linnet.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How times read in the chat list, the message bubbles and the day separators. */
public final class TimeText {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.getDefault());
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.getDefault());
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.getDefault());

    private TimeText() {}

    /** A bubble's time: "14:05". */
    public static String clock(Instant t, Clock clock) {
        return CLOCK.format(t.atZone(clock.getZone()));
    }

    /** The chat list's time: the clock today, "Yesterday", a weekday within a week, else a short date. */
    public static String brief(Instant t, Clock clock) {
        ZonedDateTime z = t.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        LocalDate d = z.toLocalDate();
        if (d.equals(today)) {
            return CLOCK.format(z);
        }
        if (d.equals(today.minusDays(1))) {
            return I18n.t("time.yesterday");
        }
        if (d.isAfter(today.minusDays(7))) {
            return WEEKDAY.format(z);
        }
        return SHORT_DATE.format(z);
    }

    /** A day separator: "Today", "Yesterday" or "Monday, 3 November 2026". */
    public static String day(LocalDate d, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (d.equals(today)) {
            return I18n.t("time.today");
        }
        if (d.equals(today.minusDays(1))) {
            return I18n.t("time.yesterday");
        }
        return LONG_DATE.format(d);
    }
}
