package org.chungtay.pledges;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.chungtay.shared.Money;
import org.chungtay.shared.SearchText;

/**
 * The VietQR code of a bank transfer: an EMVCo merchant-presented QR payload as NAPAS defines it for
 * transfers to an account, which every Vietnamese banking app scans to fill in bank, account, amount
 * and transfer note. The note carries the pledge's {@link ReferenceCode} so the payment can be matched
 * when the bank statement comes in.
 *
 * <p>Every field is written as ID (2 digits), length (2 digits) and value:
 * <pre>
 * 00 "01"                          payload format indicator
 * 01 "12" | "11"                   dynamic (one payment, with amount) or static (reusable, without)
 * 38 ┬ 00 "A000000727"             NAPAS's application id
 *    ├ 01 ┬ 00 bank BIN            the receiving bank
 *    │    └ 01 account number      the receiving account
 *    └ 02 "QRIBFTTA"               service: interbank fast transfer to an account
 * 53 "704"                         currency, VND
 * 54 amount                        whole đồng, digits only
 * 58 "VN"                          country
 * 62 ─ 08 transfer note            purpose of the transaction
 * 63 CRC                           CRC-16/CCITT-FALSE over all that precedes, including "6304"
 * </pre>
 */
public final class VietQr {

    /** The largest amount a code can carry: EMVCo allows 13 characters for it; pledges stay within. */
    public static final Money MAX_AMOUNT = Money.MAX_PLEDGE;

    /** The longest transfer note the purpose field holds; a longer note is cut. */
    public static final int MAX_NOTE_LENGTH = 25;

    private static final String NAPAS_GUID = "A000000727";
    private static final String TRANSFER_TO_ACCOUNT = "QRIBFTTA";

    private static final Pattern BIN = Pattern.compile("\\d{6}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Za-z0-9]{1,19}");

    /** Banking apps and the banks' own systems drop or mangle anything else in a transfer note. */
    private static final Pattern OUTSIDE_NOTE_ALPHABET = Pattern.compile("[^A-Za-z0-9 -]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private static final int MIN_IMAGE_SIZE = 200;
    private static final int MAX_IMAGE_SIZE = 2000;

    private VietQr() {
    }

    /**
     * The payload of a code for one payment: the app opens with bank, account, amount and note filled
     * in.
     *
     * @param note the transfer note, reference code first: diacritics are removed, characters other
     *             than letters, digits, spaces and hyphens become spaces, and only the first
     *             {@value #MAX_NOTE_LENGTH} characters are kept; blank for none
     * @throws IllegalArgumentException if the BIN is not six digits, the account is not 1–19 letters
     *         and digits, or the amount is not positive or above {@link #MAX_AMOUNT}
     */
    public static String payload(String bankBin, String accountNumber, Money amount, String note) {
        if (!amount.isPositive() || amount.isGreaterThan(MAX_AMOUNT)) {
            throw new IllegalArgumentException("A VietQR amount must be 1.." + MAX_AMOUNT.amount() + ": " + amount);
        }
        return build("12", bankBin, accountNumber, Long.toString(amount.amount()), note);
    }

    /**
     * The payload of a reusable code, such as one printed on a campaign poster: the payer types the
     * amount.
     *
     * @see #payload(String, String, Money, String) for the note and the checks
     */
    public static String payloadWithoutAmount(String bankBin, String accountNumber, String note) {
        return build("11", bankBin, accountNumber, null, note);
    }

    /**
     * The code as a square black-on-white PNG of {@code sizePx} pixels, with the quiet zone around it
     * that scanners need. Error correction level M survives a smudged print or a glare on a screen.
     *
     * @throws IllegalArgumentException if the size is outside 200–2000 pixels, below which a
     *         module of the code gets fewer than three pixels and scanners start to fail
     */
    public static byte[] png(String payload, int sizePx) {
        if (sizePx < MIN_IMAGE_SIZE || sizePx > MAX_IMAGE_SIZE) {
            throw new IllegalArgumentException("QR image size must be " + MIN_IMAGE_SIZE + ".." + MAX_IMAGE_SIZE
                    + " px: " + sizePx);
        }
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, sizePx, sizePx,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Payload does not fit in a QR code", e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a PNG in memory", e);
        }
        return png.toByteArray();
    }

    /** CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection), as EMVCo requires. */
    static int crc16(byte[] data) {
        int crc = 0xFFFF;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return crc & 0xFFFF;
    }

    private static String build(String initiationMethod, String bankBin, String accountNumber, String amount,
            String note) {
        if (bankBin == null || !BIN.matcher(bankBin).matches()) {
            throw new IllegalArgumentException("A bank BIN has six digits: " + bankBin);
        }
        if (accountNumber == null || !ACCOUNT_NUMBER.matcher(accountNumber).matches()) {
            throw new IllegalArgumentException("An account number has 1 to 19 letters and digits: " + accountNumber);
        }
        String beneficiary = field("00", bankBin) + field("01", accountNumber);
        String merchantAccount = field("00", NAPAS_GUID) + field("01", beneficiary) + field("02", TRANSFER_TO_ACCOUNT);
        StringBuilder payload = new StringBuilder()
                .append(field("00", "01"))
                .append(field("01", initiationMethod))
                .append(field("38", merchantAccount))
                .append(field("53", "704"));
        if (amount != null) {
            payload.append(field("54", amount));
        }
        payload.append(field("58", "VN"));
        String cleanNote = cleanNote(note);
        if (!cleanNote.isEmpty()) {
            payload.append(field("62", field("08", cleanNote)));
        }
        payload.append("6304");
        int crc = crc16(payload.toString().getBytes(StandardCharsets.US_ASCII));
        return payload.append(String.format("%04X", crc)).toString();
    }

    private static String cleanNote(String note) {
        if (note == null) {
            return "";
        }
        String ascii = OUTSIDE_NOTE_ALPHABET.matcher(SearchText.withoutDiacritics(note)).replaceAll(" ");
        String collapsed = SPACES.matcher(ascii).replaceAll(" ").strip();
        return collapsed.substring(0, Math.min(collapsed.length(), MAX_NOTE_LENGTH)).strip();
    }

    private static String field(String id, String value) {
        return id + String.format("%02d", value.length()) + value;
    }
}
