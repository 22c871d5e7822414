package org.chungtay.ledger.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.chungtay.donors.DonorDetailsSection;
import org.chungtay.donors.DonorProfile;
import org.chungtay.ledger.Purpose;
import org.chungtay.ledger.WhereItWent;
import org.chungtay.shared.ui.Formats;
import org.springframework.core.annotation.Order;

/**
 * "Where it went" on the staff page of a donor (DD025): the summary per target, then each payment with what it
 * paid for and what the fund still holds of it. Children appear only as a count.
 */
@org.springframework.stereotype.Component
@Order(50)
class WhereItWentSection implements DonorDetailsSection {

    private final WhereItWent whereItWent;

    WhereItWentSection(WhereItWent whereItWent) {
        this.whereItWent = whereItWent;
    }

    @Override
    public Optional<Component> create(DonorProfile donor) {
        WhereItWent.Report report = whereItWent.ofDonor(donor.ref().id());
        Section section = new Section();
        section.setId("where-it-went");
        section.addClassNames("donor-section", "where-it-went");
        section.add(new H3(section.getTranslation("ledger.where.title")));
        if (report.gifts().isEmpty()) {
            section.add(new Paragraph(section.getTranslation("ledger.where.none")));
            return Optional.of(section);
        }
        var locale = com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.of("vi")
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        Paragraph total = new Paragraph(section.getTranslation("ledger.where.total", report.total().format(locale)));
        total.setId("where-it-went-total");
        UnorderedList shares = new UnorderedList();
        shares.setId("where-it-went-shares");
        for (WhereItWent.Share share : report.shares()) {
            String text = switch (share.purpose()) {
                case PROJECT -> section.getTranslation("ledger.where.share.project", share.amount().format(locale),
                        share.label(locale));
                case SPONSORED_CHILD, SUPPORT_CASE -> section.getTranslation("ledger.where.share.children",
                        share.amount().format(locale), share.children(), share.unitName());
                case GENERAL -> section.getTranslation("ledger.where.share.general", share.amount().format(locale),
                        share.label(locale));
            };
            ListItem item = new ListItem(text);
            item.addClassName("where-it-went-share");
            shares.add(item);
        }
        if (report.unspent().isPositive()) {
            ListItem held = new ListItem(section.getTranslation("ledger.where.unspent", report.unspent().format(locale)));
            held.addClassName("where-it-went-share");
            shares.add(held);
        }
        section.add(total, shares);
        for (WhereItWent.Gift gift : report.gifts()) {
            Div payment = new Div();
            payment.addClassName("where-it-went-gift");
            payment.setId("where-it-went-gift-" + gift.paymentId());
            payment.add(new H4(section.getTranslation("ledger.where.gift", Formats.date(section, gift.receivedOn()),
                    gift.amount().format(locale))));
            UnorderedList uses = new UnorderedList();
            for (WhereItWent.Use use : gift.uses()) {
                ListItem line = new ListItem(use.amount().format(locale) + " — " + use.description(locale) + " ("
                        + section.getTranslation(use.purpose().labelKey()) + ", "
                        + Formats.date(section, use.paidOn()) + ")");
                line.addClassName("where-it-went-use");
                if (use.purpose() == Purpose.PROJECT && use.publicPath() != null) {
                    line.add(new com.vaadin.flow.component.html.Span(" "), new Anchor("/" + use.publicPath(), section.getTranslation("ledger.where.project-page")));
                }
                uses.add(line);
            }
            if (gift.unspent().isPositive()) {
                ListItem held = new ListItem(section.getTranslation("ledger.where.gift-unspent",
                        gift.unspent().format(locale)));
                held.addClassName("where-it-went-unspent");
                uses.add(held);
            }
            payment.add(uses);
            section.add(payment);
        }
        return Optional.of(section);
    }
}
