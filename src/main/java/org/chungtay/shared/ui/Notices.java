package org.chungtay.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.chungtay.shared.UserFacingException;

/** Short messages after an action, in the user's language. */
public final class Notices {

    private static final int DURATION_MS = 4000;

    private Notices() {
    }

    public static void success(String key, Object... arguments) {
        show(key, arguments, NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String key, Object... arguments) {
        show(key, arguments, NotificationVariant.LUMO_ERROR);
    }

    public static void error(UserFacingException problem) {
        error(problem.messageKey(), problem.arguments());
    }

    /** Runs an action of the user's; a rule it breaks is told in a message instead of an error page. */
    public static void attempt(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException problem) {
            error(problem);
        }
    }

    private static void show(String key, Object[] arguments, NotificationVariant variant) {
        String text = UI.getCurrent().getTranslation(key, arguments);
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
        notification.getElement().setAttribute("role", "status");
    }
}
