package org.chungtay.shared.ui;

import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;

/**
 * An amount of đồng in a text field, as people type it ({@link Money#parse}: "1.000.000", "1,000,000"), shown
 * back with the separators of the page's language and without the currency (the field's suffix shows it). Blank
 * is zero; a field that needs an amount says so with {@code asRequired} before this converter.
 */
public final class AmountConverter implements Converter<String, Money> {

    private final Component form;
    private final Supplier<String> problem;

    /**
     * @param form    whose page's language writes the amount back, where the binding does not tell
     * @param problem the message shown for text that is no amount
     */
    public AmountConverter(Component form, Supplier<String> problem) {
        this.form = form;
        this.problem = problem;
    }

    @Override
    public Result<Money> convertToModel(String typed, ValueContext context) {
        if (typed == null || typed.isBlank()) {
            return Result.ok(Money.ZERO);
        }
        try {
            return Result.ok(Money.parse(typed));
        } catch (UserFacingException notAnAmount) {
            return Result.error(problem.get());
        }
    }

    @Override
    public String convertToPresentation(Money money, ValueContext context) {
        return money == null ? "" : money.format(context.getLocale()
                .orElseGet(() -> form.getUI().map(UI::getLocale).orElse(Locale.ENGLISH)))
                .replaceAll("[^0-9.,]", "");
    }
}
