package org.chungtay.pledges;

import java.util.List;
import java.util.Optional;

import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Direct-sponsorship pledges for the children module, which matches children to them (DD026). A pledge is
 * visible here to a caller when its unit lies in the caller's subtree, or is the caller's unit or above it: a
 * commune's caseworker matches the commune's children to a province campaign's sponsorship. Only the pledge's
 * own facts are given (the business, the contact it named), never anything of the donor register.
 */
@Service
@Transactional(readOnly = true)
public class SponsorshipPledges {

    private final PledgeRepository pledges;
    private final JdbcClient jdbc;

    SponsorshipPledges(PledgeRepository pledges, JdbcClient jdbc) {
        this.pledges = pledges;
        this.jdbc = jdbc;
    }

    /** The direct-sponsorship pledge, if it is one and the caller may see it. */
    @PreAuthorize("hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF','ACCOUNTANT','CASEWORKER')")
    public Optional<SponsorshipPledge> find(long pledgeId) {
        return pledges.findById(pledgeId)
                .filter(pledge -> pledge.kind() == PledgeKind.DIRECT_SPONSORSHIP)
                .filter(pledge -> visible(pledge.fundUnitPath()))
                .map(SponsorshipPledge::of);
    }

    /**
     * Confirmed direct-sponsorship pledges the caller may match children to, whose reference or business
     * contains the text, newest first, at most {@code limit}.
     */
    @PreAuthorize("hasAnyRole('ADMIN','CASEWORKER')")
    public List<SponsorshipPledge> matchable(String text, int limit) {
        String scope = FundScope.subtreePath();
        String query = "%" + SearchText.withoutDiacritics(text == null ? "" : text.strip())
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Long> ids = jdbc.sql("""
                SELECT id FROM pledge
                WHERE kind = 'DIRECT_SPONSORSHIP' AND status IN ('CONFIRMED', 'PARTLY_FULFILLED', 'FULFILLED')
                  AND (fund_unit_path LIKE :below OR :scope LIKE CONCAT(fund_unit_path, '%'))
                  AND (reference LIKE :text OR donor_name LIKE :text)
                ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("below", scope + "%").param("scope", scope).param("text", query)
                .param("limit", Math.max(0, limit))
                .query(Long.class).list();
        return pledges.findAllById(ids).stream().map(SponsorshipPledge::of)
                .sorted((a, b) -> Long.compare(ids.indexOf(a.id()), ids.indexOf(b.id()))).toList();
    }

    /**
     * The signed-in donor's direct-sponsorship pledges (an organisation's, for its contact), whatever their status:
     * the children module shows the children matched to them in the donor portal.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public List<Long> mine() {
        return jdbc.sql("SELECT id FROM pledge WHERE kind = 'DIRECT_SPONSORSHIP' AND donor_id = ? ORDER BY id")
                .param(DonorPrincipal.requireDonorId()).query(Long.class).list();
    }

    private static boolean visible(String pledgePath) {
        String scope = FundScope.subtreePath();
        return pledgePath.startsWith(scope) || scope.startsWith(pledgePath);
    }
}
