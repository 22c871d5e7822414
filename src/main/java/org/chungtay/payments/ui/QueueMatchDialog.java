package org.chungtay.payments.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.chungtay.campaigns.CampaignSummary;
import org.chungtay.payments.MatchProposal;
import org.chungtay.payments.OpenPledge;
import org.chungtay.payments.PaymentSummary;
import org.chungtay.payments.QueuedLine;
import org.chungtay.payments.StatementImportService;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;

/**
 * Settles one queued line by hand: to a pledge (a likely candidate, or one found by its reference), or as
 * a gift without a pledge to a campaign or to the fund unit in general.
 */
class QueueMatchDialog extends Dialog {

    private final RadioButtonGroup<OpenPledge> pledges = new RadioButtonGroup<>();
    private final List<OpenPledge> shown = new ArrayList<>();

    QueueMatchDialog(QueuedLine line, StatementImportService imports, List<CampaignSummary> campaigns,
            Runnable done) {
        setId("queue-match-dialog");
        setHeaderTitle(getTranslation("statements.queue.match-title"));
        for (String reference : line.candidateReferences()) {
            try {
                shown.add(imports.chosen(reference).pledge());
            } catch (UserFacingException gone) {
                // settled or cancelled since the import: no longer a candidate
            }
        }
        pledges.setId("queue-match-pledges");
        pledges.setLabel(getTranslation(shown.isEmpty() ? "statements.queue.no-candidates"
                : "statements.queue.candidates"));
        pledges.setItems(shown);
        pledges.setItemLabelGenerator(pledge -> getTranslation("statements.choice.pledge", pledge.reference(),
                pledge.donorName(), pledge.open().format(getLocale())));

        PledgeByReference byReference = new PledgeByReference("queue-match", imports, found -> {
            shown.addFirst(found.pledge());
            pledges.setItems(shown);
            pledges.setValue(found.pledge());
        });
        Button toPledge = new Button(getTranslation("statements.queue.to-pledge"), click -> {
            if (pledges.getValue() == null) {
                pledges.setErrorMessage(getTranslation("statements.error.choose-pledge"));
                pledges.setInvalid(true);
                return;
            }
            settle(() -> imports.matchByHand(line.id(), pledges.getValue().reference()), done);
        });
        toPledge.setId("queue-match-to-pledge");
        toPledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        ComboBox<CampaignSummary> campaign = new ComboBox<>(getTranslation("statements.queue.gift-campaign"));
        campaign.setId("queue-match-campaign");
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(c -> c.name(getLocale()));
        campaign.setClearButtonVisible(true);
        campaign.setHelperText(getTranslation("statements.queue.gift-campaign.help"));
        Button asGift = new Button(getTranslation("statements.queue.as-gift"), click -> settle(() -> imports.recordAsGift(
                line.id(), campaign.getValue() == null ? null : campaign.getValue().id(),
                campaign.getValue() == null ? line.fundUnitId() : null, null), done));
        asGift.setId("queue-match-as-gift");

        add(new Paragraph(getTranslation("statements.choice.what", line.amount().format(getLocale()),
                        Formats.date(this, line.bookedOn()), line.note())),
                new H4(getTranslation("statements.queue.to-pledge-title")), pledges, byReference, toPledge,
                new H4(getTranslation("statements.queue.as-gift-title")), campaign, asGift);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel);
    }

    private void settle(Supplier<PaymentSummary> action, Runnable done) {
        try {
            PaymentSummary payment = action.get();
            Notices.success("payments.recorded", payment.amount().format(getLocale()));
            close();
            done.run();
        } catch (UserFacingException problem) {
            Notices.error(problem);
        }
    }
}
