package org.chungtay.communications;

import org.chungtay.shared.FundScope;

/**
 * Whose mail the current reader sees: the messages signed by a unit of their subtree ({@link FundScope}, DD003).
 * A message without a fund unit is the root unit's, so it belongs only to a scope of the whole tree: the
 * root unit's people and the system actor (path {@code /}).
 */
record MailScope(String subtreePath) {

    static MailScope current() {
        return new MailScope(FundScope.subtreePath());
    }

    /** The root unit's path is {@code /<id>/}, the system actor's {@code /}. */
    boolean wholeTree() {
        return subtreePath.chars().filter(c -> c == '/').count() <= 2;
    }
}
