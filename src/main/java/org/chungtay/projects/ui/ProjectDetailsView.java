package org.chungtay.projects.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.chungtay.campaigns.CampaignFilter;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignStatus;
import org.chungtay.campaigns.CampaignSummary;
import org.chungtay.funds.FundUnitService;
import org.chungtay.projects.ProjectBudgetLine;
import org.chungtay.projects.ProjectDetails;
import org.chungtay.projects.ProjectDraft;
import org.chungtay.projects.ProjectMilestone;
import org.chungtay.projects.ProjectService;
import org.chungtay.projects.ProjectStatus;
import org.chungtay.projects.ProjectUpdate;
import org.chungtay.projects.ProjectsNavigation;
import org.chungtay.shared.AuditTrail.AuditRecord;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;
import org.springframework.security.access.AccessDeniedException;

/**
 * One project for staff: its facts, budget, funding as the ledger reports it, milestones (late ones marked),
 * campaigns, handover, updates and history, with the actions the person may take in its current state (the
 * project and the service check them again).
 */
@Route(ProjectsNavigation.STAFF_LIST + "/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT})
class ProjectDetailsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProjectService projects;
    private final transient CampaignService campaigns;
    private final transient FundUnitService fundUnits;
    private final boolean editor;
    private final boolean manager;
    private ProjectDetails project;

    ProjectDetailsView(ProjectService projects, CampaignService campaigns, FundUnitService fundUnits,
            AuthenticationContext authentication) {
        this.projects = projects;
        this.campaigns = campaigns;
        this.fundUnits = fundUnits;
        this.editor = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF);
        this.manager = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.FUND_MANAGER);
        setId("project-details-view");
        addClassName("list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        try {
            project = projects.get(id);
        } catch (UserFacingException | AccessDeniedException notHere) {
            // Outside the person's subtree is the same as not there.
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        add(new ViewHeader(project.title(getLocale()), actions().toArray(Component[]::new)), facts(), budget(),
                milestones(), campaignsSection(), handover(), updates(), history());
    }

    private List<Component> actions() {
        List<Component> actions = new ArrayList<>();
        boolean completed = project.status() == ProjectStatus.COMPLETED;
        if (editor && !completed) {
            actions.add(button("project-edit", "projects.action.edit", this::openEdit, false));
        }
        if (manager) {
            switch (project.status()) {
                case PROPOSED -> actions.add(button("project-start-fundraising", "projects.action.start-fundraising",
                        () -> change(projects::startFundraising), true));
                case FUNDRAISING -> actions.add(button("project-mark-funded", "projects.action.mark-funded",
                        () -> change(projects::markFunded), true));
                case FUNDED -> actions.add(button("project-start-work", "projects.action.start-work",
                        () -> change(projects::startWork), true));
                case IN_PROGRESS -> actions.add(button("project-complete", "projects.action.complete",
                        () -> change(projects::complete), true));
                case COMPLETED -> { }
            }
        }
        if (editor && project.status() != ProjectStatus.PROPOSED) {
            actions.add(button("project-post-update", "projects.action.post-update", this::openUpdate, false));
        }
        if (editor && project.status() == ProjectStatus.IN_PROGRESS) {
            actions.add(button("project-record-handover", "projects.action.record-handover", this::openHandover, false));
        }
        return actions;
    }

    private Button button(String id, String key, Runnable action, boolean primary) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Component facts() {
        Div facts = new Div();
        facts.addClassName("project-facts");
        facts.add(fact("project-status-value", "projects.field.status", getTranslation(project.status().labelKey())),
                fact("project-programme-value", "projects.field.programme", getTranslation(project.programme().labelKey())),
                fact("project-unit-value", "projects.field.fund-unit", project.fundUnitName()),
                fact("project-target-value", "projects.field.target", Formats.money(project.target(), getLocale())),
                fact("project-received-value", "projects.field.received",
                        Formats.money(project.funding().received(), getLocale())),
                fact("project-paid-value", "projects.field.paid-out",
                        Formats.money(project.funding().paidOut(), getLocale())));
        if (project.status().isPublic()) {
            Anchor page = new Anchor(ProjectsNavigation.publicPage(project.slug()), getTranslation("projects.public-page"));
            page.setId("project-public-link");
            page.setRouterIgnore(true);   // a plain page (DD012), not a Vaadin view
            page.setTarget("_blank");
            facts.add(page);
        }
        Paragraph description = new Paragraph(project.description(getLocale()) == null ? Formats.NOTHING
                : project.description(getLocale()));
        description.setId("project-description-value");
        facts.add(description);
        return facts;
    }

    private Component fact(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.setId(id);
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }

    private Component budget() {
        Grid<ProjectBudgetLine> grid = new Grid<>();
        grid.setId("project-budget");
        grid.setAllRowsVisible(true);
        grid.addColumn(line -> line.label(getLocale())).setHeader(getTranslation("projects.field.line-label-vi"))
                .setFlexGrow(3);
        grid.addColumn(line -> Formats.money(line.amount(), getLocale())).setHeader(getTranslation("projects.field.line-amount"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(project.budgetLines());
        return new Section(new H3(getTranslation("projects.budget.title")), grid);
    }

    private Component milestones() {
        Grid<ProjectMilestone> grid = new Grid<>();
        grid.setId("project-milestones");
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> m.title(getLocale())).setHeader(getTranslation("projects.field.milestone-title-vi"))
                .setFlexGrow(3);
        grid.addColumn(m -> Formats.date(this, m.dueOn())).setHeader(getTranslation("projects.field.milestone-due"));
        grid.addColumn(m -> m.late() ? getTranslation("projects.milestone.late") : getTranslation(m.status().labelKey()))
                .setHeader(getTranslation("projects.field.milestone-status"));
        grid.addColumn(m -> m.doneOn() == null ? Formats.NOTHING : Formats.date(this, m.doneOn()))
                .setHeader(getTranslation("projects.field.milestone-done-on"));
        grid.setEmptyStateText(getTranslation("projects.milestones.none"));
        grid.setItems(project.milestones());
        return new Section(new H3(getTranslation("projects.milestones.title")), grid);
    }

    private Component campaignsSection() {
        Section section = new Section(new H3(getTranslation("projects.campaigns.title")));
        section.setId("project-campaigns");
        List<CampaignSummary> all = campaigns.list(CampaignFilter.ALL);
        Map<Long, CampaignSummary> byId = all.stream().collect(Collectors.toMap(CampaignSummary::id, c -> c));
        if (project.campaignIds().isEmpty()) {
            section.add(new Paragraph(getTranslation("projects.campaigns.none")));
        }
        for (Long campaignId : project.campaignIds()) {
            CampaignSummary campaign = byId.get(campaignId);
            Span name = new Span(campaign == null ? Formats.NOTHING : campaign.name(getLocale()));
            Div row = new Div(name);
            row.addClassName("project-campaign");
            if (editor && project.status() != ProjectStatus.COMPLETED) {
                Button unlink = new Button(getTranslation("projects.action.unlink"),
                        click -> change(id -> projects.unlinkCampaign(id, campaignId)));
                unlink.setId("project-unlink-" + campaignId);
                unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(unlink);
            }
            section.add(row);
        }
        if (editor && project.status() != ProjectStatus.COMPLETED) {
            ComboBox<CampaignSummary> choose = new ComboBox<>();
            choose.setId("project-link-campaign");
            choose.setPlaceholder(getTranslation("projects.campaigns.link"));
            choose.setAriaLabel(getTranslation("projects.campaigns.link"));
            choose.setItems(all.stream().filter(c -> c.status() != CampaignStatus.CLOSED)
                    .filter(c -> !project.campaignIds().contains(c.id())).toList());
            choose.setItemLabelGenerator(c -> c.name(getLocale()));
            choose.addValueChangeListener(chosen -> {
                if (chosen.getValue() != null) {
                    change(id -> projects.linkCampaign(id, chosen.getValue().id()));
                }
            });
            section.add(choose);
        }
        return section;
    }

    private Component handover() {
        Section section = new Section(new H3(getTranslation("projects.handover.title")));
        section.setId("project-handover");
        if (project.handover() == null) {
            section.add(new Paragraph(getTranslation("projects.handover.none")));
            return section;
        }
        Paragraph text = new Paragraph(getTranslation("projects.handover.text", Formats.date(this, project.handover().on()),
                project.handover().receivedBy()));
        text.setId("project-handover-text");
        section.add(text);
        if (project.handover().note() != null) {
            section.add(new Paragraph(project.handover().note()));
        }
        if (project.hasHandoverDocument()) {
            long id = project.id();
            Anchor download = new Anchor((DownloadHandler) event -> {
                var document = projects.handoverDocument(id).orElseThrow();
                byte[] content = document.bytes();
                event.setFileName(document.fileName());
                event.setContentType("application/octet-stream");
                event.setContentLength(content.length);
                event.getOutputStream().write(content);
            }, getTranslation("projects.handover.download"));
            download.setId("project-handover-download");
            section.add(download);
        }
        return section;
    }

    private Component updates() {
        Section section = new Section(new H3(getTranslation("projects.updates.title")));
        section.setId("project-updates");
        if (project.updates().isEmpty()) {
            section.add(new Paragraph(getTranslation("projects.updates.none")));
        }
        long id = project.id();
        for (ProjectUpdate update : project.updates()) {
            Div article = new Div();
            article.addClassName("project-update");
            article.add(new Paragraph(Formats.dateTime(this, update.publishedAt()) + " · "
                    + getTranslation(update.visibility().labelKey())));
            article.add(new Paragraph(update.text(getLocale())));
            Div photos = new Div();
            photos.addClassName("project-photos");
            for (String token : update.photoTokens()) {
                Image photo = new Image((DownloadHandler) event -> {
                    var picture = projects.photo(id, token).orElseThrow();
                    byte[] content = picture.bytes();
                    event.setContentType(picture.contentType());
                    event.setContentLength(content.length);
                    event.getOutputStream().write(content);
                }, getTranslation("projects.photo.alt"));
                photo.setWidth("160px");
                photos.add(photo);
            }
            article.add(photos);
            section.add(article);
        }
        return section;
    }

    private Component history() {
        Grid<AuditRecord> history = new Grid<>();
        history.setId("project-history");
        history.setAllRowsVisible(true);
        history.addColumn(r -> Formats.dateTime(this, r.occurredAt())).setHeader(getTranslation("projects.history.when"))
                .setAutoWidth(true);
        history.addColumn(AuditRecord::actor).setHeader(getTranslation("projects.history.who")).setAutoWidth(true);
        history.addColumn(AuditRecord::action).setHeader(getTranslation("projects.history.what"));
        history.setItems(project.history());
        return new Section(new H3(getTranslation("projects.history.title")), history);
    }

    private void openEdit() {
        ProjectForm form = new ProjectForm(fundUnits.subtree(), project.toDraft(), project.status());
        FormDialog<ProjectDraft> dialog = new FormDialog<>("project", getTranslation("projects.edit"), form,
                form::submit, form::showOnField, draft -> {
                    project = projects.update(project.id(), draft);
                    Notices.success("projects.saved");
                    render();
                });
        dialog.addClassName("project-dialog");
        dialog.open();
    }

    private void openUpdate() {
        UpdateForm form = new UpdateForm();
        new FormDialog<UpdateForm.Entry>("project-update", getTranslation("projects.action.post-update"), form,
                form::submit, problem -> false, entry -> {
                    project = projects.postUpdate(project.id(), entry.draft(), entry.photos());
                    Notices.success("projects.update.posted");
                    render();
                }).open();
    }

    private void openHandover() {
        HandoverForm form = new HandoverForm(project.handover(), project.hasHandoverDocument(),
                org.chungtay.campaigns.CampaignCalendar.today());
        new FormDialog<HandoverForm.Entry>("project-handover", getTranslation("projects.action.record-handover"), form,
                form::submit, problem -> false, entry -> {
                    project = projects.recordHandover(project.id(), entry.handover(), entry.fileName(), entry.document());
                    Notices.success("projects.saved");
                    render();
                }).open();
    }

    private void change(LongFunction<ProjectDetails> action) {
        Notices.attempt(() -> {
            project = action.apply(project.id());
            Notices.success("projects.saved");
            render();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.details.title", project == null ? "" : project.title(getLocale()));
    }
}
