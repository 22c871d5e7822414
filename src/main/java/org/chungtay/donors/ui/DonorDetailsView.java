package org.chungtay.donors.ui;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.ConsentRecord;
import org.chungtay.donors.ConsentSource;
import org.chungtay.donors.ContactDetails;
import org.chungtay.donors.DonorClaimView;
import org.chungtay.donors.DonorDetailsSection;
import org.chungtay.donors.DonorDetails;
import org.chungtay.donors.DonorProfile;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorsNavigation;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.donors.OrganisationDetails;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * One donor: its details and contacts, its consent per category with the history behind it, the
 * details that others submitted for it (to confirm or reject), and the merge of a duplicate. A donor
 * outside the person's subtree is "not found", so that addresses do not tell which ids exist.
 */
@Route("staff/donors/:id([0-9]{1,18})")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER, Role.Names.FUND_STAFF, Role.Names.ACCOUNTANT})
class DonorDetailsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Vietnam time: UTC+7 all year, no daylight saving. */

    private final transient DonorService donors;
    private final transient ObjectProvider<DonorDetailsSection> sections;
    private DonorProfile profile;

    DonorDetailsView(DonorService donors, ObjectProvider<DonorDetailsSection> sections) {
        this.donors = donors;
        this.sections = sections;
        setId("donor-details-view");
        addClassNames("list-view", "donor-details-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        Optional<DonorProfile> found = id.flatMap(this::load);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (found.get().ref().id() != id.get()) {
            Notices.success("donors.merged-notice");
            event.forwardTo(DonorDetailsView.class, new RouteParameters("id",
                    String.valueOf(found.get().ref().id())));
            return;
        }
        profile = found.get();
        render();
    }

    private Optional<DonorProfile> load(long id) {
        try {
            return Optional.of(donors.profile(id));
        } catch (UserFacingException | AccessDeniedException notVisible) {
            return Optional.empty();
        }
    }

    private void refresh() {
        profile = donors.profile(profile.ref().id());
        render();
    }

    private void render() {
        removeAll();
        Button edit = new Button(getTranslation("donors.edit"), VaadinIcon.EDIT.create(), click -> openEditor());
        edit.setId("donor-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button merge = new Button(getTranslation("donors.merge"), VaadinIcon.COMPRESS.create(),
                click -> new MergeDialog(donors, profile, survivor -> getUI().ifPresent(ui -> {
                    if (survivor.id() == profile.ref().id()) {
                        refresh();
                    } else {
                        DonorsNavigation.toDonor(ui, survivor.id());
                    }
                })).open());
        merge.setId("donor-merge");
        RouterLink back = new RouterLink(getTranslation("donors.back"), DonorListView.class);
        back.setId("donor-back");
        back.addClassName("donor-back");
        Span type = new Span(getTranslation(profile.ref().type().labelKey()));
        type.addClassNames("badge", "donor-type");
        type.setId("donor-type");

        add(back, new ViewHeader(profile.ref().displayName(), type, edit, merge));
        if (!profile.pendingClaims().isEmpty()) {
            add(claimsSection());
        }
        add(detailsSection());
        if (profile.details() instanceof OrganisationDetails organisation) {
            add(contactsSection(organisation.contacts()));
        }
        add(consentSection(), historySection());
        sections.orderedStream().forEach(section -> section.create(profile).ifPresent(this::add));
    }

    private Section detailsSection() {
        DescriptionList facts = facts(profile.details(), false);
        add(facts, "donors.field.fund-unit", profile.fundUnitName());
        add(facts, "donors.field.created-at", time(profile.createdAt()));
        add(facts, "donors.field.updated-at", time(profile.updatedAt()));
        facts.setId("donor-facts");
        return section("donors.section.details", facts);
    }

    /** The details as terms and descriptions; the name only where no heading shows it already. */
    private DescriptionList facts(DonorDetails details, boolean withName) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("donor-facts");
        switch (details) {
            case OrganisationDetails organisation -> {
                if (withName) {
                    add(facts, "donors.field.name", organisation.name());
                }
                add(facts, "donors.field.tax-code", organisation.taxCode() == null ? null
                        : organisation.taxCode().value());
                add(facts, "donors.field.sector", organisation.sector() == null ? null
                        : getTranslation(organisation.sector().labelKey()));
                add(facts, "donors.field.address", organisation.address());
                add(facts, "donors.field.representative-name", organisation.representativeName());
                add(facts, "donors.field.representative-title", organisation.representativeTitle());
            }
            case IndividualDetails individual -> {
                add(facts, "donors.field.full-name", individual.name());
                add(facts, "donors.field.email", individual.email());
                add(facts, "donors.field.phone", individual.phone());
                add(facts, "donors.field.address", individual.address());
            }
        }
        add(facts, "donors.field.language", getTranslation("donors.language." + details.preferredLanguage()));
        add(facts, "donors.field.may-be-named", getTranslation(details.mayBeNamed() ? "donors.yes" : "donors.no"));
        return facts;
    }

    private void add(DescriptionList facts, String labelKey, String value) {
        facts.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(
                value == null || value.isBlank() ? getTranslation("donors.empty-value") : value));
    }

    private Section contactsSection(List<ContactDetails> contacts) {
        Grid<ContactDetails> grid = new Grid<>();
        grid.setId("donor-contact-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(ContactDetails::name).setHeader(getTranslation("donors.contact.name")).setFlexGrow(2);
        grid.addColumn(ContactDetails::role).setHeader(getTranslation("donors.contact.role"));
        grid.addColumn(ContactDetails::email).setHeader(getTranslation("donors.contact.email")).setFlexGrow(2);
        grid.addColumn(ContactDetails::phone).setHeader(getTranslation("donors.contact.phone"));
        grid.setEmptyStateText(getTranslation("donors.contacts.empty"));
        grid.setItems(contacts);
        return section("donors.section.contacts", grid);
    }

    private Section consentSection() {
        Div rows = new Div();
        rows.addClassName("donor-consents");
        for (ConsentCategory category : ConsentCategory.values()) {
            String id = category.name().toLowerCase(Locale.ROOT).replace('_', '-');
            ConsentRecord current = profile.consents().get(category);
            boolean granted = profile.consents(category);
            Span label = new Span(getTranslation(category.labelKey()));
            label.addClassName("donor-consent-label");
            Span state = new Span(getTranslation(current == null ? "donors.consent.never"
                    : granted ? "donors.consent.granted" : "donors.consent.not-granted"));
            state.addClassName("badge");
            if (granted) {
                state.addClassName("badge-success");
            }
            state.setId("donor-consent-state-" + id);
            Span since = new Span(current == null ? "" : getTranslation("donors.consent.since",
                    getTranslation(current.source().labelKey()), time(current.occurredAt())));
            since.addClassName("donor-consent-since");
            Button toggle = new Button(getTranslation(granted ? "donors.consent.withdraw" : "donors.consent.grant"),
                    click -> Notices.attempt(() -> {
                        if (granted) {
                            donors.withdrawConsent(profile.ref().id(), category, ConsentSource.STAFF_ENTRY);
                        } else {
                            donors.grantConsent(profile.ref().id(), category, ConsentSource.STAFF_ENTRY);
                        }
                        Notices.success("donors.consent.changed");
                        refresh();
                    }));
            toggle.setId("donor-consent-toggle-" + id);
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div row = new Div(label, state, since, toggle);
            row.addClassName("donor-consent-row");
            rows.add(row);
        }
        return section("donors.section.consents", new Paragraph(getTranslation("donors.consent.explain")), rows);
    }

    private Section historySection() {
        Grid<ConsentRecord> grid = new Grid<>();
        grid.setId("donor-consent-history");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(decision -> time(decision.occurredAt())).setHeader(getTranslation("donors.history.time"));
        grid.addColumn(decision -> getTranslation(decision.category().labelKey()))
                .setHeader(getTranslation("donors.history.category")).setFlexGrow(2);
        grid.addColumn(decision -> getTranslation(decision.granted() ? "donors.consent.granted"
                : "donors.consent.not-granted")).setHeader(getTranslation("donors.history.decision"));
        grid.addColumn(decision -> getTranslation(decision.source().labelKey()))
                .setHeader(getTranslation("donors.history.source")).setFlexGrow(2);
        grid.addColumn(ConsentRecord::actor).setHeader(getTranslation("donors.history.actor"));
        grid.setItems(profile.consentHistory());
        return section("donors.section.history", grid);
    }

    private Section claimsSection() {
        Div claims = new Div();
        claims.addClassName("donor-claims");
        for (DonorClaimView claim : profile.pendingClaims()) {
            DescriptionList submitted = facts(claim.submitted(), true);
            if (claim.submitted() instanceof OrganisationDetails organisation) {
                add(submitted, "donors.contacts", organisation.contacts().stream()
                        .map(c -> String.join(" · ", nonBlank(c.name(), c.role(), c.email(), c.phone())))
                        .collect(Collectors.joining("; ")));
            }
            add(submitted, "donors.field.consents", claim.optIns().isEmpty() ? getTranslation("donors.claim.no-opt-ins")
                    : claim.optIns().stream().map(c -> getTranslation(c.labelKey())).collect(Collectors.joining(", ")));
            Paragraph explain = new Paragraph(getTranslation("donors.claim.explain",
                    getTranslation(claim.source().labelKey()), time(claim.submittedAt())));
            Button confirm = new Button(getTranslation("donors.claim.confirm"), click -> Notices.attempt(() -> {
                donors.confirmClaim(claim.id());
                Notices.success("donors.claim.confirmed");
                refresh();
            }));
            confirm.setId("donor-claim-confirm-" + claim.id());
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button reject = new Button(getTranslation("donors.claim.reject"), click -> Notices.attempt(() -> {
                donors.rejectClaim(claim.id());
                Notices.success("donors.claim.rejected");
                refresh();
            }));
            reject.setId("donor-claim-reject-" + claim.id());
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            Div actions = new Div(confirm, reject);
            actions.addClassName("toolbar");
            Div card = new Div(explain, submitted, actions);
            card.addClassName("donor-claim");
            card.setId("donor-claim-" + claim.id());
            claims.add(card);
        }
        Section section = section("donors.section.claims", claims);
        section.addClassName("donor-claims-section");
        return section;
    }

    private static String[] nonBlank(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toArray(String[]::new);
    }

    private Section section(String titleKey, Component... content) {
        Section section = new Section(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("donor-section");
        return section;
    }

    private void openEditor() {
        DonorForm form = DonorForm.forEdit(profile.details());
        FormDialog<DonorForm.Submitted> dialog = new FormDialog<>("donor", getTranslation("donors.edit"), form,
                form::submit, form::showProblem, submitted -> {
                    donors.update(profile.ref().id(), submitted.details());
                    Notices.success("donors.saved");
                    refresh();
                });
        dialog.setWidth("48rem");
        dialog.setMaxWidth("100%");
        dialog.open();
    }

    private String time(Instant instant) {
        return instant == null ? "" : Formats.dateTime(this, instant);
    }

    @Override
    public String getPageTitle() {
        return profile == null ? getTranslation("donors.title")
                : getTranslation("donors.details.title", profile.ref().displayName());
    }
}
