package org.chungtay.campaigns.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;

import org.chungtay.campaigns.CampaignStatus;

/** A campaign's status as a small coloured label. */
class CampaignStatusBadge extends Span {

    CampaignStatusBadge(CampaignStatus status) {
        setText(getTranslation(status.labelKey()));
        addClassNames("badge", "campaign-status-" + status.name().toLowerCase(Locale.ROOT));
        if (status == CampaignStatus.ACTIVE) {
            addClassName("badge-success");
        }
    }
}
