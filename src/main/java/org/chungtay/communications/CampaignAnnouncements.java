package org.chungtay.communications;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignOpened;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignsNavigation;
import org.chungtay.donors.ConsentCategory;
import org.chungtay.funds.FundUnitService;
import org.chungtay.payments.MailingLists;
import org.chungtay.payments.MailingLists.Recipient;
import org.chungtay.shared.BulkWork;
import org.chungtay.shared.Money;
import org.chungtay.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;

/**
 * The announcement of a campaign when it opens (an appeal, DD024). Its <b>audience</b> is every donor whose
 * latest consent to appeals is granted, who has an address, and who belongs to the campaign's fund unit or a
 * unit below it ({@link MailingLists#optedIn}): a province's campaign reaches the donors of its communes, a
 * commune's campaign only its own. Before the campaign opens, its managers see the message in both languages
 * and how many it goes to, and decide whether it goes ({@link CampaignService#announceOnOpen}); when the
 * campaign opens, on its date or early, {@link CampaignOpened} brings it here after the opening committed, and
 * one message per donor is queued, a page of donors per short transaction. The dedup key
 * {@code announcement:campaign:<c>:donor:<d>} keeps a redelivered event from writing to anyone twice.
 */
@Service
public class CampaignAnnouncements {

    private static final int PAGE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(CampaignAnnouncements.class);

    private final CampaignService campaigns;
    private final FundUnitService fundUnits;
    private final MailingLists lists;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final BulkWork bulk;
    private final I18NProvider words;
    private final String publicBaseUrl;

    CampaignAnnouncements(CampaignService campaigns, FundUnitService fundUnits, MailingLists lists,
            MailTemplates templates, Outbox outbox, BulkWork bulk, I18NProvider words,
            @Value("${chungtay.public-base-url}") String publicBaseUrl) {
        this.campaigns = campaigns;
        this.fundUnits = fundUnits;
        this.lists = lists;
        this.templates = templates;
        this.outbox = outbox;
        this.bulk = bulk;
        this.words = words;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /**
     * What would be sent and to how many, for a campaign of the caller's subtree: the message rendered as the
     * outbox renders it, in Vietnamese and English, with a sample addressee and unsubscribe link.
     *
     * @param audience how many donors it would go to if it opened now
     */
    public record Preview(long audience, MailTemplates.Rendered vietnamese, MailTemplates.Rendered english) {
    }

    @PreAuthorize("hasAnyRole('ADMIN','FUND_MANAGER')")
    public Preview preview(long campaignId) {
        CampaignDetails campaign = campaigns.get(campaignId);
        return new Preview(lists.countOptedIn(ConsentCategory.APPEALS, subtree(campaign)),
                sample(campaign, Locale.of("vi")), sample(campaign, Locale.ENGLISH));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CampaignOpened opened) {
        if (opened.announce()) {
            int queued = SystemActor.call(() -> announce(campaigns.get(opened.campaignId())));
            LOG.info("Campaign {} opened: its announcement handed to the outbox for {} donors", opened.campaignId(),
                    queued);
        }
    }

    private int announce(CampaignDetails campaign) {
        String subtree = subtree(campaign);
        int handed = 0;
        long after = 0;
        List<Recipient> page;
        do {
            page = lists.optedIn(ConsentCategory.APPEALS, subtree, after, PAGE);
            List<Recipient> donors = page;
            bulk.inTransaction(() -> donors.forEach(donor -> outbox.enqueue(email(campaign, donor))));
            handed += page.size();
            after = page.isEmpty() ? after : page.getLast().donorId();
        } while (page.size() == PAGE);
        return handed;
    }

    private OutgoingEmail email(CampaignDetails campaign, Recipient donor) {
        Locale language = Locale.of(donor.language());
        return new OutgoingEmail(MessageKind.CAMPAIGN_ANNOUNCEMENT, donor.email(), language,
                values(campaign, language, donor.name()),
                "announcement:campaign:" + campaign.id() + ":donor:" + donor.donorId(), campaign.fundUnitId())
                .about(donor.donorId(), campaign.id());
    }

    private MailTemplates.Rendered sample(CampaignDetails campaign, Locale language) {
        MessageKind kind = MessageKind.CAMPAIGN_ANNOUNCEMENT;
        Map<String, Object> values = values(campaign, language,
                String.valueOf(kind.placeholder("contactName").orElseThrow().sample(language)));
        values.put(MessageKind.UNSUBSCRIBE_URL, kind.placeholder(MessageKind.UNSUBSCRIBE_URL).orElseThrow().sample(language));
        return templates.render(kind, language, values, campaign.fundUnitId());
    }

    private Map<String, Object> values(CampaignDetails campaign, Locale language, String contactName) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(words.getTranslation("format.date", language));
        String description = campaign.description(language);
        Map<String, Object> values = new HashMap<>();
        values.put("contactName", contactName);
        values.put("campaignName", campaign.name(language));
        values.put("campaignSummary", description == null || description.isBlank() ? "" : description);
        values.put("startsOn", campaign.startDate() == null ? "" : dates.format(campaign.startDate()));
        values.put("endsOn", campaign.endDate() == null ? "" : dates.format(campaign.endDate()));
        values.put("goal", (campaign.goal() == null ? Money.ZERO : campaign.goal()).format(language));
        values.put("campaignUrl", publicBaseUrl + "/" + CampaignsNavigation.publicPage(campaign.slug()));
        values.put("fundUnitName", campaign.fundUnitName());
        return values;
    }

    private String subtree(CampaignDetails campaign) {
        return fundUnits.get(campaign.fundUnitId()).path();
    }
}
