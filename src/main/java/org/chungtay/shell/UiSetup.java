package org.chungtay.shell;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.chungtay.people.StaffPrincipal;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Languages;
import org.chungtay.shared.ui.Notices;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What every page of the portal shares: the language it opens in, the messages Vaadin shows on its
 * own (session expired), and what happens to an error that no view caught.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> openInPreferredLanguage(init.getUI()));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
    }

    /** The signed-in person's choice, else this browser's last choice, else Vietnamese. */
    private static void openInPreferredLanguage(UI ui) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Locale locale = authentication != null && authentication.getPrincipal() instanceof StaffPrincipal me
                ? Languages.of(me.preferredLanguage())
                : Languages.fromCookie(VaadinRequest.getCurrent()).orElse(Languages.VIETNAMESE);
        ui.setLocale(locale);
        ui.getSession().setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

    private void handle(ErrorEvent event) {
        Throwable problem = event.getThrowable();
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException userFacing) {
                runInUi(() -> Notices.error(userFacing));
                return;
            }
            if (cause instanceof AccessDeniedException
                    || cause instanceof org.springframework.security.access.AccessDeniedException) {
                runInUi(() -> Notices.error("error.not-allowed.message"));
                return;
            }
        }
        String incident = Incidents.log(problem);
        runInUi(() -> Notices.error("error.unexpected.message", incident));
    }

    private static void runInUi(Runnable show) {
        if (UI.getCurrent() != null) {
            show.run();
        }
    }

    private static CustomizedSystemMessages systemMessages(Locale requested) {
        TranslationProvider words = new TranslationProvider();
        Locale locale = Languages.of(requested == null ? null : requested.getLanguage());
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(words.getTranslation("system.session-expired.caption", locale));
        messages.setSessionExpiredMessage(words.getTranslation("system.session-expired.message", locale));
        messages.setInternalErrorCaption(words.getTranslation("error.unexpected.title", locale));
        messages.setInternalErrorMessage(words.getTranslation("system.internal-error.message", locale));
        messages.setCookiesDisabledCaption(words.getTranslation("system.cookies.caption", locale));
        messages.setCookiesDisabledMessage(words.getTranslation("system.cookies.message", locale));
        return messages;
    }
}
