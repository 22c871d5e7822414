package org.chungtay.payments.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import org.chungtay.payments.statements.StatementLayout;
import org.chungtay.payments.statements.StatementSample;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Notices;

/**
 * The {@link StatementLayoutForm} for a file whose layout is not known: save the mapping as the fund's
 * own preset and read the file with it, use it for this file only, or cancel. A refused name is shown on
 * the name and the dialog stays open with every choice made. Told exactly once when it ends without a
 * layout (cancel, Escape, the page left), so that the file waiting for it is deleted.
 */
class StatementMappingDialog extends Dialog {

    final StatementLayoutForm form;
    private final Runnable dismissed;
    private boolean chosen;
    private boolean ended;

    /**
     * @param saveAsPreset saves the layout and reads the file with it; throws {@link UserFacingException}
     *        for a rule the layout breaks
     * @param useOnce reads the file with the layout, saving nothing
     * @param dismissed told when the dialog ends without either
     */
    StatementMappingDialog(StatementSample file, String fileName, String unitName, Consumer<StatementLayout> saveAsPreset,
            Consumer<StatementLayout> useOnce, Runnable dismissed) {
        this.dismissed = dismissed;
        setId("statement-mapping-dialog");
        addClassName("statement-mapping-dialog");
        setHeaderTitle(getTranslation("statements.mapping.title", fileName));
        setCloseOnOutsideClick(false);
        form = new StatementLayoutForm(file, unitName);
        form.addSaveListener(save -> {
            try {
                (save.asPreset() ? saveAsPreset : useOnce).accept(save.layout());
                chosen = true;
                close();
            } catch (UserFacingException problem) {
                if (!form.showProblem(problem)) {
                    Notices.error(problem);
                }
            }
        });
        add(form);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("statement-mapping-cancel");
        Button once = new Button(getTranslation("statements.mapping.use-once"), click -> form.useOnce());
        once.setId("statement-mapping-use-once");
        Button save = new Button(getTranslation("statements.mapping.save"), click -> form.saveAsPreset());
        save.setId("statement-mapping-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, once, save);

        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                end();
            }
        });
        addDetachListener(detach -> end());
    }

    private void end() {
        if (!chosen && !ended) {
            ended = true;
            dismissed.run();
        }
    }
}
