package org.chungtay.shared.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import org.chungtay.shared.Money;
import org.chungtay.shared.VietnamTime;

/** Dates and amounts as views show them: dd/MM/yyyy in Vietnam time, and đồng in the reader's style. */
public final class Formats {


    public static final String NOTHING = "—";

    private Formats() {
    }

    public static String date(Component in, LocalDate day) {
        return day == null ? NOTHING : DateTimeFormatter.ofPattern(in.getTranslation("format.date")).format(day);
    }

    public static String period(Component in, LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return NOTHING;
        }
        return date(in, start) + " – " + date(in, end);
    }

    /** An instant as a day and time in Vietnam. */
    public static String dateTime(Component in, Instant instant) {
        return instant == null ? NOTHING : DateTimeFormatter.ofPattern(in.getTranslation("format.date-time"))
                .withZone(VietnamTime.ZONE).format(instant);
    }

    public static String money(Money amount, Locale locale) {
        return amount == null ? NOTHING : amount.format(locale);
    }
}
