package org.chungtay.projects.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chungtay.campaigns.PublicCampaign;
import org.chungtay.campaigns.PublicCampaignSection;
import org.chungtay.projects.ProjectService;
import org.chungtay.projects.PublicProject;
import org.chungtay.shared.ui.PublicTemplates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On a campaign's public page, the projects it raises money for: title, programme, received against target, link. */
@Component
@Order(10)
class CampaignProjectsSection implements PublicCampaignSection {

    private final ProjectService projects;
    private final PublicTemplates templates;
    private final PublicProjectModel models;

    CampaignProjectsSection(ProjectService projects, PublicTemplates templates, PublicProjectModel models) {
        this.projects = projects;
        this.templates = templates;
        this.models = models;
    }

    @Override
    public Optional<String> render(PublicCampaign campaign, Locale locale, String contextPath) {
        List<PublicProject> funded = projects.publicProjectsOf(campaign.id());
        if (funded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(templates.render("campaign-projects", locale,
                Map.of("cards", models.cards(contextPath, locale, funded))));
    }
}
