package org.chungtay.shared.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One button that switches to the other language, labelled in that language ("English" while the
 * page is in Vietnamese, "Tiếng Việt" while it is in English), as people look for their own. The
 * page is then drawn again, so that every word on it changes at once.
 */
public class LanguageSwitch extends Button {

    public LanguageSwitch(Consumer<Locale> remember) {
        setId("language-switch");
        setIcon(VaadinIcon.GLOBE.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Locale current = UI.getCurrent().getLocale();
        Locale other = Languages.ENGLISH.getLanguage().equals(current.getLanguage())
                ? Languages.VIETNAMESE : Languages.ENGLISH;
        setText(getTranslation("language.switch-to"));
        getElement().setAttribute("lang", other.getLanguage());
        setTooltipText(getTranslation("language.switch-to.label"));
        addClickListener(click -> getUI().ifPresent(ui -> {
            Languages.apply(ui, other);
            remember.accept(other);
            ui.getPage().reload();
        }));
    }
}
