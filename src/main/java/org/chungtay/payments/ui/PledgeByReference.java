package org.chungtay.payments.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.chungtay.payments.MatchProposal;
import org.chungtay.payments.StatementImportService;
import org.chungtay.shared.UserFacingException;

/** A pledge of the caller's subtree looked up by its reference as typed; a refusal is shown on the field. */
class PledgeByReference extends Composite<FlexLayout> {

    /** A reference as people type it, with spaces or a bank's prefix around it. */
    private static final int REFERENCE_TYPED_LIMIT = 60;

    PledgeByReference(String idPrefix, StatementImportService imports, Consumer<MatchProposal> found) {
        TextField reference = new TextField(getTranslation("statements.choice.reference"));
        reference.setId(idPrefix + "-reference");
        reference.setMaxLength(REFERENCE_TYPED_LIMIT);
        reference.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(
                getTranslation("payments.error.pledge-not-found")));
        Button find = new Button(getTranslation("statements.choice.find"), click -> {
            try {
                found.accept(imports.chosen(reference.getValue()));
                reference.setInvalid(false);
            } catch (UserFacingException problem) {
                reference.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
                reference.setInvalid(true);
            }
        });
        find.setId(idPrefix + "-find");
        getContent().add(reference, find);
        getContent().addClassName("pledge-by-reference");
    }
}
