package org.chungtay.payments.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.chungtay.payments.MatchProposal;
import org.chungtay.payments.OpenPledge;
import org.chungtay.payments.StatementImportService;
import org.chungtay.payments.StatementPreview;
import org.chungtay.shared.ui.Formats;

/**
 * The accountant's choice for one line of a statement preview: the proposed pledge, one of the likely
 * candidates, another pledge found by its reference, or none (the line waits in the queue).
 */
class MatchChoiceDialog extends Dialog {

    private final RadioButtonGroup<MatchProposal> options = new RadioButtonGroup<>();
    private final List<MatchProposal> choices = new ArrayList<>();
    private final MatchProposal queue;

    MatchChoiceDialog(StatementPreview.Line line, StatementImportService imports, Consumer<MatchProposal> chosen) {
        setId("match-choice-dialog");
        setHeaderTitle(getTranslation("statements.choice.title", line.line().lineNumber()));
        queue = MatchProposal.none("statements.reason.left-for-queue", List.of(), line.proposal().candidates());
        MatchProposal proposal = line.proposal();
        if (proposal.matched()) {
            choices.add(proposal);
        }
        for (OpenPledge candidate : proposal.candidates()) {
            choices.add(new MatchProposal(MatchProposal.Confidence.LIKELY, candidate, "statements.reason.chosen",
                    List.of(candidate.reference()), List.of()));
        }
        choices.add(queue);
        options.setId("match-choice-options");
        options.setItems(choices);
        options.setItemLabelGenerator(this::label);
        options.setValue(proposal.matched() ? proposal : queue);

        PledgeByReference byReference = new PledgeByReference("match-choice", imports, found -> {
            choices.addFirst(found);
            options.setItems(choices);
            options.setValue(found);
        });

        Paragraph what = new Paragraph(getTranslation("statements.choice.what",
                line.line().amount().format(getLocale()), Formats.date(this, line.line().bookedOn()),
                line.line().note()));
        add(what, options, byReference);

        Button apply = new Button(getTranslation("statements.choice.apply"), click -> {
            chosen.accept(options.getValue() == null ? queue : options.getValue());
            close();
        });
        apply.setId("match-choice-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, apply);
    }

    private String label(MatchProposal choice) {
        if (!choice.matched()) {
            return getTranslation("statements.choice.queue");
        }
        OpenPledge pledge = choice.pledge();
        return getTranslation("statements.choice.pledge", pledge.reference(), pledge.donorName(),
                pledge.open().format(getLocale()));
    }
}
