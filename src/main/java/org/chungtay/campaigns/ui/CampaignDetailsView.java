package org.chungtay.campaigns.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

import org.chungtay.campaigns.CampaignAction;
import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignDetailsSection;
import org.chungtay.campaigns.CampaignDraft;
import org.chungtay.campaigns.CampaignFigures.Figures;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.campaigns.CampaignProgress;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignStatus;
import org.chungtay.campaigns.CampaignsNavigation;
import org.chungtay.shared.Picture;
import org.chungtay.funds.FundUnitService;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.UploadTexts;
import org.chungtay.shared.ui.ViewHeader;
import org.chungtay.shared.ui.Formats;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * One campaign for staff: its facts, live figures, cover, and the lifecycle actions the person may take
 * now (the service decides which; the buttons only show them).
 */
@Route("staff/campaigns/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT,
        Role.Names.CASEWORKER})
class CampaignDetailsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CampaignService campaigns;
    private final transient FundUnitService fundUnits;
    private final transient ObjectProvider<CampaignDetailsSection> sections;
    private final AtomicReference<byte[]> uploaded = new AtomicReference<>();
    private CampaignDetails campaign;

    CampaignDetailsView(CampaignService campaigns, FundUnitService fundUnits,
            ObjectProvider<CampaignDetailsSection> sections) {
        this.campaigns = campaigns;
        this.fundUnits = fundUnits;
        this.sections = sections;
        setId("campaign-details-view");
        addClassNames("list-view", "campaign-details-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        try {
            campaign = campaigns.get(id);
        } catch (UserFacingException | AccessDeniedException notHere) {
            // Outside the person's subtree is the same as not there: no hint that it exists.
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        add(new ViewHeader(campaign.name(getLocale()), actions().toArray(Component[]::new)), meta(), figures());
        Div columns = new Div(facts(), cover());
        columns.addClassName("campaign-columns");
        add(columns, descriptions());
        // What other modules show about the campaign, such as the announcement (DD024).
        sections.orderedStream().forEach(section -> section.create(campaign, () -> {
            campaign = campaigns.get(campaign.id());
            render();
        }).ifPresent(this::add));
    }

    private Component meta() {
        Span kind = new Span(getTranslation(campaign.kind().labelKey()));
        kind.setId("campaign-kind-value");
        Span unit = new Span(campaign.fundUnitName());
        CampaignStatusBadge status = new CampaignStatusBadge(campaign.status());
        status.setId("campaign-status");
        Div meta = new Div(status, kind, unit);
        meta.addClassName("campaign-meta");
        return meta;
    }

    private List<Component> actions() {
        Button edit = action("campaign-edit", "campaigns.edit", CampaignAction.EDIT, this::openEdit);
        edit.setIcon(VaadinIcon.EDIT.create());
        Button schedule = action("campaign-schedule", "campaigns.schedule", CampaignAction.SCHEDULE,
                () -> change(campaigns::schedule, "campaigns.scheduled"));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button backToDraft = action("campaign-back-to-draft", "campaigns.back-to-draft", CampaignAction.BACK_TO_DRAFT,
                () -> change(campaigns::backToDraft, "campaigns.saved"));
        Button activate = action("campaign-activate", "campaigns.activate", CampaignAction.ACTIVATE,
                () -> confirm("campaigns.activate.confirm.title", confirmActivateText(), "campaigns.activate",
                        () -> change(campaigns::activate, "campaigns.activated")));
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = action("campaign-close", "campaigns.close", CampaignAction.CLOSE,
                () -> confirm("campaigns.close.confirm.title", getTranslation("campaigns.close.confirm.text"),
                        "campaigns.close", () -> change(campaigns::close, "campaigns.closed")));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button prepare = action("campaign-prepare-next-year", "campaigns.prepare-next-year",
                CampaignAction.PREPARE_NEXT_YEAR, this::prepareNextYear);
        prepare.setIcon(VaadinIcon.COPY.create());
        return List.of(edit, schedule, backToDraft, activate, close, prepare);
    }

    private Button action(String id, String labelKey, CampaignAction action, Runnable run) {
        Button button = new Button(getTranslation(labelKey), click -> run.run());
        button.setId(id);
        button.setVisible(campaign.allows(action));
        return button;
    }

    private String confirmActivateText() {
        LocalDate today = CampaignCalendar.today();
        return campaign.startDate() != null && campaign.startDate().isAfter(today)
                ? getTranslation("campaigns.activate.confirm.early", Formats.date(this, today))
                : getTranslation("campaigns.activate.confirm.text");
    }

    private Component figures() {
        Figures figures = campaigns.figures(campaign.id());
        Thermometer thermometer = new Thermometer("campaign-thermometer",
                new CampaignProgress(campaign.goal(), figures.pledged(), figures.received()), figures, getLocale());
        Div cards = new Div(
                card("campaign-supporters", getTranslation("campaigns.figures.supporters"),
                        String.valueOf(figures.supporters())),
                card("campaign-timing", timingLabel(), timingValue()));
        cards.addClassName("campaign-cards");
        Section section = new Section(thermometer, cards);
        section.addClassName("campaign-figures");
        return section;
    }

    private String timingLabel() {
        return getTranslation(switch (campaign.status()) {
            case ACTIVE -> "campaigns.figures.days-left";
            case CLOSED -> "campaigns.field.closed-on";
            default -> "campaigns.figures.starts-in";
        });
    }

    private String timingValue() {
        LocalDate today = CampaignCalendar.today();
        if (campaign.status() == CampaignStatus.CLOSED) {
            return Formats.date(this, campaign.closedOn());
        }
        LocalDate day = campaign.status() == CampaignStatus.ACTIVE ? campaign.endDate() : campaign.startDate();
        if (day == null) {
            return Formats.NOTHING;
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(today, day) + (campaign.status() == CampaignStatus.ACTIVE ? 1 : 0));
        return getTranslation("campaigns.figures.days", days);
    }

    private Component card(String id, String label, String value) {
        Span caption = new Span(label);
        caption.addClassName("card-label");
        Span figure = new Span(value);
        figure.addClassName("card-value");
        figure.setId(id);
        Div card = new Div(caption, figure);
        card.addClassName("card");
        return card;
    }

    private Component facts() {
        Div facts = new Div();
        facts.addClassName("campaign-facts");
        fact(facts, "campaigns.field.dates", "campaign-dates",
                span("campaign-start-date", Formats.date(this, campaign.startDate())), new Span(" – "),
                span("campaign-end-date", Formats.date(this, campaign.endDate())));
        if (campaign.occasionYear() != null) {
            fact(facts, "campaigns.field.occasion", "campaign-occasion", new Span(getTranslation(
                    "campaigns.occasion", getTranslation(campaign.kind().labelKey()),
                    String.valueOf(campaign.occasionYear()))));
        }
        fact(facts, "campaigns.field.goal", "campaign-goal-value",
                new Span(Formats.money(campaign.goal(), getLocale())));
        fact(facts, "campaigns.field.account", "campaign-account", new Span(account()));
        fact(facts, "campaigns.field.slug", "campaign-address", address());
        if (campaign.closedOn() != null) {
            fact(facts, "campaigns.field.closed-on", "campaign-closed-on",
                    new Span(Formats.date(this, campaign.closedOn())));
        }
        if (campaign.distributionDeadline() != null) {
            fact(facts, "campaigns.field.distribution-deadline", "campaign-distribution-deadline",
                    new Span(Formats.date(this, campaign.distributionDeadline())));
        } else if (campaign.kind() == CampaignKind.EMERGENCY_APPEAL) {
            Paragraph rules = new Paragraph(getTranslation("campaigns.emergency.rules"));
            rules.addClassName("campaign-note");
            facts.add(rules);
        }
        return facts;
    }

    private String account() {
        var account = campaign.account();
        if (account.bankBin() == null && account.accountNumber() == null && account.accountName() == null) {
            return Formats.NOTHING;
        }
        return String.join(" · ", account.bankShortName().orElse(Formats.NOTHING),
                account.accountNumber() == null ? Formats.NOTHING : account.accountNumber(),
                account.accountName() == null ? Formats.NOTHING : account.accountName());
    }

    private Component address() {
        String path = "/" + CampaignsNavigation.publicPage(campaign.slug());
        if (campaign.isPublic()) {
            Anchor link = new Anchor(CampaignsNavigation.publicPage(campaign.slug()), path);
            link.setId("campaign-public-link");
            link.setTarget(AnchorTarget.BLANK);
            link.setRouterIgnore(true);   // a plain page (DD012), not a Vaadin view
            return link;
        }
        Div pending = new Div(new Span(path));
        Paragraph note = new Paragraph(getTranslation("campaigns.public-address.not-yet"));
        note.addClassName("campaign-note");
        pending.add(note);
        return pending;
    }

    private void fact(Div facts, String labelKey, String id, Component... value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("campaign-fact-label");
        Div content = new Div(value);
        content.addClassName("campaign-fact-value");
        content.setId(id);
        Div row = new Div(label, content);
        row.addClassName("campaign-fact");
        facts.add(row);
    }

    private static Span span(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    private Component cover() {
        Section section = new Section(new H3(getTranslation("campaigns.cover.title")));
        section.addClassName("campaign-cover-section");
        if (campaign.hasCover()) {
            long id = campaign.id();
            CampaignService service = campaigns;
            Image image = new Image((DownloadHandler) event -> {
                Picture cover = service.cover(id).orElse(null);
                if (cover == null) {
                    event.getResponse().setStatus(404);
                    return;
                }
                event.setContentType(cover.contentType());
                event.setContentLength(cover.size());
                event.inline();
                event.getOutputStream().write(cover.bytes());
            }, getTranslation("campaigns.cover.alt", campaign.name(getLocale())));
            image.setId("campaign-cover");
            image.addClassName("campaign-cover");
            section.add(image);
        } else {
            Paragraph none = new Paragraph(getTranslation("campaigns.cover.none"));
            none.addClassName("campaign-note");
            section.add(none);
        }
        if (campaign.allows(CampaignAction.CHANGE_COVER)) {
            section.add(upload());
            if (campaign.hasCover()) {
                Button remove = new Button(getTranslation("campaigns.cover.remove"),
                        click -> change(campaigns::removeCover, "campaigns.saved"));
                remove.setId("campaign-cover-remove");
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                section.add(remove);
            }
        }
        return section;
    }

    private Upload upload() {
        InMemoryUploadHandler handler = new InMemoryUploadHandler((metadata, bytes) -> uploaded.set(bytes)) {
            @Override
            public long getFileSizeMax() {
                return Picture.MAX_BYTES;
            }
        };
        Upload upload = new Upload(handler);
        upload.setId("campaign-cover-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Picture.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setDropAllowed(true);
        upload.setI18n(UploadTexts.of(this, "campaigns.cover.", "campaigns.error.cover-rejected",
                Picture.MAX_BYTES / (1024 * 1024)));
        // The handler receives the bytes outside the UI's lock; once the browser reports the upload done,
        // the picture is saved in the UI thread. (SucceededEvent is not fired for upload handlers.)
        upload.addAllFinishedListener(done -> {
            byte[] bytes = uploaded.getAndSet(null);
            if (bytes != null) {
                change(id -> campaigns.replaceCover(id, bytes), "campaigns.cover.saved");
            }
        });
        upload.addFileRejectedListener(rejected -> Notices.error("campaigns.error.cover-rejected",
                Picture.MAX_BYTES / (1024 * 1024)));
        return upload;
    }

    private Component descriptions() {
        Section section = new Section();
        section.addClassName("campaign-descriptions");
        section.add(description("campaigns.field.description-vi", "campaign-description-vi-value",
                campaign.descriptionVi()));
        section.add(description("campaigns.field.description-en", "campaign-description-en-value",
                campaign.descriptionEn()));
        return section;
    }

    private Component description(String labelKey, String id, String text) {
        Paragraph body = new Paragraph(text == null ? Formats.NOTHING : text);
        body.setId(id);
        body.addClassName("campaign-description");
        return new Div(new H3(getTranslation(labelKey)), body);
    }

    private void openEdit() {
        CampaignForm form = new CampaignForm(fundUnits.subtree(), campaign.toDraft(), campaign.status());
        FormDialog<CampaignDraft> dialog = new FormDialog<>("campaign", getTranslation("campaigns.edit"), form,
                form::submit, form::showOnField, draft -> {
                    campaign = campaigns.update(campaign.id(), draft);
                    Notices.success("campaigns.saved");
                    render();
                });
        dialog.addClassName("campaign-dialog");
        dialog.open();
    }

    private void prepareNextYear() {
        Notices.attempt(() -> {
            CampaignDetails prepared = campaigns.prepareNextYear(campaign.id());
            Notices.success("campaigns.prepared", prepared.name(getLocale()));
            getUI().ifPresent(ui -> CampaignsNavigation.toStaffDetails(ui, prepared.id()));
        });
    }

    private void change(LongFunction<CampaignDetails> action, String successKey) {
        Notices.attempt(() -> {
            campaign = action.apply(campaign.id());
            Notices.success(successKey);
            render();
        });
    }

    private void confirm(String titleKey, String text, String confirmKey, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("campaign-confirm");
        dialog.setHeader(getTranslation(titleKey));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(confirmKey));
        dialog.addConfirmListener(confirmed -> onConfirm.run());
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaigns.details.title", campaign == null ? "" : campaign.name(getLocale()));
    }
}
