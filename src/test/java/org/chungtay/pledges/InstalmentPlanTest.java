package org.chungtay.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

class InstalmentPlanTest {

    @Test
    void aOneOffPledgeIsOneInstalmentOfTheWholeTotal() {
        List<Instalment> plan = InstalmentPlan.oneOff(LocalDate.of(2026, 6, 15)).split(Money.vnd(30_000_000));

        assertThat(plan).containsExactly(new Instalment(1, LocalDate.of(2026, 6, 15), Money.vnd(30_000_000)));
    }

    @Test
    void monthlyInstalmentsAddUpToTheTotalToTheLastDong() {
        List<Instalment> plan = new InstalmentPlan(InstalmentFrequency.MONTHLY, LocalDate.of(2026, 1, 31), 3)
                .split(Money.vnd(100));

        assertThat(plan).extracting(Instalment::amount)
                .containsExactly(Money.vnd(34), Money.vnd(33), Money.vnd(33));
        assertThat(plan).extracting(Instalment::dueDate)
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
    }

    @Test
    void quarterlyInstalmentsAreThreeMonthsApart() {
        List<Instalment> plan = new InstalmentPlan(InstalmentFrequency.QUARTERLY, LocalDate.of(2026, 7, 1), 4)
                .split(Money.vnd(30_000_000));

        assertThat(plan).extracting(Instalment::dueDate).containsExactly(LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1));
        assertThat(plan).extracting(Instalment::amount).containsOnly(Money.vnd(7_500_000));
    }

    @Test
    void anInstalmentCountOutsideOneToOneHundredTwentyIsRefused() {
        assertThatThrownBy(() -> new InstalmentPlan(InstalmentFrequency.MONTHLY, LocalDate.of(2026, 1, 1), 0))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pledges.error.instalment-count"));
        assertThatThrownBy(() -> new InstalmentPlan(InstalmentFrequency.MONTHLY, LocalDate.of(2026, 1, 1), 121))
                .isInstanceOf(UserFacingException.class);
    }
}
