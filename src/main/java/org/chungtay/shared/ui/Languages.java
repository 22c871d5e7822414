package org.chungtay.shared.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/** The portal's two languages: Vietnamese first, English second. */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.of("en", "GB");
    public static final List<Locale> ALL = List.of(VIETNAMESE, ENGLISH);
    /** Remembers the chosen language in the browser, for Vaadin views and the plain public pages alike. */
    public static final String COOKIE = "chungtay-lang";
    public static final int COOKIE_SECONDS = 365 * 24 * 3600;

    private Languages() {
    }

    /** The locale for a language code; anything unknown is Vietnamese. */
    public static Locale of(String language) {
        return "en".equals(language) ? ENGLISH : VIETNAMESE;
    }

    public static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return Optional.of(of(cookie.getValue()));
            }
        }
        return Optional.empty();
    }

    /** Shows the UI in the locale now and remembers it in this browser for the next visit. */
    public static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(locale);
        }
        if (VaadinService.getCurrentResponse() != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(COOKIE_SECONDS);
            cookie.setHttpOnly(true);
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
    }
}
