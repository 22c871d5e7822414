package org.chungtay.donors;

import com.vaadin.flow.component.UI;

/** Typed ways into the donor views, for this module's views and for others (pledges, payments). */
public final class DonorsNavigation {

    static final String LIST = "staff/donors";

    private DonorsNavigation() {
    }

    public static void toList(UI ui) {
        ui.navigate(LIST);
    }

    public static void toDonor(UI ui, long donorId) {
        ui.navigate(LIST + "/" + donorId);
    }
}
