package org.chungtay.donorportal.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.chungtay.children.SharedNote;
import org.chungtay.children.SponsorDelivery;
import org.chungtay.children.SponsoredChildProfile;
import org.chungtay.children.SponsorshipService;
import org.chungtay.donorportal.DonorPortalNavigation;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.ui.Formats;

/**
 * A child the signed-in donor's organisation sponsors (DD026, issue 10): the pseudonym only (code, initial or the
 * given name while consent shares it, birth year, commune), the sponsorship's terms, the deliveries recorded
 * (never the guardian's receipt), and the progress notes and photos that current consent allows, read at each
 * visit so that a withdrawal hides them at once. Photos are served within the donor's session. Any other code is
 * "not found", the same page as a code that does not exist.
 */
@Route(value = DonorPortalNavigation.CHILD + "/:code", layout = DonorLayout.class)
@RolesAllowed(DonorPrincipal.ROLE)
class SponsoredChildView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SponsorshipService sponsorships;
    private String code = "";
    private DateTimeFormatter month;

    SponsoredChildView(SponsorshipService sponsorships) {
        this.sponsorships = sponsorships;
        addClassNames("donor-view", "donor-child");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String asked = event.getRouteParameters().get("code").orElse("");
        SponsoredChildProfile profile = sponsorships.myChild(asked).orElseThrow(NotFoundException::new);
        Locale locale = getLocale();
        removeAll();
        month = DateTimeFormatter.ofPattern(getTranslation("children.format.month"));
        code = profile.child().code();
        Anchor back = new Anchor(DonorPortalNavigation.WHERE_IT_WENT, getTranslation("donor-portal.child.back"));
        back.setId("donor-child-back");
        H1 heading = new H1(getTranslation("donor-portal.child.name", profile.child().name(), code));
        Span codeText = new Span(code);
        codeText.setId("donor-child-code");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("donor-facts");
        facts.add(new DescriptionList.Term(getTranslation("donor-portal.child.code")),
                new DescriptionList.Description(codeText),
                new DescriptionList.Term(getTranslation("donor-portal.child.birth-year")),
                new DescriptionList.Description(String.valueOf(profile.child().birthYear())),
                new DescriptionList.Term(getTranslation("donor-portal.child.commune")),
                new DescriptionList.Description(profile.child().communeName()),
                new DescriptionList.Term(getTranslation("donor-portal.child.terms")),
                new DescriptionList.Description(getTranslation("donor-portal.child.terms-text",
                        profile.amountPerMonth().format(locale), month.format(profile.startMonth()),
                        month.format(profile.endMonth()))));
        add(back, heading, facts, deliveries(profile, locale), notes(profile));
    }

    private Section deliveries(SponsoredChildProfile profile, Locale locale) {
        Section section = new Section(new H2(getTranslation("donor-portal.child.deliveries")));
        section.setId("donor-child-deliveries");
        if (profile.deliveries().isEmpty()) {
            section.add(new Paragraph(getTranslation("donor-portal.child.deliveries-none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        int n = 0;
        for (SponsorDelivery delivery : profile.deliveries()) {
            ListItem item = new ListItem(getTranslation("donor-portal.child.delivery", month.format(delivery.period()),
                    Formats.date(this, delivery.deliveredOn()), delivery.amount().format(locale),
                    getTranslation(delivery.method().labelKey())));
            item.setId("donor-child-delivery-" + (++n));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section notes(SponsoredChildProfile profile) {
        Section section = new Section(new H2(getTranslation("donor-portal.child.notes")));
        section.setId("donor-child-notes");
        if (profile.notes().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("donor-portal.child.notes-none"));
            none.setId("donor-child-notes-none");
            section.add(none);
        }
        int n = 0;
        for (SharedNote note : profile.notes()) {
            Div card = new Div();
            card.addClassNames("donor-card", "donor-child-note");
            card.setId("donor-child-note-" + (++n));
            Span date = new Span(Formats.date(this, note.writtenOn()));
            date.addClassName("donor-meta");
            Paragraph text = new Paragraph(note.text());
            text.addClassName("donor-text");
            card.add(date, text);
            if (note.hasPhoto()) {
                long noteId = note.id();
                Image photo = new Image((DownloadHandler) download -> {
                    // Asked again at each request: a consent withdrawn since the page was drawn serves nothing.
                    var picture = sponsorships.myPhoto(code, noteId).orElseThrow();
                    byte[] content = picture.bytes();
                    download.setContentType(picture.contentType());
                    download.setContentLength(content.length);
                    download.getOutputStream().write(content);
                }, getTranslation("donor-portal.child.photo"));
                photo.setId("donor-child-note-" + n + "-photo");
                photo.addClassName("donor-photo");
                card.add(photo);
            }
            section.add(card);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("donor-portal.child.title", code);
    }
}
