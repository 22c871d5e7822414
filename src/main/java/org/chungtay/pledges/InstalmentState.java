package org.chungtay.pledges;

import java.util.Locale;

import org.chungtay.shared.Money;

/** An instalment with what its pledge's payments cover of it, settled in the order instalments fall due. */
public record InstalmentState(Instalment instalment, Money paid, State state) {

    public enum State {
        PAID, PARTLY_PAID, OVERDUE, DUE;

        public String labelKey() {
            return "pledges.instalment.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
