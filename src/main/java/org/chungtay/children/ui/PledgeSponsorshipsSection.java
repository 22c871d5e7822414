package org.chungtay.children.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import org.chungtay.children.Sponsorship;
import org.chungtay.children.SponsorshipService;
import org.chungtay.pledges.Pledge;
import org.chungtay.pledges.PledgeDetailsSection;
import org.chungtay.pledges.PledgeKind;

/** On a direct-sponsorship pledge's staff page: the children matched to it, as pseudonyms, with late deliveries. */
@org.springframework.stereotype.Component
class PledgeSponsorshipsSection implements PledgeDetailsSection {

    private final SponsorshipService sponsorships;

    PledgeSponsorshipsSection(SponsorshipService sponsorships) {
        this.sponsorships = sponsorships;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(Pledge pledge) {
        if (pledge.kind() != PledgeKind.DIRECT_SPONSORSHIP) {
            return Optional.empty();
        }
        List<Sponsorship> matched = sponsorships.ofPledge(pledge.id());
        Div section = new Div();
        section.setId("pledge-sponsorships");
        section.add(new H3(section.getTranslation("children.pledge-section.title", matched.size(), pledge.children())));
        section.add(SponsorshipGrids.sponsorships(section, "pledge-sponsorship-grid", matched, false));
        return Optional.of(section);
    }
}
