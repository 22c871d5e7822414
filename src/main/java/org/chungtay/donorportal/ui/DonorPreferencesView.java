package org.chungtay.donorportal.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.chungtay.donorportal.DonorPortalNavigation;
import org.chungtay.donors.ContactDetails;
import org.chungtay.donors.DonorAccounts;
import org.chungtay.donors.DonorAccounts.MyContact;
import org.chungtay.donors.DonorAccounts.MyPreferences;
import org.chungtay.donors.DonorLimits;
import org.chungtay.donors.DonorType;
import org.chungtay.donors.ui.ContactForm;
import org.chungtay.donors.ui.DonorPreferencesForm;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Languages;
import org.chungtay.shared.ui.Notices;

/**
 * The signed-in donor's preferences: the language of their mail and of these pages, and consent to each kind of
 * news that needs an opt-in, with the same form as the preferences link of an email; for an organisation, also
 * its contacts, each of whom signs in with their own address. Contacts are cards rather than a grid, so that they
 * read on a phone. The service decides everything (whose record, which change is allowed); the page only shows
 * what it answers.
 */
@Route(value = DonorPortalNavigation.PREFERENCES, layout = DonorLayout.class)
@RolesAllowed(DonorPrincipal.ROLE)
class DonorPreferencesView extends Main implements HasDynamicTitle {

    private final transient DonorAccounts accounts;
    private final Div contactCards = new Div();
    private final Button addContact = new Button();

    DonorPreferencesView(DonorAccounts accounts) {
        this.accounts = accounts;
        addClassName("donor-view");
        addClassName("donor-preferences");
        setId("donor-preferences-view");
        MyPreferences mine = accounts.myPreferences();
        H1 heading = new H1(getTranslation("donor-portal.preferences.title"));
        Paragraph who = new Paragraph(getTranslation(mine.type() == DonorType.ORGANISATION
                ? "donor-portal.preferences.organisation" : "donor-portal.preferences.individual", mine.name()));
        who.setId("donor-preferences-who");
        add(heading, who, mailSection(mine));
        if (mine.type() == DonorType.ORGANISATION) {
            add(contactsSection());
        }
    }

    private Section mailSection(MyPreferences mine) {
        DonorPreferencesForm form = new DonorPreferencesForm("donor-preferences", mine.language(), mine.receiving());
        form.addSaveListener(save -> Notices.attempt(() -> {
            MyPreferences saved = accounts.saveMyPreferences(save.receiving(), save.language());
            if (!saved.language().equals(getLocale().getLanguage())) {
                // The whole page, the frame included, is drawn again in the language just chosen.
                getUI().ifPresent(ui -> {
                    Languages.apply(ui, Languages.of(saved.language()));
                    ui.getPage().reload();
                });
            } else {
                form.show(saved.language(), saved.receiving());
                Notices.success("donor-portal.preferences.saved");
            }
        }));
        Section section = new Section(new H2(getTranslation("donor-portal.preferences.mail")),
                new Paragraph(getTranslation("donor-portal.preferences.intro")), form);
        section.addClassNames("donor-card", "donor-preferences-mail");
        return section;
    }

    private Section contactsSection() {
        contactCards.setId("donor-contacts");
        contactCards.addClassName("donor-contact-cards");
        addContact.setId("donor-contact-add");
        addContact.setText(getTranslation("donor-portal.preferences.contact.add"));
        addContact.setIcon(VaadinIcon.PLUS.create());
        addContact.addClickListener(click -> openDialog(null));
        Section section = new Section(new H2(getTranslation("donor-portal.preferences.contacts")),
                new Paragraph(getTranslation("donor-portal.preferences.contacts.intro")), contactCards, addContact);
        section.addClassName("donor-preferences-contacts");
        showContacts(accounts.myContacts());
        return section;
    }

    private void showContacts(List<MyContact> contacts) {
        contactCards.removeAll();
        contacts.forEach(contact -> contactCards.add(card(contact)));
        addContact.setEnabled(contacts.size() < DonorLimits.CONTACTS);
    }

    private Div card(MyContact contact) {
        int n = contact.position();
        ContactDetails details = contact.details();
        Span name = new Span(details.name());
        name.addClassName("donor-contact-name");
        Div heading = new Div(name);
        heading.addClassName("donor-contact-heading");
        if (contact.me()) {
            Span you = new Span(getTranslation("donor-portal.preferences.contact.you"));
            you.getElement().getThemeList().add("badge");
            heading.add(you);
        }
        Div card = new Div(heading);
        card.setId("donor-contact-" + n);
        card.addClassNames("donor-card", "donor-contact-card");
        if (details.role() != null) {
            card.add(line(details.role()));
        }
        card.add(line(details.email() != null ? details.email()
                : getTranslation("donor-portal.preferences.contact.no-email")));
        if (details.phone() != null) {
            card.add(line(details.phone()));
        }
        Button edit = new Button(getTranslation("donor-portal.preferences.contact.edit"), VaadinIcon.EDIT.create(),
                click -> openDialog(contact));
        edit.setId("donor-contact-edit-" + n);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(edit);
        actions.addClassName("donor-contact-actions");
        if (!contact.me()) {
            Button remove = new Button(getTranslation("donor-portal.preferences.contact.remove"),
                    VaadinIcon.TRASH.create(), click -> confirmRemove(contact));
            remove.setId("donor-contact-remove-" + n);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        }
        card.add(actions);
        return card;
    }

    private static Span line(String text) {
        Span line = new Span(text);
        line.addClassName("donor-contact-line");
        return line;
    }

    /** Adds a contact ({@code null}) or changes one, in a dialog that stays open with what was typed if refused. */
    private void openDialog(MyContact contact) {
        ContactForm form = contact == null ? new ContactForm("") : new ContactForm("", contact.details());
        FormDialog<ContactDetails> dialog = new FormDialog<>("donor-contact", getTranslation(contact == null
                ? "donor-portal.preferences.contact.new-title" : "donor-portal.preferences.contact.edit-title"),
                form, form::submit, form::showProblem, typed -> {
                    try {
                        showContacts(contact == null ? accounts.addMyContact(typed)
                                : accounts.changeMyContact(contact, typed));
                        Notices.success("donor-portal.preferences.contact.saved");
                    } catch (UserFacingException problem) {
                        reloadIfChanged(problem);
                        throw problem;
                    }
                });
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100%");
        dialog.open();
    }

    private void confirmRemove(MyContact contact) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("donor-contact-remove-dialog");
        dialog.setHeader(getTranslation("donor-portal.preferences.contact.remove-title"));
        dialog.setText(getTranslation("donor-portal.preferences.contact.remove-confirm", contact.details().name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        Button confirm = new Button(getTranslation("donor-portal.preferences.contact.remove"), click -> {
            dialog.close();
            Notices.attempt(() -> {
                try {
                    showContacts(accounts.removeMyContact(contact));
                    Notices.success("donor-portal.preferences.contact.removed");
                } catch (UserFacingException problem) {
                    reloadIfChanged(problem);
                    throw problem;
                }
            });
        });
        confirm.setId("donor-contact-remove-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.setConfirmButton(confirm);
        dialog.open();
    }

    /** A contact changed in another session meanwhile: the list is read again, as the message says. */
    private void reloadIfChanged(UserFacingException problem) {
        if ("donor-portal.preferences.error.contact-changed".equals(problem.messageKey())) {
            showContacts(accounts.myContacts());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("donor-portal.preferences.title");
    }
}
