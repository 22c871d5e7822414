package org.chungtay.funds;

import java.util.Objects;

import org.chungtay.shared.Money;
import org.chungtay.shared.TaxCode;

/**
 * What a fund unit prints on its receipts and how its bank transfers are matched, as its fund manager set
 * them. A unit has settings only once every required one is filled in, so an instance is always complete:
 * a unit without settings ({@link FundUnitSettingsService#settings(long)} is empty) cannot issue receipts
 * yet.
 *
 * @param code                printed at the start of every receipt number ({@link #receiptNumber(int, long)}):
 *                            2–20 of A–Z, 0–9 and '-', unique across all units, never a '/'
 * @param receiptName         the fund's name as printed on receipts
 * @param taxCode             the fund's tax code, or null when it has none
 * @param signatoryTitle      e.g. "Giám đốc"
 * @param receiptsOnRecording true: a receipt is issued as soon as a payment is recorded; false: when staff ask
 * @param feeTolerance        how much a bank transfer may fall short of the expected amount and still match,
 *                            because banks deduct their fees ({@link #withinFeeTolerance(Money, Money)})
 * @param thankYou            when a payment's thank-you goes: the delay and the quiet hours
 * @param approvalThreshold   a disbursement of more than this waits for a second person's approval (DD025); the
 *                            units below without settings of their own follow it ({@link
 *                            FundUnitSettingsService#approvalThreshold(long)})
 * @param version             for the editing form: the settings as they were read
 */
public record FundUnitSettings(long fundUnitId, String unitName, String unitPath, String code, String receiptName,
        String address, TaxCode taxCode, String signatoryName, String signatoryTitle, ReceiptPaper paper,
        boolean receiptsOnRecording, Money feeTolerance, ThankYouTiming thankYou, Money approvalThreshold,
        long version) {

    public FundUnitSettings {
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(unitPath, "unitPath");
        if (code == null || !FundUnitSettingsEntry.CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a fund unit code: " + code);
        }
        Objects.requireNonNull(receiptName, "receiptName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(signatoryName, "signatoryName");
        Objects.requireNonNull(signatoryTitle, "signatoryTitle");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(feeTolerance, "feeTolerance");
        Objects.requireNonNull(thankYou, "thankYou");
        Objects.requireNonNull(approvalThreshold, "approvalThreshold");
    }

    /** Settings with the default approval threshold, as they were before it existed. */
    public FundUnitSettings(long fundUnitId, String unitName, String unitPath, String code, String receiptName,
            String address, TaxCode taxCode, String signatoryName, String signatoryTitle, ReceiptPaper paper,
            boolean receiptsOnRecording, Money feeTolerance, ThankYouTiming thankYou, long version) {
        this(fundUnitId, unitName, unitPath, code, receiptName, address, taxCode, signatoryName, signatoryTitle,
                paper, receiptsOnRecording, feeTolerance, thankYou, FundUnitSettingsEntry.DEFAULT_APPROVAL_THRESHOLD,
                version);
    }

    /**
     * Settings as they would be read before any change (version 0), with the default thank-you timing, e.g. for
     * tests of other modules.
     */
    public FundUnitSettings(long fundUnitId, String unitName, String unitPath, String code, String receiptName,
            String address, TaxCode taxCode, String signatoryName, String signatoryTitle, ReceiptPaper paper,
            boolean receiptsOnRecording, Money feeTolerance) {
        this(fundUnitId, unitName, unitPath, code, receiptName, address, taxCode, signatoryName, signatoryTitle,
                paper, receiptsOnRecording, feeTolerance, ThankYouTiming.DEFAULT, 0);
    }

    /** The number of this unit's receipt: {@code DL-BMT/2026/17}. */
    public String receiptNumber(int year, long number) {
        return receiptNumber(code, year, number);
    }

    /** The one format of receipt numbers, {@code <code>/<year>/<number>}; the form shows a sample with it. */
    public static String receiptNumber(String code, int year, long number) {
        return code + "/" + year + "/" + number;
    }

    /**
     * Whether money received is at most the fee tolerance short of what was expected (more than expected
     * is not short at all): a transfer of 1.978.000 ₫ for a pledge of 2.000.000 ₫ matches with a tolerance
     * of 22.000 ₫.
     */
    public boolean withinFeeTolerance(Money expected, Money received) {
        return !expected.minus(received).isGreaterThan(feeTolerance);
    }
}
