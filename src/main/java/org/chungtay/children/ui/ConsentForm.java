package org.chungtay.children.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;

import org.chungtay.children.ConsentParty;
import org.chungtay.children.ConsentRules;
import org.chungtay.children.Sharing;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.DatePickers;

/**
 * A consent of the guardian or of the child, as a caseworker writes it down from the signed form: who, on which
 * day, and what may be shared. A child's consent is refused here already when the child was under seven that day.
 */
class ConsentForm extends Composite<FormLayout> {

    /** What the form hands over. */
    record Entry(ConsentParty party, LocalDate givenOn, Sharing sharing) {
    }

    final Select<ConsentParty> party = new Select<>();
    final DatePicker givenOn = DatePickers.create("consent-date", "children.consent.date");
    final Checkbox givenName = new Checkbox();
    final Checkbox photo = new Checkbox();
    final Checkbox notes = new Checkbox();

    private final Binder<Draft> binder = new Binder<>();

    ConsentForm(LocalDate birthDate) {
        getContent().setId("consent-form");
        party.setId("consent-party");
        party.setLabel(getTranslation("children.consent.party"));
        party.setItems(ConsentParty.values());
        party.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        givenOn.setId("consent-date");
        givenOn.setLabel(getTranslation("children.consent.date"));
        givenOn.setMax(VietnamTime.today());
        givenName.setId("consent-given-name");
        givenName.setLabel(getTranslation("children.consent.share-given-name"));
        photo.setId("consent-photo");
        photo.setLabel(getTranslation("children.consent.share-photo"));
        notes.setId("consent-notes");
        notes.setLabel(getTranslation("children.consent.share-notes"));

        binder.forField(party).asRequired(getTranslation("children.error.consent-incomplete"))
                .bind(d -> d.party, (d, v) -> d.party = v);
        binder.forField(givenOn).asRequired(getTranslation("children.error.consent-incomplete"))
                .withValidator(day -> !day.isAfter(VietnamTime.today()), getTranslation("children.error.date-in-future"))
                .withValidator(day -> !day.isBefore(birthDate), getTranslation("children.error.consent-before-birth"))
                .withValidator(day -> party.getValue() != ConsentParty.CHILD
                        || ConsentRules.childMayConsent(birthDate, day),
                        getTranslation("children.error.child-too-young", ConsentRules.CHILD_CONSENT_AGE))
                .bind(d -> d.givenOn, (d, v) -> d.givenOn = v);
        binder.forField(givenName).bind(d -> d.givenName, (d, v) -> d.givenName = v);
        binder.forField(photo).bind(d -> d.photo, (d, v) -> d.photo = v);
        binder.forField(notes).bind(d -> d.notes, (d, v) -> d.notes = v);
        Draft draft = new Draft();
        draft.party = ConsentParty.GUARDIAN;
        draft.givenOn = VietnamTime.today();
        binder.readBean(draft);
        party.addValueChangeListener(change -> binder.validate());
        getContent().add(party, givenOn, givenName, photo, notes);
    }

    /** Checks every field, marking each wrong one; hands over the entry when all are right. */
    void submit(Consumer<Entry> onValid) {
        Draft draft = new Draft();
        if (binder.writeBeanIfValid(draft)) {
            onValid.accept(new Entry(draft.party, draft.givenOn, new Sharing(draft.givenName, draft.photo, draft.notes)));
        }
    }

    /** Shows a refusal of the service about the date on the date field; false for any other. */
    boolean showProblem(UserFacingException problem) {
        if (!problem.messageKey().startsWith("children.error.child-too-young")
                && !problem.messageKey().equals("children.error.date-in-future")
                && !problem.messageKey().equals("children.error.consent-before-birth")) {
            return false;
        }
        givenOn.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
        givenOn.setInvalid(true);
        return true;
    }

    private static final class Draft {
        private ConsentParty party;
        private LocalDate givenOn;
        private boolean givenName;
        private boolean photo;
        private boolean notes;
    }
}
