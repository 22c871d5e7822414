package org.chungtay.pledges.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignFilter;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignStatus;
import org.chungtay.campaigns.CampaignSummary;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgesNavigation;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;

/**
 * Staff take down a pledge made by telephone, letter or at a ceremony: the online form, for an active
 * campaign of their subtree. The pledge is confirmed at once and marked as entered by them; the donor
 * gets the confirmation email with the reference and the VietQR code.
 */
@Route(PledgesNavigation.STAFF_ENTRY)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF})
class PledgeEntryView extends Main implements HasDynamicTitle {

    private final transient PledgeService pledges;
    private final ComboBox<CampaignSummary> campaign = new ComboBox<>();
    private final Div formSlot = new Div();

    PledgeEntryView(PledgeService pledges, CampaignService campaigns) {
        this.pledges = pledges;
        setId("pledge-entry-view");
        addClassNames("form-view", "pledge-entry-view");
        campaign.setId("pledge-entry-campaign");
        campaign.setLabel(getTranslation("pledges.entry.campaign"));
        campaign.setItems(campaigns.list(new CampaignFilter(null, null, CampaignStatus.ACTIVE, null)));
        campaign.setItemLabelGenerator(c -> c.name(getLocale()));
        campaign.setWidthFull();
        campaign.addValueChangeListener(change -> showForm(change.getValue()));
        formSlot.setId("pledge-entry-form");
        add(new ViewHeader(getTranslation("pledges.entry.title")), new Paragraph(getTranslation("pledges.entry.intro")),
                campaign, formSlot);
    }

    private void showForm(CampaignSummary chosen) {
        formSlot.removeAll();
        if (chosen == null) {
            return;
        }
        PledgeForm form = new PledgeForm(pledges.communesOf(chosen.slug()), pledges.projectsOf(chosen.slug()),
                CampaignCalendar.today());
        form.addSubmitListener(submitted -> {
            try {
                long id = pledges.enterForDonor(chosen.slug(), submitted.submission());
                Notices.success("pledges.entry.saved");
                getUI().ifPresent(ui -> ui.navigate(PledgesNavigation.staffDetails(id)));
            } catch (UserFacingException problem) {
                if (!form.showProblem(problem)) {
                    Notices.error(problem);
                }
            }
        });
        formSlot.add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pledges.entry.title");
    }
}
