package org.chungtay.shell;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.shared.ui.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Words from {@code vaadin-i18n/translations_vi.properties} and {@code _en}. Vietnamese is the
 * default and the language for any locale the portal does not speak. Every text goes through
 * {@link MessageFormat}, so a literal apostrophe is written as ’ (or doubled).
 */
@Component
class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger LOG = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = Languages.of(locale == null ? null : locale.getLanguage());
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK).getString(key);
            return new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException missing) {
            LOG.warn("Missing translation {} for {}", key, supported.getLanguage());
            return "!" + key;
        }
    }
}
