package org.chungtay.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import org.chungtay.shared.Money;
import org.junit.jupiter.api.Test;

class CampaignProgressTest {

    @Test
    void percentsAreRoundedDownWithIntegers() {
        CampaignProgress progress = new CampaignProgress(Money.vnd(3), Money.vnd(2), Money.vnd(1));

        assertThat(progress.pledgedPercent()).isEqualTo(66);
        assertThat(progress.pledgedPerMille()).isEqualTo(666);
        assertThat(progress.receivedPercent()).isEqualTo(33);
    }

    @Test
    void theBarIsFullWhenTheGoalIsReachedOrPassed() {
        CampaignProgress progress = new CampaignProgress(Money.vnd(100), Money.vnd(250), Money.vnd(100));

        assertThat(progress.pledgedPercent()).isEqualTo(100);
        assertThat(progress.receivedPerMille()).isEqualTo(1000);
    }

    @Test
    void hugeAmountsDoNotOverflow() {
        CampaignProgress progress = new CampaignProgress(Money.vnd(Long.MAX_VALUE), Money.vnd(Long.MAX_VALUE - 1),
                Money.vnd(Long.MAX_VALUE / 2));

        assertThat(progress.pledgedPerMille()).isEqualTo(999);
        assertThat(progress.receivedPercent()).isEqualTo(49);
    }

    @Test
    void withoutAGoalOrMoneyThereIsNoProgress() {
        assertThat(new CampaignProgress(null, Money.vnd(5), Money.vnd(5)).receivedPercent()).isZero();
        assertThat(new CampaignProgress(Money.vnd(100), Money.ZERO, Money.vnd(-5)).receivedPercent()).isZero();
    }
}
