package org.chungtay.ledger.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chungtay.campaigns.PublicCampaign;
import org.chungtay.campaigns.PublicCampaignSection;
import org.chungtay.ledger.PublicLedger;
import org.chungtay.ledger.PublicLedgerPeriod;
import org.chungtay.ledger.PublicLedgerSubject;
import org.chungtay.ledger.PublicLedgerTotals;
import org.chungtay.shared.ui.PublicTemplates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The campaign's public page links to its ledger, with what its gifts brought in, what they paid for and what
 * is held (not yet used), over every day of the campaign's gifts.
 */
@Component
@Order(20)
class PublicLedgerSection implements PublicCampaignSection {

    private final PublicLedger ledger;
    private final PublicTemplates templates;

    PublicLedgerSection(PublicLedger ledger, PublicTemplates templates) {
        this.ledger = ledger;
        this.templates = templates;
    }

    @Override
    public Optional<String> render(PublicCampaign campaign, Locale locale, String contextPath) {
        PublicLedgerSubject subject = new PublicLedgerSubject(PublicLedgerSubject.Kind.CAMPAIGN, campaign.id(),
                campaign.slug(), campaign.nameVi(), campaign.nameEn(), null);
        PublicLedgerTotals totals = ledger.totals(subject, PublicLedgerPeriod.ALL);
        return Optional.of(templates.render("ledger-section", locale, Map.of(
                    "url", contextPath + "/" + PublicLedgerPages.campaignLedger(campaign.slug()),
                    "in", totals.in().format(locale), "out", totals.out().format(locale),
                "held", totals.held().format(locale))));
    }
}
