package org.chungtay.children.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.chungtay.children.Child;
import org.chungtay.children.ChildService;
import org.chungtay.children.ChildrenNavigation;
import org.chungtay.children.ConsentParty;
import org.chungtay.children.ConsentRecord;
import org.chungtay.children.ProgressNote;
import org.chungtay.children.Sharing;
import org.chungtay.children.Sponsorship;
import org.chungtay.children.SponsorshipService;
import org.chungtay.shared.AuditTrail.AuditRecord;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;
import org.chungtay.shared.ui.RouteIds;

/**
 * One child for caseworkers: the record, what may be shared and the consents behind it, progress notes, the
 * child's sponsorships and everything that changed.
 */
@Route(ChildrenNavigation.CHILDREN + "/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CASEWORKER})
class ChildDetailsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ChildService children;
    private final transient SponsorshipService sponsorships;
    private long id;
    private String title = "";

    ChildDetailsView(ChildService children, SponsorshipService sponsorships) {
        this.children = children;
        this.sponsorships = sponsorships;
        setId("child-details-view");
        addClassName("list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.of(event);
        render();
    }

    private void render() {
        Child child;
        try {
            child = children.get(id);
        } catch (UserFacingException gone) {
            throw new NotFoundException();
        }
        title = getTranslation("children.details.title", child.code());
        removeAll();

        Button edit = new Button(getTranslation("children.action.edit"), click -> edit(child));
        edit.setId("child-edit");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        Fields.fact(this, facts, "children.field.code", child.code(), "child-details-code");
        Fields.fact(this, facts, "children.field.full-name", child.entry().fullName(), "child-details-full-name");
        Fields.fact(this, facts, "children.field.given-name", child.entry().givenName(), null);
        Fields.fact(this, facts, "children.field.birth-date", Formats.date(this, child.entry().birthDate()), null);
        Fields.fact(this, facts, "children.field.gender", getTranslation(child.entry().gender().labelKey()), null);
        Fields.fact(this, facts, "children.field.commune", child.communeName(), null);
        Fields.fact(this, facts, "children.field.category", getTranslation(child.entry().category().labelKey()), null);
        Fields.fact(this, facts, "children.field.guardian-name", child.entry().guardianName() + " ("
                + child.entry().guardianRelation() + ")", null);
        if (child.entry().guardianPhone() != null) {
            Fields.fact(this, facts, "children.field.guardian-phone", child.entry().guardianPhone().value(), null);
        }
        if (child.entry().notes() != null) {
            Fields.fact(this, facts, "children.field.notes", child.entry().notes(), null);
        }

        add(new ViewHeader(title, edit), facts);
        addConsents(child);
        addNotes();
        addSponsorships();
        addHistory();
    }

    private void addConsents(Child child) {
        Sharing sharing = children.sharing(id);
        Span shared = new Span(describe(sharing));
        shared.setId("child-sharing");
        shared.addClassNames("badge", sharing.anything() ? "badge-success" : "badge-neutral");
        Button record = new Button(getTranslation("children.consent.record"), click -> {
            ConsentForm form = new ConsentForm(child.entry().birthDate());
            new FormDialog<ConsentForm.Entry>("consent", getTranslation("children.consent.record"), form, form::submit,
                    form::showProblem, entry -> {
                        children.recordConsent(id, entry.party(), entry.givenOn(), entry.sharing());
                        Notices.success("children.saved");
                        render();
                    }).open();
        });
        record.setId("consent-record");
        Button withdrawGuardian = withdraw(ConsentParty.GUARDIAN, "consent-withdraw-guardian");
        Button withdrawChild = withdraw(ConsentParty.CHILD, "consent-withdraw-child");

        Grid<ConsentRecord> consents = new Grid<>();
        consents.setId("child-consents");
        consents.setAllRowsVisible(true);
        consents.addColumn(line -> getTranslation(line.party().labelKey()))
                .setHeader(getTranslation("children.consent.party"));
        consents.addColumn(line -> getTranslation(line.withdrawn() ? "children.consent.withdrawn"
                : "children.consent.given")).setHeader(getTranslation("children.consent.action"));
        consents.addColumn(line -> Formats.date(this, line.givenOn())).setHeader(getTranslation("children.consent.date"));
        consents.addColumn(line -> line.withdrawn() ? Formats.NOTHING : shares(line.sharing()))
                .setHeader(getTranslation("children.consent.shares")).setFlexGrow(2);
        consents.addColumn(ConsentRecord::recordedBy).setHeader(getTranslation("children.history.who"));
        consents.setEmptyStateText(getTranslation("children.consent.none"));
        consents.setItems(children.consents(id));

        FlexLayout actions = new FlexLayout(record, withdrawGuardian, withdrawChild);
        actions.addClassName("toolbar");
        add(new H3(getTranslation("children.consent.title")), new Div(shared), actions, consents);
    }

    private Button withdraw(ConsentParty party, String buttonId) {
        Button button = new Button(getTranslation("children.consent.withdraw",
                getTranslation(party.labelKey()).toLowerCase(getLocale())),
                click -> Notices.attempt(() -> {
                    children.withdrawConsent(id, party, VietnamTime.today());
                    Notices.success("children.consent.withdrawn-notice");
                    render();
                }));
        button.setId(buttonId);
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return button;
    }

    private void addNotes() {
        Button add = new Button(getTranslation("children.note.add"), click -> {
            NoteForm form = new NoteForm();
            new FormDialog<NoteForm.Entry>("note", getTranslation("children.note.add"), form, form::submit,
                    form::showProblem, entry -> {
                        children.addNote(id, entry.writtenOn(), entry.text(), entry.shareable(), entry.photo());
                        Notices.success("children.saved");
                        render();
                    }).open();
        });
        add.setId("note-add");
        Grid<ProgressNote> notes = new Grid<>();
        notes.setId("child-notes");
        notes.setAllRowsVisible(true);
        notes.addColumn(note -> Formats.date(this, note.writtenOn())).setHeader(getTranslation("children.note.date"))
                .setAutoWidth(true).setFlexGrow(0);
        notes.addColumn(ProgressNote::text).setHeader(getTranslation("children.note.text")).setFlexGrow(3);
        notes.addColumn(note -> getTranslation(note.shareable() ? "children.note.shared" : "children.note.private"))
                .setHeader(getTranslation("children.note.shareable"));
        notes.addComponentColumn(note -> {
            if (!note.hasPhoto()) {
                return new Span();
            }
            Anchor photo = new Anchor((DownloadHandler) event -> {
                var picture = children.notePhoto(note.id()).orElseThrow();
                event.setContentType(picture.contentType());
                event.setFileName("photo-" + note.id() + (picture.contentType().equals("image/png") ? ".png" : ".jpg"));
                event.getOutputStream().write(picture.bytes());
            }, getTranslation("children.note.photo"));
            photo.setTarget("_blank");
            return photo;
        }).setHeader(getTranslation("children.note.photo")).setAutoWidth(true);
        notes.setEmptyStateText(getTranslation("children.note.none"));
        notes.setItems(children.notes(id));
        add(new H3(getTranslation("children.note.title")), new Paragraph(getTranslation("children.note.intro")), add,
                notes);
    }

    private void addSponsorships() {
        Button match = new Button(getTranslation("children.match.action"), click -> {
            MatchForm form = new MatchForm(text -> sponsorships.matchablePledges(text, 50));
            new FormDialog<MatchForm.Entry>("match", getTranslation("children.match.action"), form, form::submit,
                    form::showProblem, entry -> {
                        sponsorships.match(entry.pledgeId(), id, entry.terms());
                        Notices.success("children.match.done");
                        render();
                    }).open();
        });
        match.setId("child-match");
        add(new H3(getTranslation("children.sponsorships.title")), match, SponsorshipGrids.sponsorships(this,
                "child-sponsorships", List.copyOf(sponsorships.ofChild(id)), true));
    }

    private void addHistory() {
        Grid<AuditRecord> history = new Grid<>();
        history.setId("child-history");
        history.setAllRowsVisible(true);
        history.addColumn(r -> Formats.dateTime(this, r.occurredAt())).setHeader(getTranslation("children.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(AuditRecord::actor).setHeader(getTranslation("children.history.who")).setAutoWidth(true);
        history.addColumn(r -> getTranslation("children.history." + r.action()))
                .setHeader(getTranslation("children.history.what"));
        history.setItems(children.history(id));
        add(new H3(getTranslation("children.history.title")), history);
    }

    private void edit(Child child) {
        ChildForm form = new ChildForm(children.communes(), child.entry());
        new FormDialog<org.chungtay.children.ChildEntry>("child", getTranslation("children.action.edit"), form,
                form::submit, form::showProblem, entry -> {
                    children.update(id, entry);
                    Notices.success("children.saved");
                    render();
                }).open();
    }

    private String describe(Sharing sharing) {
        return sharing.anything() ? getTranslation("children.sharing.shares", shares(sharing))
                : getTranslation("children.sharing.nothing");
    }

    /** What a consent lets be shared, as a list: "given name, progress notes". */
    private String shares(Sharing sharing) {
        if (!sharing.anything()) {
            return Formats.NOTHING;
        }
        StringBuilder shares = new StringBuilder();
        if (sharing.givenName()) {
            shares.append(getTranslation("children.consent.share-given-name"));
        }
        if (sharing.photo()) {
            shares.append(shares.isEmpty() ? "" : ", ").append(getTranslation("children.consent.share-photo"));
        }
        if (sharing.notes()) {
            shares.append(shares.isEmpty() ? "" : ", ").append(getTranslation("children.consent.share-notes"));
        }
        return shares.toString();
    }


    @Override
    public String getPageTitle() {
        return title;
    }
}
