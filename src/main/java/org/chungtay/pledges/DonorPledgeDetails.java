package org.chungtay.pledges;

import java.util.List;

import org.chungtay.shared.Money;

/**
 * One of the signed-in donor's pledges: what its confirmation shows (commitment, account, reference), each
 * instalment with what the payments cover of it, and what to transfer now.
 *
 * @param amountDue what to transfer now ({@link AmountDue}); null when nothing is left to pay, the pledge no longer
 *                  takes money, or it is not paid by transfer
 * @param qrPayload the VietQR code of {@code amountDue} to the campaign's account with the reference as the note;
 *                  null when {@code amountDue} is
 */
public record DonorPledgeDetails(PledgeConfirmation pledge, Money paid, List<InstalmentState> instalments,
        Money amountDue, String qrPayload) {

    public boolean hasAmountDue() {
        return amountDue != null;
    }
}
