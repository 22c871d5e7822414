package org.chungtay.campaigns.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import org.chungtay.shared.Money;

/** Dates and amounts as the campaign views show them: dd/MM/yyyy, and đồng in the reader's style. */
final class CampaignFormats {

    static final String NOTHING = "—";

    private CampaignFormats() {
    }

    static String date(Component in, LocalDate day) {
        return day == null ? NOTHING : DateTimeFormatter.ofPattern(in.getTranslation("campaigns.date-format")).format(day);
    }

    static String period(Component in, LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return NOTHING;
        }
        return date(in, start) + " – " + date(in, end);
    }

    static String money(Money amount, Locale locale) {
        return amount == null ? NOTHING : amount.format(locale);
    }
}
