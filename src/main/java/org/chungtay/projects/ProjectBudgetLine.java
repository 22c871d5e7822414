package org.chungtay.projects;

import java.util.Locale;

import org.chungtay.shared.Money;

/** A budget line as pages show it. */
public record ProjectBudgetLine(long id, String labelVi, String labelEn, Money amount) {

    public String label(Locale locale) {
        return Bilingual.pick(locale, labelVi, labelEn);
    }

    public BudgetLineDraft toDraft() {
        return new BudgetLineDraft(id, labelVi, labelEn, amount);
    }
}
