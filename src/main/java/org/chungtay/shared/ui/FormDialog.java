package org.chungtay.shared.ui;

import java.util.function.Consumer;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import org.chungtay.shared.UserFacingException;

/**
 * A form in a dialog. Save asks the form for its valid input and hands it to the action; a rule the
 * action breaks is shown next to its field when the form knows the field, otherwise as a message,
 * and the dialog stays open with everything typed. Cancel closes it. Ids: {@code <prefix>-dialog},
 * {@code <prefix>-save}, {@code <prefix>-cancel}.
 *
 * @param <T> what the form hands over
 */
public class FormDialog<T> extends Dialog {

    public FormDialog(String idPrefix, String title, Component form, Consumer<Consumer<T>> submit,
            Predicate<UserFacingException> showOnField, Consumer<T> action) {
        this(idPrefix, title, "action.save", form, submit, showOnField, action);
    }

    /** A dialog whose confirming button says what it does ("Create", "Send") rather than "Save". */
    public FormDialog(String idPrefix, String title, String confirmKey, Component form, Consumer<Consumer<T>> submit,
            Predicate<UserFacingException> showOnField, Consumer<T> action) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(title);
        add(form);
        Button save = new Button(getTranslation(confirmKey), click -> submit.accept(input -> {
            try {
                action.accept(input);
                close();
            } catch (UserFacingException problem) {
                if (!showOnField.test(problem)) {
                    Notices.error(problem);
                }
            }
        }));
        save.setId(idPrefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId(idPrefix + "-cancel");
        getFooter().add(cancel, save);
    }
}
