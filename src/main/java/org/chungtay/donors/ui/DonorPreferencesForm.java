package org.chungtay.communications.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

import org.chungtay.donors.ConsentByLink.LinkedDonor;
import org.chungtay.donors.ConsentCategory;

/**
 * A donor's choice of news by email (progress updates, appeals) and of the language of every email, as the
 * preferences link shows it. It never calls a service: Save checks the choice with a {@link Binder} and fires
 * a {@link SaveEvent}, which the view saves.
 */
class MailPreferencesForm extends Composite<VerticalLayout> {

    static final List<String> LANGUAGES = List.of("vi", "en");

    final Checkbox progressUpdates = new Checkbox();
    final Checkbox appeals = new Checkbox();
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    final Button save = new Button();

    private final Binder<Choice> binder = new Binder<>();
    private final Choice choice = new Choice();

    MailPreferencesForm(LinkedDonor donor) {
        getContent().setId("mail-preferences-form");
        getContent().addClassName("mail-preferences-form");
        getContent().setPadding(false);
        progressUpdates.setId("mail-preferences-progress-updates");
        progressUpdates.setLabel(getTranslation(ConsentCategory.PROGRESS_UPDATES.labelKey()));
        appeals.setId("mail-preferences-appeals");
        appeals.setLabel(getTranslation(ConsentCategory.APPEALS.labelKey()));
        language.setId("mail-preferences-language");
        language.setLabel(getTranslation("preferences.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("donors.language." + code));
        save.setId("mail-preferences-save");
        save.setText(getTranslation("preferences.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        binder.forField(progressUpdates).bind(Choice::progressUpdates, Choice::progressUpdates);
        binder.forField(appeals).bind(Choice::appeals, Choice::appeals);
        binder.forField(language).asRequired(getTranslation("preferences.error.language"))
                .bind(Choice::language, Choice::language);
        show(donor);
        getContent().add(progressUpdates, appeals, language, save);
    }

    /** Shows the donor's choice as it is now, for instance after it was saved. */
    void show(LinkedDonor donor) {
        choice.progressUpdates(donor.receives(ConsentCategory.PROGRESS_UPDATES));
        choice.appeals(donor.receives(ConsentCategory.APPEALS));
        choice.language(LANGUAGES.contains(donor.language()) ? donor.language() : LANGUAGES.getFirst());
        binder.readBean(choice);
    }

    /** Checks the choice and, when it is complete, fires a {@link SaveEvent}. */
    void save() {
        if (binder.writeBeanIfValid(choice)) {
            Set<ConsentCategory> receiving = EnumSet.noneOf(ConsentCategory.class);
            if (choice.progressUpdates()) {
                receiving.add(ConsentCategory.PROGRESS_UPDATES);
            }
            if (choice.appeals()) {
                receiving.add(ConsentCategory.APPEALS);
            }
            fireEvent(new SaveEvent(this, receiving, choice.language()));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The choice to save: the news received, and the language. */
    static final class SaveEvent extends ComponentEvent<MailPreferencesForm> {

        private final Set<ConsentCategory> receiving;
        private final String language;

        SaveEvent(MailPreferencesForm form, Set<ConsentCategory> receiving, String language) {
            super(form, false);
            this.receiving = Set.copyOf(receiving);
            this.language = language;
        }

        Set<ConsentCategory> receiving() {
            return receiving;
        }

        String language() {
            return language;
        }
    }

    /** What the form edits. */
    private static final class Choice {

        private boolean progressUpdates;
        private boolean appeals;
        private String language;

        boolean progressUpdates() {
            return progressUpdates;
        }

        void progressUpdates(boolean value) {
            progressUpdates = value;
        }

        boolean appeals() {
            return appeals;
        }

        void appeals(boolean value) {
            appeals = value;
        }

        String language() {
            return language;
        }

        void language(String value) {
            language = value;
        }
    }
}
