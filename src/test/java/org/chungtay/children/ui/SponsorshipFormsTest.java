package org.chungtay.children.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chungtay.children.ConsentParty;
import org.chungtay.children.DeliveryMethod;
import org.chungtay.children.Sharing;
import org.chungtay.pledges.PledgeStatus;
import org.chungtay.pledges.SponsorshipPledge;
import org.chungtay.shared.Money;
import org.chungtay.shared.VietnamTime;
import org.junit.jupiter.api.Test;

/** The consent, note, match and delivery forms without a browser or Spring: what they hand over and refuse. */
class SponsorshipFormsTest {

    private final List<Object> saved = new ArrayList<>();

    @Test
    void aConsentOfAChildUnderSevenIsRefusedOnItsDateAndTheGuardiansIsHandedOver() {
        ConsentForm form = new ConsentForm(VietnamTime.today().minusYears(5));
        form.party.setValue(ConsentParty.CHILD);
        form.submit(saved::add);
        assertThat(saved).isEmpty();
        assertThat(form.givenOn.isInvalid()).isTrue();

        form.party.setValue(ConsentParty.GUARDIAN);
        form.notes.setValue(true);
        form.submit(saved::add);
        assertThat(saved).containsExactly(new ConsentForm.Entry(ConsentParty.GUARDIAN, VietnamTime.today(),
                new Sharing(false, false, true)));
    }

    @Test
    void aNoteNeedsItsTextAndComesWithoutAPhotoUnlessOneWasUploaded() {
        NoteForm form = new NoteForm();
        form.submit(saved::add);
        assertThat(saved).isEmpty();
        assertThat(form.text.isInvalid()).isTrue();

        form.text.setValue("  Em đã đi học đều.  ");
        form.shareable.setValue(true);
        form.submit(saved::add);
        assertThat(saved).singleElement().isInstanceOfSatisfying(NoteForm.Entry.class, entry -> {
            assertThat(entry.text()).isEqualTo("Em đã đi học đều.");
            assertThat(entry.shareable()).isTrue();
            assertThat(entry.photo()).isNull();
        });
    }

    @Test
    void aDeliveryStartsFromTheMonthlyAmountAndNeedsTheSignedReceipt() {
        DeliveryForm form = new DeliveryForm(Money.vnd(500_000));
        assertThat(form.amount.getValue()).isEqualTo("500000");
        form.submit(saved::add);
        assertThat(saved).as("no receipt yet").isEmpty();
        assertThat(form.receiptProblem.isVisible()).isTrue();

        form.receipt.set(new Uploads.File("bien-nhan.pdf", "%PDF-1.4".getBytes()));
        form.amount.setValue("0");
        form.submit(saved::add);
        assertThat(saved).isEmpty();
        assertThat(form.amount.isInvalid()).isTrue();

        form.amount.setValue("450.000");
        form.submit(saved::add);
        assertThat(saved).singleElement().isInstanceOfSatisfying(DeliveryForm.Entry.class, entry -> {
            assertThat(entry.amount()).isEqualTo(Money.vnd(450_000));
            assertThat(entry.method()).isEqualTo(DeliveryMethod.CASH);
            assertThat(entry.receiptName()).isEqualTo("bien-nhan.pdf");
        });
        assertThat(form.receiptProblem.isVisible()).isFalse();
    }

    @Test
    void matchingTakesThePledgesAmountAndTermAndRefusesAnEndBeforeTheStart() {
        SponsorshipPledge pledge = new SponsorshipPledge(7, "CT27-7QK4M2", 3, 5, "/1/5/", PledgeStatus.CONFIRMED, 5, 12,
                Money.vnd(600_000), 11L, "Công ty TNHH Cà phê Ban Mê", "Trần Thị Mai", "mai@example.vn",
                Locale.of("vi"));
        MatchForm form = new MatchForm(text -> List.of(pledge));
        form.pledge.setValue(pledge);
        assertThat(form.amount.getValue()).isEqualTo("600000");
        LocalDate start = form.start.getValue();
        assertThat(form.end.getValue()).isEqualTo(start.plusMonths(11));

        form.end.setValue(start.minusMonths(1));
        form.submit(saved::add);
        assertThat(saved).isEmpty();
        assertThat(form.end.isInvalid()).isTrue();

        form.end.setValue(start.plusMonths(5));
        form.submit(saved::add);
        assertThat(saved).singleElement().isInstanceOfSatisfying(MatchForm.Entry.class, entry -> {
            assertThat(entry.pledgeId()).isEqualTo(7);
            assertThat(entry.terms().amountPerMonth()).isEqualTo(Money.vnd(600_000));
            assertThat(entry.terms().start()).isEqualTo(YearMonth.from(start));
            assertThat(entry.terms().end()).isEqualTo(YearMonth.from(start).plusMonths(5));
        });
    }
}
