package org.chungtay.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import org.chungtay.shared.ui.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.funds.FundUnitService;
import org.chungtay.ledger.ProjectFunding;
import org.chungtay.projects.Handover;
import org.chungtay.projects.MilestoneStatus;
import org.chungtay.projects.ProjectBudgetLine;
import org.chungtay.projects.ProjectDetails;
import org.chungtay.projects.ProjectMilestone;
import org.chungtay.projects.ProjectService;
import org.chungtay.projects.ProjectStatus;
import org.chungtay.projects.ProjectUpdate;
import org.chungtay.projects.UpdateVisibility;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.Role;
import org.junit.jupiter.api.Test;

/** The project details view without a browser: what it shows, and which actions whom it offers in which state. */
class ProjectDetailsViewTest {

    private final ProjectService projects = mock(ProjectService.class);
    private final CampaignService campaigns = mock(CampaignService.class);
    private final FundUnitService fundUnits = mock(FundUnitService.class);

    /** Held here: Vaadin refers to the current UI and service only weakly, and a collection would lose them. */
    private UI ui;
    private VaadinService service;

    @BeforeEach
    void vietnameseUi() {
        service = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        DeploymentConfiguration configuration = mock(DeploymentConfiguration.class);
        when(configuration.getUrlSafeSchemes()).thenReturn(Set.of("http", "https"));
        when(service.getDeploymentConfiguration()).thenReturn(configuration);
        when(instantiator.getI18NProvider()).thenReturn(new Bundle());
        VaadinService.setCurrent(service);
        ui = new UI();
        ui.setLocale(Languages.VIETNAMESE);
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
        VaadinService.setCurrent(null);
    }

    @Test
    void aManagerSeesTheNextStepAndStaffTheEditingOfAProjectUnderWay() {
        ProjectDetails project = project(ProjectStatus.IN_PROGRESS);
        when(projects.get(9)).thenReturn(project);

        ProjectDetailsView managers = open(Role.Names.FUND_MANAGER);
        assertThat(ids(managers)).contains("project-edit", "project-complete", "project-post-update",
                "project-record-handover", "project-link-campaign", "project-budget", "project-milestones",
                "project-handover-text", "project-handover-download", "project-history")
                .doesNotContain("project-start-work");
        assertThat(text(managers, "project-received-value")).isEqualTo("12.000.000 ₫");

        ProjectDetailsView staff = open(Role.Names.FUND_STAFF);
        assertThat(ids(staff)).contains("project-edit", "project-post-update").doesNotContain("project-complete");
    }

    @Test
    void anAccountantOnlyReadsAndACompletedProjectOffersNoChangesButUpdates() {
        when(projects.get(9)).thenReturn(project(ProjectStatus.FUNDED));
        assertThat(ids(open(Role.Names.ACCOUNTANT))).doesNotContain("project-edit", "project-start-work",
                "project-post-update", "project-link-campaign");

        when(projects.get(9)).thenReturn(project(ProjectStatus.COMPLETED));
        assertThat(ids(open(Role.Names.ADMIN))).contains("project-post-update")
                .doesNotContain("project-edit", "project-link-campaign", "project-record-handover");
    }

    private ProjectDetailsView open(String role) {
        AuthenticationContext authentication = mock(AuthenticationContext.class);
        when(authentication.hasAnyRole(any(String[].class))).thenAnswer(call -> {
            for (Object asked : call.getArguments()) {
                if (role.equals(asked)) {
                    return true;
                }
            }
            return false;
        });
        when(campaigns.list(any())).thenReturn(List.of());
        ProjectDetailsView view = new ProjectDetailsView(projects, campaigns, fundUnits, authentication);
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getRouteParameters()).thenReturn(new RouteParameters("id", "9"));
        view.beforeEnter(event);
        return view;
    }

    private static ProjectDetails project(ProjectStatus status) {
        LocalDate today = LocalDate.of(2026, 12, 2);
        return new ProjectDetails(9, "san-choi", Programme.CHILD_FRIENDLY_COMMUNES, status, 3, "Phường Tân Lợi",
                "Sân chơi an toàn", "A safe playground", "Mô tả", null,
                List.of(new ProjectBudgetLine(71, "Thiết bị", "Equipment", Money.vnd(95_000_000))),
                Money.vnd(95_000_000), new ProjectFunding(Money.vnd(12_000_000), Money.vnd(5_000_000)),
                List.of(new ProjectMilestone("Lắp đặt", null, today.minusDays(2), MilestoneStatus.IN_PROGRESS, null, true)),
                new Handover(today, "UBND phường", null), true, Set.of(), List.of(new ProjectUpdate(1, "Tin", null,
                        UpdateVisibility.DONORS, Instant.parse("2026-12-01T03:00:00Z"), "staff", List.of())),
                List.of());
    }

    private static List<String> ids(Component root) {
        return root.getElement().getChildren().flatMap(child -> descendants(child.getComponent().orElse(null)))
                .toList();
    }

    private static java.util.stream.Stream<String> descendants(Component component) {
        if (component == null) {
            return java.util.stream.Stream.empty();
        }
        java.util.stream.Stream<String> own = component.getId().filter(id -> component.isVisible()).stream();
        return java.util.stream.Stream.concat(own, component.getChildren().flatMap(ProjectDetailsViewTest::descendants));
    }

    private static String text(Component root, String id) {
        return root.getChildren().flatMap(ProjectDetailsViewTest::all).filter(c -> c.getId().equals(Optional.of(id)))
                .findFirst().orElseThrow().getElement().getText();
    }

    private static java.util.stream.Stream<Component> all(Component component) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(component),
                component.getChildren().flatMap(ProjectDetailsViewTest::all));
    }

    /** The real translations, as the portal's provider reads them. */
    private static final class Bundle implements I18NProvider {

        @Override
        public List<Locale> getProvidedLocales() {
            return Languages.ALL;
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            Locale language = Languages.of(locale.getLanguage());
            String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return new MessageFormat(pattern, language).format(params);
        }
    }
}
