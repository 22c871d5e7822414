package org.chungtay.children;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.ledger.DisbursementTarget;
import org.chungtay.ledger.DisbursementTargets;
import org.chungtay.ledger.Purpose;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.SearchText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children's side of money out (DD026): a sponsored child (a sponsorship, payable from its pledge's
 * SPONSORSHIP pool or the general fund) and a support case (a child of the register, such as a surgery). Labels
 * are pseudonyms in both languages, never a name; only targets of the caller's subtree are told.
 */
@Component
class ChildDisbursementTargets implements DisbursementTargets {

    private final ChildStore children;
    private final SponsorshipService sponsorships;
    private final FundUnitService fundUnits;
    private final PseudonymLabels labels;

    ChildDisbursementTargets(ChildStore children, SponsorshipService sponsorships, FundUnitService fundUnits,
            PseudonymLabels labels) {
        this.children = children;
        this.sponsorships = sponsorships;
        this.fundUnits = fundUnits;
        this.labels = labels;
    }

    @Override
    public Set<Purpose> purposes() {
        return Set.of(Purpose.SPONSORED_CHILD, Purpose.SUPPORT_CASE);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DisbursementTarget> search(Purpose purpose, String text, int limit) {
        if (!purposes().contains(purpose)) {
            return List.of();
        }
        List<FundUnitRef> subtree = fundUnits.subtree();
        List<Long> communes = text == null || text.isBlank() ? List.of() : subtree.stream()
                .filter(unit -> SearchText.matches(SearchText.normalise(unit.name()), text)).map(FundUnitRef::id).toList();
        List<Long> ids = children.searchIds(purpose == Purpose.SPONSORED_CHILD, text, communes, limit);
        return targets(purpose, ids);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DisbursementTarget> find(Purpose purpose, long id) {
        return purposes().contains(purpose) ? targets(purpose, List.of(id)).stream().findFirst() : Optional.empty();
    }

    private List<DisbursementTarget> targets(Purpose purpose, List<Long> ids) {
        if (purpose == Purpose.SPONSORED_CHILD) {
            return sponsorships.inScope(ids).stream().map(sponsorship -> {
                ChildStore.Row child = children.find(sponsorship.child().childId()).orElseThrow();
                return target(purpose, sponsorship.id(), child, sponsorship.child(), sponsorship.pledgeId());
            }).toList();
        }
        Map<Long, Pseudonym> named = children.pseudonyms(ids);
        return ids.stream().map(children::find).flatMap(Optional::stream)
                .filter(child -> FundScope.contains(child.path()))
                .map(child -> target(purpose, child.id(), child, named.get(child.id()), null)).toList();
    }

    private DisbursementTarget target(Purpose purpose, long id, ChildStore.Row child, Pseudonym pseudonym,
            Long pledgeId) {
        return new DisbursementTarget(purpose, id, child.entry().communeId(), child.path(), null, null, child.id(),
                pledgeId, labels.vietnamese(pseudonym), labels.english(pseudonym), null, null);
    }
}
