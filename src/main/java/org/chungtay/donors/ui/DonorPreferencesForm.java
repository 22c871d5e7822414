package org.chungtay.donors.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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

import org.chungtay.donors.ConsentCategory;
import org.springframework.modulith.NamedInterface;

/**
 * A donor's own choice of news by email, one checkbox with its explanation per category that needs an opt-in,
 * and of the language of their mail: the same choice whether reached by the preferences link of an email
 * (communications) or on the donor portal's preferences page (donorportal). It lives here, beside the consent
 * categories it shows, because both modules depend on donors and neither on the other; shared cannot know a
 * donors type. Open to other modules' views as the named interface "preferences-form".
 *
 * <p>It never calls a service: Save checks the choice with a {@link Binder} and fires a {@link SaveEvent}, which
 * the view saves. Ids: {@code <prefix>-<category>} ({@code <prefix>-progress-updates}), {@code <prefix>-language},
 * {@code <prefix>-save}.
 */
@NamedInterface("preferences-form")
public class DonorPreferencesForm extends Composite<VerticalLayout> {

    static final List<String> LANGUAGES = List.of("vi", "en");

    final Map<ConsentCategory, Checkbox> categories = new EnumMap<>(ConsentCategory.class);
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    final Button save = new Button();

    private final Binder<Choice> binder = new Binder<>();
    private final Choice choice = new Choice();

    /** A form showing the donor's choice as it is now. */
    public DonorPreferencesForm(String idPrefix, String language, Set<ConsentCategory> receiving) {
        getContent().setId(idPrefix + "-form");
        getContent().addClassName("mail-preferences-form");
        getContent().setPadding(false);
        for (ConsentCategory category : ConsentCategory.values()) {
            if (category.needsOptIn()) {
                Checkbox box = new Checkbox(getTranslation(category.labelKey()));
                box.setId(idPrefix + "-" + category.slug());
                box.setHelperText(getTranslation(category.explanationKey()));
                binder.forField(box).bind(chosen -> chosen.receiving.contains(category),
                        (chosen, ticked) -> chosen.set(category, ticked));
                categories.put(category, box);
                getContent().add(box);
            }
        }
        this.language.setId(idPrefix + "-language");
        this.language.setLabel(getTranslation("preferences.language"));
        this.language.setItems(LANGUAGES);
        this.language.setItemLabelGenerator(code -> getTranslation("donors.language." + code));
        binder.forField(this.language).asRequired(getTranslation("preferences.error.language"))
                .bind(chosen -> chosen.language, (chosen, value) -> chosen.language = value);
        save.setId(idPrefix + "-save");
        save.setText(getTranslation("preferences.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        show(language, receiving);
        getContent().add(this.language, save);
    }

    /** Shows the donor's choice as it is now, for instance after it was saved. */
    public void show(String language, Set<ConsentCategory> receiving) {
        choice.receiving.clear();
        choice.receiving.addAll(receiving);
        choice.language = LANGUAGES.contains(language) ? language : LANGUAGES.getFirst();
        binder.readBean(choice);
    }

    /** Checks the choice and, when it is complete, fires a {@link SaveEvent}. */
    void save() {
        if (binder.writeBeanIfValid(choice)) {
            fireEvent(new SaveEvent(this, choice.receiving, choice.language));
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The choice to save: the news received, and the language. */
    public static final class SaveEvent extends ComponentEvent<DonorPreferencesForm> {

        private final Set<ConsentCategory> receiving;
        private final String language;

        SaveEvent(DonorPreferencesForm form, Set<ConsentCategory> receiving, String language) {
            super(form, false);
            this.receiving = Set.copyOf(receiving);
            this.language = language;
        }

        public Set<ConsentCategory> receiving() {
            return receiving;
        }

        public String language() {
            return language;
        }
    }

    /** What the form edits. */
    private static final class Choice {

        private final Set<ConsentCategory> receiving = EnumSet.noneOf(ConsentCategory.class);
        private String language;

        void set(ConsentCategory category, boolean ticked) {
            if (ticked) {
                receiving.add(category);
            } else {
                receiving.remove(category);
            }
        }
    }
}
