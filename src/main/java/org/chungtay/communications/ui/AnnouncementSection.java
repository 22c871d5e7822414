package org.chungtay.communications.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;

import org.chungtay.campaigns.CampaignAction;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignDetailsSection;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.communications.CampaignAnnouncements;
import org.chungtay.communications.MailTemplates;
import org.chungtay.shared.ui.Notices;

/**
 * On a campaign's staff page, before it opens, for those who may decide it: the announcement its opening
 * would send, rendered as the outbox renders it in Vietnamese and English, how many donors it would go to,
 * and whether it goes (DD024). The campaigns module shows it through {@link CampaignDetailsSection}, as it
 * knows nothing of mail.
 */
@org.springframework.stereotype.Component
class AnnouncementSection implements CampaignDetailsSection {

    private final CampaignAnnouncements announcements;
    private final CampaignService campaigns;

    AnnouncementSection(CampaignAnnouncements announcements, CampaignService campaigns) {
        this.announcements = announcements;
        this.campaigns = campaigns;
    }

    @Override
    public Optional<Component> create(CampaignDetails campaign, Runnable changed) {
        if (!campaign.allows(CampaignAction.DECIDE_ANNOUNCEMENT)) {
            return Optional.empty();
        }
        CampaignAnnouncements.Preview preview = announcements.preview(campaign.id());
        Section section = new Section();
        section.setId("campaign-announcement");
        section.addClassName("campaign-announcement");
        Checkbox announce = new Checkbox(section.getTranslation("announcement.announce"), campaign.announceOnOpen());
        announce.setId("campaign-announce");
        announce.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                Notices.attempt(() -> {
                    campaigns.announceOnOpen(campaign.id(), event.getValue());
                    Notices.success(event.getValue() ? "announcement.will-announce" : "announcement.will-not-announce");
                    changed.run();
                });
            }
        });
        Paragraph audience = new Paragraph(section.getTranslation("announcement.audience", preview.audience(),
                campaign.fundUnitName()));
        audience.setId("announcement-audience");
        TabSheet languages = new TabSheet();
        languages.setId("announcement-preview");
        languages.add(section.getTranslation("announcement.preview.vi"), rendered("vi", preview.vietnamese(), section))
                .setId("announcement-tab-vi");
        languages.add(section.getTranslation("announcement.preview.en"), rendered("en", preview.english(), section))
                .setId("announcement-tab-en");
        section.add(new H3(section.getTranslation("announcement.title")),
                new Paragraph(section.getTranslation("announcement.intro")), audience, announce, languages);
        return Optional.of(section);
    }

    private static Div rendered(String language, MailTemplates.Rendered message,
            Component context) {
        Span subject = new Span(message.subject());
        subject.setId("announcement-subject-" + language);
        Div subjectLine = new Div(new Span(context.getTranslation("mail.templates.preview.subject")), new Span(" "),
                subject);
        IFrame html = new IFrame();
        html.setId("announcement-html-" + language);
        // An empty sandbox: no scripts, forms, pop-ups or navigation, and a unique origin (DD019).
        html.getElement().setAttribute("sandbox", "");
        html.getElement().setAttribute("title", context.getTranslation("announcement.preview.html"));
        html.setSrcdoc(message.html());
        html.setWidth("100%");
        html.setHeight("32rem");
        Pre text = new Pre(message.text());
        text.setId("announcement-text-" + language);
        text.addClassName("mail-preview-text");
        return new Div(subjectLine, html, text);
    }
}
