package org.chungtay.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What may be shared of a child: the intersection of the consents required, and nothing after a withdrawal. */
class ConsentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    private static final Sharing ALL = new Sharing(true, true, true);
    private final List<ConsentRecord> history = new ArrayList<>();

    private void given(ConsentParty party, LocalDate on, Sharing sharing) {
        history.add(new ConsentRecord(history.size() + 1, party, false, on, sharing, Instant.EPOCH, "caseworker"));
    }

    private void withdrawn(ConsentParty party, LocalDate on) {
        history.add(new ConsentRecord(history.size() + 1, party, true, on, Sharing.NOTHING, Instant.EPOCH, "caseworker"));
    }

    @Test
    void withoutTheGuardiansConsentNothingIsSharedWhateverTheChildSaid() {
        LocalDate born = LocalDate.of(2015, 3, 1);
        given(ConsentParty.CHILD, TODAY, ALL);
        assertThat(ConsentRules.current(history, born, TODAY)).isEqualTo(Sharing.NOTHING);
    }

    @Test
    void aChildUnderSevenSharesWhatTheGuardianAllows() {
        LocalDate born = LocalDate.of(2022, 1, 1);
        given(ConsentParty.GUARDIAN, TODAY.minusDays(3), new Sharing(true, false, true));
        assertThat(ConsentRules.current(history, born, TODAY)).isEqualTo(new Sharing(true, false, true));
    }

    @Test
    void fromSevenTheChildsConsentIsRequiredAndOnlyWhatBothAllowIsShared() {
        LocalDate born = LocalDate.of(2018, 1, 1);
        given(ConsentParty.GUARDIAN, TODAY, ALL);
        assertThat(ConsentRules.current(history, born, TODAY)).as("no consent of the child yet").isEqualTo(Sharing.NOTHING);

        given(ConsentParty.CHILD, TODAY, new Sharing(false, true, true));
        assertThat(ConsentRules.current(history, born, TODAY)).isEqualTo(new Sharing(false, true, true));
    }

    @Test
    void aChildWhoTurnedSevenSinceTheGuardianConsentedSharesNothingUntilTheyConsent() {
        LocalDate born = LocalDate.of(2020, 5, 1);
        given(ConsentParty.GUARDIAN, LocalDate.of(2026, 1, 10), ALL);
        assertThat(ConsentRules.current(history, born, LocalDate.of(2027, 4, 30))).isEqualTo(ALL);
        assertThat(ConsentRules.current(history, born, LocalDate.of(2027, 5, 1))).isEqualTo(Sharing.NOTHING);
    }

    @Test
    void aWithdrawalOfEitherStopsAllSharingAndALaterConsentReplacesIt() {
        LocalDate born = LocalDate.of(2016, 1, 1);
        given(ConsentParty.GUARDIAN, TODAY.minusMonths(2), ALL);
        given(ConsentParty.CHILD, TODAY.minusMonths(2), ALL);
        assertThat(ConsentRules.current(history, born, TODAY)).isEqualTo(ALL);

        withdrawn(ConsentParty.CHILD, TODAY.minusDays(1));
        assertThat(ConsentRules.current(history, born, TODAY)).isEqualTo(Sharing.NOTHING);

        given(ConsentParty.CHILD, TODAY, new Sharing(false, false, true));
        assertThat(ConsentRules.current(history, born, TODAY)).isEqualTo(new Sharing(false, false, true));

        withdrawn(ConsentParty.GUARDIAN, TODAY);
        assertThat(ConsentRules.current(history, born, TODAY)).isEqualTo(Sharing.NOTHING);
    }

    @Test
    void aChildConsentsThemselvesOnlyFromTheirSeventhBirthday() {
        LocalDate born = LocalDate.of(2020, 5, 1);
        assertThat(ConsentRules.childMayConsent(born, LocalDate.of(2027, 4, 30))).isFalse();
        assertThat(ConsentRules.childMayConsent(born, LocalDate.of(2027, 5, 1))).isTrue();
    }

    @Test
    void codesAreRandomFromAnUnambiguousAlphabet() {
        String code = ChildCode.next();
        assertThat(code).matches("TE-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
        assertThat(Pseudonym.initialOf(" ánh ")).isEqualTo("Á");
    }
}
