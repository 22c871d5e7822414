package org.chungtay.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.chungtay.shared.Money;
import org.junit.jupiter.api.Test;

class AmountDueTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 15);

    private static List<InstalmentState> states(long paid, LocalDate... dues) {
        long left = paid;
        List<InstalmentState> states = new java.util.ArrayList<>();
        for (int i = 0; i < dues.length; i++) {
            long covered = Math.min(1_000_000, Math.max(left, 0));
            left -= covered;
            InstalmentState.State state = covered == 1_000_000 ? InstalmentState.State.PAID
                    : dues[i].isBefore(TODAY) ? InstalmentState.State.OVERDUE
                    : covered > 0 ? InstalmentState.State.PARTLY_PAID : InstalmentState.State.DUE;
            states.add(new InstalmentState(new Instalment(i + 1, dues[i], Money.vnd(1_000_000)), Money.vnd(covered),
                    state));
        }
        return states;
    }

    @Test
    void lateInstalmentsAreDueTogetherWhatIsLeftOfThem() {
        assertThat(AmountDue.of(states(1_500_000, TODAY.minusMonths(2), TODAY.minusMonths(1), TODAY.minusDays(1),
                TODAY.plusMonths(1)))).contains(Money.vnd(1_500_000));
    }

    @Test
    void withNothingLateTheNextInstalmentIsDueLessWhatCoversItAlready() {
        assertThat(AmountDue.of(states(1_300_000, TODAY.minusMonths(1), TODAY, TODAY.plusMonths(1))))
                .contains(Money.vnd(700_000));
        assertThat(AmountDue.of(states(0, TODAY.plusDays(3), TODAY.plusMonths(1)))).contains(Money.vnd(1_000_000));
    }

    @Test
    void aPledgePaidInFullHasNothingDue() {
        assertThat(AmountDue.of(states(2_000_000, TODAY.minusMonths(1), TODAY.plusMonths(1)))).isEmpty();
    }
}
