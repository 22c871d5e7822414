package org.chungtay.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    @Test
    void sponsoringFiveChildrenForTwelveMonthsAtFiveHundredThousandIsThirtyMillion() {
        Commitment sponsorship = Commitment.sponsorship(5, 12, Money.vnd(500_000), null, null);

        assertThat(sponsorship.total()).isEqualTo(Money.vnd(30_000_000));
        assertThat(sponsorship.kind().isPaidByTransfer()).isTrue();
    }

    @Test
    void zeroNegativeAndAbsurdAmountsAreRefused() {
        assertRefused(() -> Commitment.donation(Money.ZERO, null), "pledges.error.amount-positive");
        assertRefused(() -> Commitment.donation(Money.vnd(-5), null), "pledges.error.amount-positive");
        assertRefused(() -> Commitment.donation(Money.vnd(10_000_000_000_001L), null), "pledges.error.amount-too-large");
        assertRefused(() -> Commitment.sponsorship(10_000, 120, Money.vnd(9_000_000_000L), null, null),
                "pledges.error.amount-too-large");
        assertRefused(() -> Commitment.sponsorship(0, 12, Money.vnd(500_000), null, null), "pledges.error.children");
        assertRefused(() -> Commitment.sponsorship(5, 121, Money.vnd(500_000), null, null), "pledges.error.months");
    }

    @Test
    void projectFundingNamesAProgrammeAndGoodsADescription() {
        assertRefused(() -> Commitment.designated(PledgeKind.IN_KIND, Money.vnd(1_000_000), null, 7L),
                "pledges.error.description-required");
        assertRefused(() -> Commitment.projectFunding(Money.vnd(1_000_000), null), "pledges.error.programme-required");
        assertRefused(() -> Commitment.inKind("  ", Money.vnd(1_000_000)), "pledges.error.description-required");
        assertThat(Commitment.inKind("200 bộ sách giáo khoa", Money.vnd(20_000_000)).kind().isPaidByTransfer()).isFalse();
    }

    @Test
    void onlyMoneyGivenOutrightMayBeDesignatedToAProject() {
        assertThat(Commitment.designated(PledgeKind.PROJECT_FUNDING, Money.vnd(1_000_000), null, 7L).projectId())
                .isEqualTo(7L);
        assertThat(Commitment.designated(PledgeKind.DONATION, Money.vnd(1_000_000), Programme.OTHER, 7L).programme())
                .as("the project's programme is put in by the service").isNull();
        assertThat(new Commitment(PledgeKind.IN_KIND, Money.vnd(1_000_000), null, 0, 0, null, null, "Sách vở", 7L)
                .projectId()).as("goods are handed over, not designated").isNull();
        assertRefused(() -> Commitment.designated(PledgeKind.IN_KIND, Money.vnd(1_000_000), null, 7L),
                "pledges.error.description-required");
        assertRefused(() -> Commitment.projectFunding(Money.vnd(1_000_000), null), "pledges.error.programme-required");
    }

    private static void assertRefused(Runnable attempt, String key) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
