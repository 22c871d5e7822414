package org.chungtay.people;

import com.vaadin.flow.component.UI;

import org.chungtay.people.ui.ChangePasswordView;

/** Typed ways into the people module's views, for the shell. */
public final class AccountNavigation {

    private AccountNavigation() {
    }

    public static void toChangePassword(UI ui) {
        ui.navigate(ChangePasswordView.class);
    }

    public static boolean isChangePassword(Class<?> navigationTarget) {
        return navigationTarget == ChangePasswordView.class;
    }

    public static Class<ChangePasswordView> changePasswordView() {
        return ChangePasswordView.class;
    }
}
