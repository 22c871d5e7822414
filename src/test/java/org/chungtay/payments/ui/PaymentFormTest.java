package org.chungtay.payments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.provider.DataProvider;

import org.chungtay.campaigns.CampaignSummary;
import org.chungtay.donors.DonorSummary;
import org.chungtay.donors.DonorType;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentTarget;
import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.junit.jupiter.api.Test;

/** The payment form without a browser or Spring: what it hands over, and what it refuses where. */
class PaymentFormTest {

    private static final DonorSummary DONOR = new DonorSummary(9, UUID.randomUUID(), DonorType.ORGANISATION,
            "Công ty Cà phê Buôn Ma Thuột", "6000123456", null, null, 3, "Xã Ea Tu");

    private static final FundUnitRef UNIT = new FundUnitRef(3, 1L, "Xã Ea Tu", 2, "/1/3/", true);

    private final PaymentForm form = new PaymentForm(List.of(), List.of(UNIT), DataProvider.ofItems(DONOR).filteringByPrefix(DonorSummary::name));
    private final List<PaymentEntry> handed = new ArrayList<>();

    @Test
    void anEmptyFormMarksEveryMissingFieldAtOnceAndHandsNothingOver() {
        form.submit(handed::add);

        assertThat(handed).isEmpty();
        assertInvalid(form.amount, "payments.error.amount");
        assertInvalid(form.campaign, "payments.error.target-required");
    }

    @Test
    void aGiftWithoutACampaignGoesToTheGeneralFundOfTheUnitChosen() {
        form.method.setValue(PaymentMethod.CASH);
        form.amount.setValue("500.000");
        form.generalFund.setValue(UNIT);
        form.donor.setValue(DONOR);

        form.submit(handed::add);

        assertThat(handed).singleElement().satisfies(entry -> {
            assertThat(entry.fundUnitId()).isEqualTo(3L);
            assertThat(entry.campaignId()).isNull();
            assertThat(entry.donorId()).isEqualTo(9L);
        });
    }

    @Test
    void aTransferForAPledgeIsHandedOverWithItsReferenceAndBankTransactionAndNothingOfAGift() {
        form.amount.setValue("1.500.000");
        form.pledgeReference.setValue(" ct26 7k3q9m ");
        form.bankReference.setValue("FT26335123456");
        form.donor.setValue(DONOR);

        form.submit(handed::add);

        assertThat(handed).hasSize(1);
        PaymentEntry entry = handed.getFirst();
        assertThat(entry.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
        assertThat(entry.amount()).isEqualTo(Money.vnd(1_500_000));
        assertThat(entry.receivedOn()).isEqualTo(VietnamTime.today());
        assertThat(entry.pledgeReference()).isEqualTo("ct26 7k3q9m");
        assertThat(entry.bankReference()).isEqualTo("FT26335123456");
        assertThat(entry.donorId()).isNull();
        assertThat(entry.campaignId()).isNull();
    }

    @Test
    void goodsNeedTheirListAndCarryNoBankTransaction() {
        form.method.setValue(PaymentMethod.GOODS);
        form.amount.setValue("12000000");
        form.pledgeReference.setValue("CT26-7K3Q9M");
        form.bankReference.setValue("left from before");

        form.submit(handed::add);
        assertThat(handed).isEmpty();
        assertInvalid(form.goods, "payments.error.goods-required");

        form.goods.setValue("200 bộ sách giáo khoa lớp 1, 60.000 ₫");
        form.submit(handed::add);
        assertThat(handed).hasSize(1);
        assertThat(handed.getFirst().goodsDescription()).startsWith("200 bộ sách");
        assertThat(handed.getFirst().bankReference()).isNull();
    }

    @Test
    void limitsShownInTheBrowserAreCheckedHereToo() {
        form.amount.setValue("0");
        form.receivedOn.setValue(VietnamTime.today().plusDays(1));
        form.note.setValue("x".repeat(PaymentEntry.NOTE_LIMIT + 1));
        form.pledgeReference.setValue("CT26-7K3Q9M");

        form.submit(handed::add);

        assertThat(handed).isEmpty();
        assertInvalid(form.amount, "payments.error.amount");
        assertInvalid(form.receivedOn, "payments.error.date");
        assertInvalid(form.note, "payments.error.too-long");
    }

    @Test
    void aFoundPledgeHidesTheGiftFieldsAndARefusedReferenceIsShownOnItsField() {
        form.showPledge(new PaymentTarget(1, "CT26-7K3Q9M", 2, 3, "/1/3/", 9L, DONOR.name(), Money.vnd(5_000_000),
                Money.vnd(2_000_000), true, "pledges.kind.donation"));
        assertThat(form.campaign.isVisible()).isFalse();
        assertThat(form.pledge.getText()).contains("payments.pledge.found");

        form.clearPledge();
        boolean shown = form.showProblem(new UserFacingException("payments.error.pledge-not-found"));

        assertThat(shown).isTrue();
        assertThat(form.campaign.isVisible()).isTrue();
        assertInvalid(form.pledgeReference, "payments.error.pledge-not-found");
        assertThat(form.showProblem(new UserFacingException("payments.error.something-else"))).isFalse();
    }

    private static void assertInvalid(HasValidation field, String messageKey) {
        assertThat(field.isInvalid()).as(messageKey).isTrue();
        assertThat(field.getErrorMessage()).contains(messageKey);
    }
}
