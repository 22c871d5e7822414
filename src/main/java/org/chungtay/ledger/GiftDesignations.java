package org.chungtay.ledger;

import java.util.Collection;
import java.util.Map;

/** What each pledge's payments were given for, told by the pledges module, which the ledger does not know. */
public interface GiftDesignations {

    /** The designation of each of these pledges that exists; a payment without a pledge is GENERAL. */
    Map<Long, Designation> of(Collection<Long> pledgeIds);
}
