package org.chungtay.communications.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.chungtay.communications.MailSuppressions.Reason;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.UserFacingException;

/**
 * An address for staff to put on the suppression list, with the reason and a note. It never calls a service:
 * {@link #submit} checks every field at once with a {@link Binder} and hands over a valid entry.
 */
class SuppressionForm extends Composite<FormLayout> {

    /** What the form hands over. */
    record Entry(EmailAddress address, Reason reason, String note) {
    }

    static final int NOTE_LIMIT = 500;

    final TextField address = new TextField();
    final Select<Reason> reason = new Select<>();
    final TextArea note = new TextArea();

    private final Binder<Draft> binder = new Binder<>();

    SuppressionForm() {
        address.setId("suppression-address");
        address.setLabel(getTranslation("suppressions.address"));
        address.setMaxLength(EmailAddress.MAX_LENGTH);
        reason.setId("suppression-reason");
        reason.setLabel(getTranslation("suppressions.reason"));
        reason.setItems(Reason.values());
        reason.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        note.setId("suppression-note");
        note.setLabel(getTranslation("suppressions.note"));
        note.setMaxLength(NOTE_LIMIT);

        binder.forField(address).asRequired(getTranslation(EmailAddress.INVALID_MESSAGE_KEY))
                .withValidator(EmailAddress::isValid, getTranslation(EmailAddress.INVALID_MESSAGE_KEY))
                .bind(Draft::address, Draft::address);
        binder.forField(reason).asRequired(getTranslation("suppressions.error.reason"))
                .bind(Draft::reason, Draft::reason);
        binder.forField(note).bind(Draft::note, Draft::note);
        Draft empty = new Draft();
        empty.reason(Reason.HARD_BOUNCE);
        binder.readBean(empty);
        getContent().add(address, reason, note);
        getContent().setColspan(note, 2);
    }

    /** Checks every field, marking each wrong one; hands over the entry when all are right. */
    void submit(Consumer<Entry> onValid) {
        Draft draft = new Draft();
        if (binder.writeBeanIfValid(draft)) {
            onValid.accept(new Entry(EmailAddress.parse(draft.address()), draft.reason(), draft.note()));
        }
    }

    /** Shows a refusal of the service on the address field; false if it is not about the address. */
    boolean showProblem(UserFacingException problem) {
        if (!"suppressions.error.already".equals(problem.messageKey())) {
            return false;
        }
        address.setInvalid(true);
        address.setErrorMessage(getTranslation(problem.messageKey()));
        return true;
    }

    /** What the form edits. */
    private static final class Draft {

        private String address = "";
        private Reason reason;
        private String note = "";

        String address() {
            return address;
        }

        void address(String value) {
            address = value;
        }

        Reason reason() {
            return reason;
        }

        void reason(Reason value) {
            reason = value;
        }

        String note() {
            return note;
        }

        void note(String value) {
            note = value;
        }
    }
}
