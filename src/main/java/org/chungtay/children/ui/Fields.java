package org.chungtay.children.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;

import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;

/** Small helpers the module's forms and pages share. */
final class Fields {

    private Fields() {
    }

    /** Whether people typed an amount above zero, as {@link Money#parse} reads it. */
    static boolean isPositiveMoney(String typed) {
        try {
            return Money.parse(typed).isPositive();
        } catch (UserFacingException notMoney) {
            return false;
        }
    }

    /** A term and its value in a page's facts; the value carries the id when there is one. */
    static void fact(Component in, DescriptionList facts, String termKey, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        if (id != null) {
            description.setId(id);
        }
        facts.add(new DescriptionList.Term(in.getTranslation(termKey)), description);
    }
}
