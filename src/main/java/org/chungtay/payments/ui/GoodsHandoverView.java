package org.chungtay.payments.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.payments.GoodsHandover;
import org.chungtay.payments.PaymentService;
import org.chungtay.payments.PaymentsNavigation;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Formats;

/**
 * The record of goods handed over to a fund unit (biên bản tiếp nhận hiện vật), laid out to be printed
 * and signed by both sides; the print keeps only the record, not the portal around it.
 */
@Route(PaymentsNavigation.HANDOVER)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.ACCOUNTANT})
class GoodsHandoverView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PaymentService payments;
    private final transient CampaignService campaigns;

    GoodsHandoverView(PaymentService payments, CampaignService campaigns) {
        this.payments = payments;
        this.campaigns = campaigns;
        setId("goods-handover-view");
        addClassNames("form-view", "goods-handover-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        GoodsHandover record;
        try {
            record = payments.handover(id);
        } catch (UserFacingException notThere) {
            throw new NotFoundException();
        }
        removeAll();
        Button print = new Button(getTranslation("payments.handover.print"), VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("goods-handover-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClassName("no-print");

        Div sheet = new Div();
        sheet.setId("goods-handover");
        sheet.addClassName("printable-sheet");
        sheet.add(new H2(getTranslation("payments.handover.title")));
        if (record.reversed()) {
            Span reversed = new Span(getTranslation("payments.state.reversed"));
            reversed.addClassNames("badge", "badge-error");
            sheet.add(reversed);
        }
        sheet.add(new Paragraph(getTranslation("payments.handover.date", Formats.date(this, record.receivedOn()))),
                line("payments.handover.giver", record.donorName() == null ? Formats.NOTHING : record.donorName()),
                line("payments.handover.receiver", record.fundUnitName()));
        if (record.pledgeReference() != null) {
            sheet.add(line("payments.handover.pledge", record.pledgeReference()));
        }
        if (record.campaignId() != null) {
            campaigns.findPledgeTargetById(record.campaignId())
                    .ifPresent(campaign -> sheet.add(line("payments.handover.campaign", campaign.name(getLocale()))));
        }
        Pre goods = new Pre(record.goods());
        goods.setId("goods-handover-goods");
        goods.addClassName("handover-goods");
        Paragraph value = line("payments.handover.value", record.value().format(getLocale()));
        value.setId("goods-handover-value");
        Paragraph words = new Paragraph(getTranslation("payments.handover.in-words", record.valueInWords()));
        words.setId("goods-handover-words");
        Div signatures = new Div(signature("payments.handover.giver"), signature("payments.handover.receiver"));
        signatures.addClassName("handover-signatures");
        sheet.add(new Paragraph(getTranslation("payments.handover.goods")), goods, value, words,
                new Paragraph(getTranslation("payments.handover.recorded-by", record.recordedBy())), signatures);
        add(print, sheet);
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph line = new Paragraph(getTranslation(labelKey) + ": " + value);
        line.addClassName("handover-line");
        return line;
    }

    private Div signature(String sideKey) {
        Div side = new Div(new Paragraph(getTranslation(sideKey)),
                new Paragraph(getTranslation("payments.handover.sign")));
        side.addClassName("handover-signature");
        return side;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payments.handover.title");
    }
}
