package org.chungtay.payments.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import org.chungtay.shared.Money;

/**
 * Why the matcher decided as it did, in words: the only numbers among a reason's arguments are amounts
 * of đồng (a fee kept by the bank), written as money; a reason read back from the database carries them
 * as digits.
 */
final class MatchReasons {

    private MatchReasons() {
    }

    static String text(Component view, Locale locale, String key, List<?> arguments) {
        Object[] shown = arguments.stream()
                .map(argument -> argument instanceof Number number ? Money.vnd(number.longValue()).format(locale)
                        : argument instanceof String text && text.matches("\\d{1,15}")
                                ? Money.vnd(Long.parseLong(text)).format(locale) : argument)
                .toArray();
        return view.getTranslation(key, shown);
    }
}
