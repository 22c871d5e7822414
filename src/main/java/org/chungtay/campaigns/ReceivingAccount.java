package org.chungtay.campaigns;

import java.util.Optional;

import org.chungtay.shared.Bank;
import org.chungtay.shared.Banks;

/**
 * The bank account that donors transfer to for a campaign. A draft may carry it half filled in; a
 * campaign is scheduled only with all three parts.
 *
 * @param bankBin       the NAPAS BIN of the bank, see {@link Banks}
 * @param accountNumber letters and digits, as the bank writes it
 * @param accountName   the account holder, as the bank shows it to the sender
 */
public record ReceivingAccount(String bankBin, String accountNumber, String accountName) {

    public static final ReceivingAccount NONE = new ReceivingAccount(null, null, null);

    public boolean isComplete() {
        return bankBin != null && accountNumber != null && accountName != null;
    }

    /** The name people use for the bank ("Vietcombank"), or the BIN if the list no longer has it. */
    public Optional<String> bankShortName() {
        return Optional.ofNullable(bankBin).map(bin -> Banks.byBin(bin).map(Bank::shortName).orElse(bin));
    }
}
