package org.chungtay.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chungtay.shared.Money;
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
        assertRefused(() -> Commitment.projectFunding(Money.vnd(1_000_000), null), "pledges.error.programme-required");
        assertRefused(() -> Commitment.inKind("  ", Money.vnd(1_000_000)), "pledges.error.description-required");
        assertThat(Commitment.inKind("200 bộ sách giáo khoa", Money.vnd(20_000_000)).kind().isPaidByTransfer()).isFalse();
    }

    private static void assertRefused(Runnable attempt, String key) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
