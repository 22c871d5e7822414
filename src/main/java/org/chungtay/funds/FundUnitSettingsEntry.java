package org.chungtay.funds;

import java.util.Locale;
import java.util.regex.Pattern;

import org.chungtay.shared.Money;

/**
 * A fund unit's settings as a fund manager enters them, text as typed. The limits below are the ones the
 * form shows and {@link FundUnitSettingsService#saveSettings(long, FundUnitSettingsEntry)} checks again.
 *
 * @param code                the unit code, in any case ("dl-bmt" is stored as "DL-BMT")
 * @param receiptName         blank for the unit's own name
 * @param taxCode             blank when the fund has none; read as {@link org.chungtay.shared.TaxCode#parse} reads it
 * @param paper               null for {@link #DEFAULT_PAPER}
 * @param feeTolerance        null for none
 * @param thankYou            null for {@link ThankYouTiming#DEFAULT}; the delay between {@link ThankYouTiming#DELAY_MIN}
 *                            and {@link ThankYouTiming#DELAY_MAX} minutes, quiet hours that start and end apart
 * @param approvalThreshold   null for {@link #DEFAULT_APPROVAL_THRESHOLD}; between zero and
 *                            {@link #APPROVAL_THRESHOLD_MAX}
 * @param version             the version of the settings the person edited, null when the unit had none
 */
public record FundUnitSettingsEntry(String code, String receiptName, String address, String taxCode,
        String signatoryName, String signatoryTitle, ReceiptPaper paper, boolean receiptsOnRecording,
        Money feeTolerance, ThankYouTiming thankYou, Money approvalThreshold, Long version) {

    public static final int CODE_MIN_LENGTH = 2;
    public static final int CODE_MAX_LENGTH = 20;
    /** The characters of a code in either case, as the field lets them be typed. */
    public static final String CODE_CHARACTERS = "[A-Za-z0-9-]";
    /** A code to show in examples, such as a sample receipt number before a code is typed. */
    public static final String EXAMPLE_CODE = "DL-BMT";
    public static final int RECEIPT_NAME_LIMIT = 200;
    public static final int ADDRESS_LIMIT = 300;
    /** A tax code as people type or paste it, with spaces around the groups. */
    public static final int TAX_CODE_TYPED_LIMIT = 20;
    public static final int SIGNATORY_NAME_LIMIT = 100;
    public static final int SIGNATORY_TITLE_LIMIT = 100;
    public static final Money FEE_TOLERANCE_MAX = Money.vnd(1_000_000);
    public static final ReceiptPaper DEFAULT_PAPER = ReceiptPaper.A5;
    public static final boolean DEFAULT_RECEIPTS_ON_RECORDING = true;
    public static final Money DEFAULT_FEE_TOLERANCE = Money.ZERO;
    /** As V0148 set it for every unit: a disbursement of more than 20 million đồng needs a second person. */
    public static final Money DEFAULT_APPROVAL_THRESHOLD = Money.vnd(20_000_000);
    public static final Money APPROVAL_THRESHOLD_MAX = Money.vnd(1_000_000_000_000L);

    /** An entry that leaves the approval threshold at its default, as settings were before it existed. */
    public FundUnitSettingsEntry(String code, String receiptName, String address, String taxCode,
            String signatoryName, String signatoryTitle, ReceiptPaper paper, boolean receiptsOnRecording,
            Money feeTolerance, ThankYouTiming thankYou, Long version) {
        this(code, receiptName, address, taxCode, signatoryName, signatoryTitle, paper, receiptsOnRecording,
                feeTolerance, thankYou, null, version);
    }

    /** An entry that leaves the thank-you timing at its default, as settings were before it existed. */
    public FundUnitSettingsEntry(String code, String receiptName, String address, String taxCode,
            String signatoryName, String signatoryTitle, ReceiptPaper paper, boolean receiptsOnRecording,
            Money feeTolerance, Long version) {
        this(code, receiptName, address, taxCode, signatoryName, signatoryTitle, paper, receiptsOnRecording,
                feeTolerance, null, null, version);
    }

    /** A stored code: upper-case, no '/' (it separates the parts of a receipt number). */
    static final Pattern CODE = Pattern.compile("[A-Z0-9-]{" + CODE_MIN_LENGTH + "," + CODE_MAX_LENGTH + "}");
    private static final Pattern TYPED_CODE = Pattern.compile(CODE_CHARACTERS + "{" + CODE_MIN_LENGTH + ","
            + CODE_MAX_LENGTH + "}");

    /**
     * Whether a typed code is acceptable: checked before it is upper-cased, so that no other letter turns
     * into A–Z on the way ("ı" into "I").
     */
    public static boolean isValidCode(String typed) {
        return typed != null && TYPED_CODE.matcher(typed.strip()).matches();
    }

    /** The code as stored: without surrounding spaces, upper-case. */
    public static String normalisedCode(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }
}
