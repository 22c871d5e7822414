package org.chungtay.shared.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.chungtay.shared.UserFacingException;

/**
 * Asks why before an act that cannot be taken back (cancelling a pledge, reversing a payment). The act
 * gets the reason as typed; what it refuses is shown on the field and the dialog stays open. Ids:
 * {@code <prefix>-dialog}, {@code <prefix>-reason}, {@code <prefix>-ok}.
 */
public class ReasonDialog extends Dialog {

    public ReasonDialog(String idPrefix, String title, String explanation, String reasonLabel, String confirmLabel,
            int limit, Consumer<String> act) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(title);
        if (explanation != null) {
            add(new Paragraph(explanation));
        }
        TextArea reason = new TextArea(reasonLabel);
        reason.setId(idPrefix + "-reason");
        reason.setMaxLength(limit);
        reason.setRequired(true);
        reason.setWidthFull();
        add(reason);
        Button ok = new Button(confirmLabel, click -> {
            try {
                act.accept(reason.getValue());
                close();
            } catch (UserFacingException problem) {
                reason.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
                reason.setInvalid(true);
            }
        });
        ok.setId(idPrefix + "-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), ok);
    }
}
