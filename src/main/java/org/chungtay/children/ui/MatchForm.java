package org.chungtay.children.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.chungtay.children.SponsorshipTerms;
import org.chungtay.pledges.SponsorshipPledge;
import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.DatePickers;

/**
 * Matching a child to a direct-sponsorship pledge: which pledge, and the terms (so much a month, from the month
 * of one day to the month of another). The amount starts as the pledge's amount per child per month.
 */
class MatchForm extends Composite<FormLayout> {

    /** What the form hands over. */
    record Entry(long pledgeId, SponsorshipTerms terms) {
    }

    final ComboBox<SponsorshipPledge> pledge = new ComboBox<>();
    final TextField amount = new TextField();
    final DatePicker start = DatePickers.create("match-start", "children.match.start");
    final DatePicker end = DatePickers.create("match-end", "children.match.end");

    private final Binder<Draft> binder = new Binder<>();

    /** @param pledges the pledges whose reference or business contains a text, at most a page of them */
    MatchForm(Function<String, List<SponsorshipPledge>> pledges) {
        getContent().setId("match-form");
        pledge.setId("match-pledge");
        pledge.setLabel(getTranslation("children.match.pledge"));
        pledge.setItems(query -> pledges.apply(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        pledge.setItemLabelGenerator(item -> item.reference() + " – " + item.donorName() + " ("
                + getTranslation("children.match.pledge-terms", item.children(), item.months(),
                        item.perChildPerMonth().format(getLocale())) + ")");
        amount.setId("match-amount");
        amount.setLabel(getTranslation("children.match.amount"));
        start.setId("match-start");
        start.setLabel(getTranslation("children.match.start"));
        end.setId("match-end");
        end.setLabel(getTranslation("children.match.end"));
        pledge.addValueChangeListener(change -> {
            SponsorshipPledge chosen = change.getValue();
            if (chosen != null) {
                amount.setValue(Long.toString(chosen.perChildPerMonth().amount()));
                if (start.getValue() != null) {
                    end.setValue(start.getValue().plusMonths(chosen.months() - 1L));
                }
            }
        });

        binder.forField(pledge).asRequired(getTranslation("children.error.pledge-not-found"))
                .bind(d -> d.pledge, (d, v) -> d.pledge = v);
        binder.forField(amount).asRequired(getTranslation("children.error.amount"))
                .withValidator(Fields::isPositiveMoney, getTranslation("children.error.amount"))
                .bind(d -> d.amount, (d, v) -> d.amount = v);
        binder.forField(start).asRequired(getTranslation("children.error.terms"))
                .bind(d -> d.start, (d, v) -> d.start = v);
        binder.forField(end).asRequired(getTranslation("children.error.terms"))
                .withValidator(day -> start.getValue() == null
                        || !YearMonth.from(day).isBefore(YearMonth.from(start.getValue())),
                        getTranslation("children.error.end-before-start"))
                .bind(d -> d.end, (d, v) -> d.end = v);
        Draft draft = new Draft();
        draft.start = VietnamTime.today().withDayOfMonth(1);
        binder.readBean(draft);
        getContent().add(pledge, amount, start, end);
        getContent().setColspan(pledge, 2);
    }

    void submit(Consumer<Entry> onValid) {
        Draft draft = new Draft();
        if (binder.writeBeanIfValid(draft)) {
            onValid.accept(new Entry(draft.pledge.id(), new SponsorshipTerms(Money.parse(draft.amount),
                    YearMonth.from(draft.start), YearMonth.from(draft.end))));
        }
    }

    boolean showProblem(UserFacingException problem) {
        return false;
    }


    private static final class Draft {
        private SponsorshipPledge pledge;
        private String amount = "";
        private LocalDate start;
        private LocalDate end;
    }
}
