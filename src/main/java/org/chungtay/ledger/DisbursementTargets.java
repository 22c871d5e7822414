package org.chungtay.ledger;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where money may be paid out to, told by the module that owns it: the projects module for budget lines, the
 * children module for sponsored children and support cases. The ledger asks every bean of this type; it knows
 * none of those modules. Both methods answer only within the current principal's fund unit subtree.
 */
public interface DisbursementTargets {

    /** The purposes this bean knows targets of. */
    Set<Purpose> purposes();

    /** Targets of this purpose whose title, code or commune contains the text, at most {@code limit}. */
    List<DisbursementTarget> search(Purpose purpose, String text, int limit);

    /** One target by its id, if it exists and the current principal may pay to it. */
    Optional<DisbursementTarget> find(Purpose purpose, long id);
}
