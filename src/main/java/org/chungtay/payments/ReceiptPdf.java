package org.chungtay.payments;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.funds.ReceiptPaper;
import org.chungtay.shared.EnglishNumberWords;
import org.chungtay.shared.Money;
import org.chungtay.shared.VietnameseNumberWords;
import org.chungtay.shared.ui.Languages;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out a receipt (biên nhận) or a donor's combined statement as a PDF, in the donor's language, on
 * A5 or A4. It only draws: the sheet carries every fact, already decided, and every word comes from the
 * translations ({@code receipts.pdf.*}).
 *
 * <p>The layout is that of a Vietnamese fund's receipt: the fund top left, the number and date top
 * right, a centred title, labelled lines, the amount in figures and in words closed by "chẵn" (or
 * "only") so nothing can be added after it, and the signature block bottom right with room for the
 * signature and the seal.
 *
 * <p>The font is DejaVu Sans, bundled in the jar (a server may have no fonts at all) and embedded as a
 * subset with Identity-H encoding, so every Vietnamese letter, stacked diacritics included, prints and
 * copies as written. Its bytes are read once; each document parses them into its own {@link BaseFont},
 * so documents made at the same time share nothing that changes. There is no italic file: OpenPDF
 * slants the regular face, which is how DejaVu's own oblique is drawn, and spares 600 kB in the jar.
 */
final class ReceiptPdf {

    private static final byte[] REGULAR = fontBytes("DejaVuSans.ttf");
    private static final byte[] BOLD = fontBytes("DejaVuSans-Bold.ttf");

    private static final Color INK = Color.BLACK;
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    private static final Color VOID_INK = new Color(0xB0, 0x1C, 0x1C);
    /** Pale enough that the receipt under the mark stays readable, in colour or in grey. */
    private static final Color VOID_MARK = new Color(0xF4, 0xC7, 0xC7);
    private static final float ANGLE = 40;

    /** Line height over font size: room for Vietnamese letters that carry two marks above (ẫ, Ặ). */
    private static final float LEADING = 1.45f;

    /** The labels of the labelled lines, measured to size their column. */
    private static final List<String> LABELS = List.of("receipts.pdf.donor", "receipts.pdf.donor-address",
            "receipts.pdf.donor-tax-code", "receipts.pdf.amount", "receipts.pdf.value", "receipts.pdf.in-words",
            "receipts.pdf.method", "receipts.pdf.received-on", "receipts.pdf.purpose", "receipts.pdf.campaign",
            "receipts.pdf.pledge", "receipts.pdf.bank-reference", "receipts.pdf.statement.to");

    /** A leading list mark or number the accountant typed; the receipt numbers the items itself. */
    private static final Pattern ITEM_MARK = Pattern.compile("^(?:[-–•*+]|\\d{1,3}[.)])\\s+");

    private final I18NProvider words;

    ReceiptPdf(I18NProvider words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    /**
     * The receipt as a PDF of one page, or more if the goods list is very long.
     *
     * @throws IllegalArgumentException if the amount cannot be written in words: negative, or above
     *         {@link VietnameseNumberWords#MAX_AMOUNT}
     */
    byte[] receipt(ReceiptSheet sheet) {
        Pen pen = new Pen(sheet.language(), sheet.paper());
        boolean goods = sheet.method() == PaymentMethod.GOODS;
        return pen.write(pen.text("receipts.pdf.document-title", clean(sheet.number())), sheet.fundName(),
                sheet.isVoid() ? pen.text("receipts.pdf.void.mark") : null, document -> {
                    document.add(pen.header(sheet.fundName(), sheet.fundAddress(), sheet.fundTaxCode(),
                            List.of(pen.text("receipts.pdf.number", clean(sheet.number())),
                                    pen.text("receipts.pdf.issued-on", pen.date(sheet.issuedOn())))));
                    document.add(pen.title(pen.text(goods ? "receipts.pdf.title.goods" : "receipts.pdf.title.money")));
                    if (sheet.isVoid()) {
                        document.add(pen.voidNotice(sheet.voidReason(), sheet.voidedOn()));
                    }
                    PdfPTable donor = pen.lines();
                    pen.line(donor, "receipts.pdf.donor", sheet.donorName(), pen.bold);
                    pen.line(donor, "receipts.pdf.donor-address", sheet.donorAddress(), pen.regular);
                    pen.line(donor, "receipts.pdf.donor-tax-code", sheet.donorTaxCode(), pen.regular);
                    document.add(donor);
                    List<String> items = items(sheet.goodsDescription());
                    if (!items.isEmpty()) {
                        document.add(pen.paragraph(pen.text("receipts.pdf.goods") + ":", pen.regular,
                                Element.ALIGN_LEFT, pen.gap / 4));
                        document.add(pen.goods(items));
                    }
                    document.add(receiptLines(pen, sheet, goods));
                    document.add(pen.paragraph(pen.text("receipts.pdf.thanks", clean(sheet.fundName())),
                            pen.regular, Element.ALIGN_LEFT, pen.gap));
                    document.add(pen.signature(sheet.place(), sheet.issuedOn(), sheet.signatoryTitle(),
                            sheet.signatoryName()));
                });
    }

    /**
     * The donor's statement: every gift of the period in a table, the total in figures and in words.
     *
     * @throws IllegalArgumentException if the total cannot be written in words
     */
    byte[] statement(DonorStatementSheet sheet) {
        Pen pen = new Pen(sheet.language(), sheet.paper());
        return pen.write(pen.text("receipts.pdf.statement.document-title", clean(sheet.donorName())),
                sheet.fundName(), null, document -> {
                    document.add(pen.header(sheet.fundName(), sheet.fundAddress(), sheet.fundTaxCode(),
                            List.of(pen.text("receipts.pdf.issued-on", pen.date(sheet.issuedOn())))));
                    document.add(pen.title(pen.text("receipts.pdf.statement.title")));
                    Paragraph period = pen.paragraph(pen.text("receipts.pdf.statement.period",
                            pen.date(sheet.from()), pen.date(sheet.to())), pen.italic, Element.ALIGN_CENTER, 0);
                    period.setSpacingBefore(-pen.gap / 2);
                    period.setSpacingAfter(pen.gap);
                    document.add(period);
                    PdfPTable to = pen.lines();
                    pen.line(to, "receipts.pdf.statement.to", sheet.donorName(), pen.bold);
                    pen.line(to, "receipts.pdf.donor-address", sheet.donorAddress(), pen.regular);
                    document.add(to);
                    if (sheet.rows().isEmpty()) {
                        document.add(pen.paragraph(pen.text("receipts.pdf.statement.none"), pen.regular,
                                Element.ALIGN_LEFT, pen.gap));
                    } else {
                        document.add(pen.paragraph(pen.text("receipts.pdf.statement.intro", clean(sheet.fundName())),
                                pen.regular, Element.ALIGN_LEFT, pen.gap));
                        document.add(statementTable(pen, sheet));
                        // A paragraph carries a font of its own even when its phrases have theirs; left unset, it
                        // would bring an unembedded Helvetica into the document.
                        Paragraph inWords = new Paragraph(pen.leading, "", pen.regular);
                        inWords.add(new Phrase(pen.text("receipts.pdf.in-words") + ": ", pen.regular));
                        inWords.add(new Phrase(pen.inWords(sheet.total()), pen.italic));
                        inWords.setSpacingBefore(pen.gap / 2);
                        document.add(inWords);
                        if (sheet.rows().stream().anyMatch(row -> row.method() == PaymentMethod.GOODS)) {
                            document.add(pen.paragraph(pen.text("receipts.pdf.statement.goods-note"), pen.small,
                                    Element.ALIGN_LEFT, pen.gap / 2));
                        }
                        document.add(pen.paragraph(pen.text("receipts.pdf.statement.thanks",
                                clean(sheet.fundName())), pen.regular, Element.ALIGN_LEFT, pen.gap));
                    }
                    document.add(pen.signature(sheet.place(), sheet.issuedOn(), sheet.signatoryTitle(),
                            sheet.signatoryName()));
                });
    }

    /**
     * Several documents as one file, page after page, each keeping its own header, signature and page numbers: a
     * donor's yearly statement made of one statement per fund unit that received their gifts.
     */
    static byte[] joined(List<byte[]> documents) {
        if (documents.size() == 1) {
            return documents.getFirst();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            document.open();
            for (byte[] part : documents) {
                PdfReader reader = new PdfReader(part);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    copy.addPage(copy.getImportedPage(reader, page));
                }
                copy.freeReader(reader);
                reader.close();
            }
            document.close();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Cannot join statements", e);
        }
        return out.toByteArray();
    }

    /** The gift itself: amount (or value of the goods) in figures and words, how, when and what for. */
    private PdfPTable receiptLines(Pen pen, ReceiptSheet sheet, boolean goods) {
        PdfPTable lines = pen.lines();
        pen.line(lines, goods ? "receipts.pdf.value" : "receipts.pdf.amount", sheet.amount().format(pen.locale),
                pen.bold);
        pen.line(lines, "receipts.pdf.in-words", pen.inWords(sheet.amount()), pen.italic);
        pen.line(lines, "receipts.pdf.method", pen.text(sheet.method().labelKey()), pen.regular);
        pen.line(lines, "receipts.pdf.received-on", pen.date(sheet.receivedOn()), pen.regular);
        pen.line(lines, "receipts.pdf.purpose", sheet.purpose(), pen.regular);
        pen.line(lines, "receipts.pdf.campaign", sheet.campaignName(), pen.regular);
        pen.line(lines, "receipts.pdf.pledge", sheet.pledgeReference(), pen.regular);
        pen.line(lines, "receipts.pdf.bank-reference", sheet.bankReference(), pen.regular);
        return lines;
    }

    /**
     * One row per gift. The short columns are as wide as their longest text, so a date or an amount never
     * breaks; the purpose takes what is left.
     */
    private PdfPTable statementTable(Pen pen, DonorStatementSheet sheet) {
        String[] columns = {"number", "date", "receipt", "purpose", "method", "amount"};
        List<String[]> rows = new ArrayList<>();
        int number = 0;
        for (DonorStatementSheet.Row row : sheet.rows()) {
            rows.add(new String[] {Integer.toString(++number), pen.date(row.receivedOn()),
                row.receiptNumber() == null ? "—" : clean(row.receiptNumber()), clean(row.purpose()),
                pen.text(row.method().labelKey()), row.amount().format(pen.locale)});
        }
        String total = sheet.total().format(pen.locale);
        float[] widths = new float[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = pen.cellWidth(pen.text("receipts.pdf.statement.column." + columns[i]), pen.smallBold);
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], pen.cellWidth(row[i], pen.small));
            }
        }
        widths[5] = Math.max(widths[5], pen.cellWidth(total, pen.smallBold));
        // Number, date and amount never break. If the columns leave the purpose less than it needs, up to a
        // quarter of the width, the method gives up width first, then the receipt number, each down to its
        // longest word.
        int purpose = 3;
        float available = pen.contentWidth();
        float room = available - Math.min(widths[purpose], available * 0.25f) - widths[0] - widths[1] - widths[5];
        for (int yielding : new int[] {4, 2}) {
            float over = widths[2] + widths[4] - room;
            if (over > 0) {
                float longestWord = pen.cellWidth(pen.text("receipts.pdf.statement.column." + columns[yielding]),
                        pen.smallBold, true);
                for (String[] row : rows) {
                    longestWord = Math.max(longestWord, pen.cellWidth(row[yielding], pen.small, true));
                }
                widths[yielding] = Math.max(widths[yielding] - over, longestWord);
            }
        }
        widths[purpose] = available - widths[0] - widths[1] - widths[2] - widths[4] - widths[5];

        PdfPTable table = new PdfPTable(widths.length);
        pen.fix(table, widths);
        table.setHeaderRows(1);
        table.setSpacingBefore(pen.gap / 2);
        int[] alignments = {Element.ALIGN_CENTER, Element.ALIGN_LEFT, Element.ALIGN_LEFT, Element.ALIGN_LEFT,
            Element.ALIGN_LEFT, Element.ALIGN_RIGHT};
        for (int i = 0; i < columns.length; i++) {
            PdfPCell heading = pen.cell(pen.text("receipts.pdf.statement.column." + columns[i]), pen.smallBold,
                    alignments[i]);
            heading.setBackgroundColor(SHADE);
            table.addCell(heading);
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                table.addCell(pen.cell(row[i], pen.small, alignments[i]));
            }
        }
        PdfPCell totalLabel = pen.cell(pen.text("receipts.pdf.statement.total"), pen.smallBold, Element.ALIGN_RIGHT);
        totalLabel.setColspan(columns.length - 1);
        table.addCell(totalLabel);
        table.addCell(pen.cell(total, pen.smallBold, Element.ALIGN_RIGHT));
        return table;
    }

    /** The goods as listed, one per line, without blank lines or the list marks the receipt replaces. */
    static List<String> items(String goodsDescription) {
        if (goodsDescription == null) {
            return List.of();
        }
        return clean(goodsDescription).lines().map(String::strip).map(line -> ITEM_MARK.matcher(line).replaceFirst(""))
                .filter(line -> !line.isEmpty()).toList();
    }

    /**
     * Text as composed characters: a name typed on a Mac arrives decomposed (a + ̂ + ̃), and a font without
     * a shaping engine would set the marks beside the letter instead of stacking them on it.
     */
    private static String clean(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    private static byte[] fontBytes(String file) {
        try (InputStream in = ReceiptPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the jar: /fonts/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Content {
        void addTo(Document document) throws DocumentException;
    }

    /**
     * One document's fonts, sizes and words. An A5 sheet is an A4 folded in two, so everything is scaled
     * down, but less than the paper is: text smaller than 8 pt is hard to read on a receipt.
     */
    private final class Pen {

        final Locale locale;
        final Rectangle page;
        final float margin;
        final float gap;
        final float leading;
        final BaseFont regularFace;
        final BaseFont boldFace;
        final Font regular;
        final Font bold;
        final Font italic;
        final Font small;
        final Font smallBold;
        final Font smallItalic;
        final Font titleFont;
        final Font fundFont;
        final float signatureSpace;
        /** The label column of {@link #lines()}: as wide as the longest label in this language, and no wider. */
        final float labelWidth;
        private final DateTimeFormatter dates;

        Pen(Locale language, ReceiptPaper paper) {
            locale = Languages.of(language.getLanguage());
            boolean a4 = paper == ReceiptPaper.A4;
            page = a4 ? PageSize.A4 : PageSize.A5;
            margin = a4 ? 56 : 34;
            float text = a4 ? 11 : 9;
            float smallText = a4 ? 9.5f : 8;
            gap = a4 ? 12 : 9;
            leading = text * LEADING;
            signatureSpace = a4 ? 64 : 44;
            try {
                regularFace = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        REGULAR, null);
                boldFace = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        BOLD, null);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("The bundled DejaVu Sans cannot be read", e);
            }
            regular = new Font(regularFace, text, Font.NORMAL, INK);
            bold = new Font(boldFace, text, Font.NORMAL, INK);
            italic = new Font(regularFace, text, Font.ITALIC, INK);
            small = new Font(regularFace, smallText, Font.NORMAL, INK);
            smallBold = new Font(boldFace, smallText, Font.NORMAL, INK);
            smallItalic = new Font(regularFace, smallText, Font.ITALIC, MUTED);
            titleFont = new Font(boldFace, a4 ? 16 : 13, Font.NORMAL, INK);
            fundFont = new Font(boldFace, a4 ? 11.5f : 9.5f, Font.NORMAL, INK);
            dates = DateTimeFormatter.ofPattern(text("format.date"));
            float longestLabel = 0;
            for (String key : LABELS) {
                longestLabel = Math.max(longestLabel, width(text(key) + ":", regular));
            }
            labelWidth = Math.min(longestLabel + gap, contentWidth() * 0.4f);
        }

        float contentWidth() {
            return page.getWidth() - 2 * margin;
        }

        float width(String text, Font font) {
            return font.getBaseFont().getWidthPoint(text, font.getSize());
        }

        /** The width of a table cell that holds the text on one line. */
        float cellWidth(String text, Font font) {
            return width(text, font) + 2 * cellPadding() + 1;
        }

        /** The width of a table cell that holds the text on one line, or if {@code wrapped} its longest word. */
        float cellWidth(String text, Font font, boolean wrapped) {
            if (!wrapped) {
                return cellWidth(text, font);
            }
            float longest = 0;
            for (String word : text.split("\\s+")) {
                longest = Math.max(longest, cellWidth(word, font));
            }
            return longest;
        }

        float cellPadding() {
            return gap / 3;
        }

        /** Columns of these widths in points, filling the width between the margins. */
        void fix(PdfPTable table, float[] widths) {
            try {
                table.setTotalWidth(widths);
            } catch (DocumentException e) {
                throw new IllegalArgumentException(e);
            }
            table.setLockedWidth(true);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
        }

        String text(String key, Object... args) {
            return words.getTranslation(key, locale, args);
        }

        String date(LocalDate day) {
            return dates.format(day);
        }

        /** "Ba mươi triệu đồng chẵn", "Thirty million dong only". */
        String inWords(Money amount) {
            boolean vietnamese = "vi".equals(locale.getLanguage());
            return text("receipts.pdf.words",
                    vietnamese ? VietnameseNumberWords.spell(amount) : EnglishNumberWords.spell(amount));
        }

        byte[] write(String title, String author, String voidMark, Content content) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(page, margin, margin, margin, margin);
            try {
                PdfWriter writer = PdfWriter.getInstance(document, out);
                writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
                writer.setPageEvent(new Pages(title, voidMark));
                document.addTitle(title);
                document.addAuthor(clean(author));
                document.addCreator(text("app.name"));
                document.addCreationDate();
                document.open();
                content.addTo(document);
                document.close();
            } catch (DocumentException e) {
                throw new IllegalStateException("Cannot lay out " + title, e);
            }
            return out.toByteArray();
        }

        /** The fund on the left, in capitals, over a rule; the number and date on the right. */
        PdfPTable header(String fundName, String address, String taxCode, List<String> right) {
            float rightWidth = 0;
            for (String line : right) {
                rightWidth = Math.max(rightWidth, width(line, regular));
            }
            rightWidth = Math.min(rightWidth + 2 * gap, contentWidth() / 2);
            PdfPTable header = new PdfPTable(2);
            fix(header, new float[] {contentWidth() - rightWidth, rightWidth});
            PdfPCell fund = new PdfPCell();
            fund.addElement(paragraph(clean(fundName).toUpperCase(locale), fundFont, Element.ALIGN_LEFT, 0));
            if (address != null && !address.isBlank()) {
                fund.addElement(paragraph(text("receipts.pdf.fund-address", clean(address)), small,
                        Element.ALIGN_LEFT, 0));
            }
            if (taxCode != null && !taxCode.isBlank()) {
                fund.addElement(paragraph(text("receipts.pdf.fund-tax-code", clean(taxCode)), small,
                        Element.ALIGN_LEFT, 0));
            }
            PdfPCell facts = new PdfPCell();
            for (String line : right) {
                facts.addElement(paragraph(line, regular, Element.ALIGN_RIGHT, 0));
            }
            for (PdfPCell cell : List.of(fund, facts)) {
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(RULE);
                cell.setBorderWidth(0.6f);
                cell.setPadding(0);
                cell.setPaddingBottom(gap / 2);
                header.addCell(cell);
            }
            return header;
        }

        Paragraph title(String title) {
            Paragraph paragraph = paragraph(title, titleFont, Element.ALIGN_CENTER, gap * 1.6f);
            paragraph.setSpacingAfter(gap);
            return paragraph;
        }

        Paragraph paragraph(String text, Font font, int alignment, float spacingBefore) {
            Paragraph paragraph = new Paragraph(font.getSize() * LEADING, text, font);
            paragraph.setAlignment(alignment);
            paragraph.setSpacingBefore(spacingBefore);
            return paragraph;
        }

        /** A framed notice in red under the title, so a voided receipt says so before anything else. */
        PdfPTable voidNotice(String reason, LocalDate voidedOn) {
            String notice = voidedOn == null ? text("receipts.pdf.void.notice-undated", clean(reason))
                    : text("receipts.pdf.void.notice", date(voidedOn), clean(reason));
            PdfPTable frame = new PdfPTable(1);
            frame.setWidthPercentage(100);
            frame.setSpacingAfter(gap);
            PdfPCell cell = textCell(notice, new Font(boldFace, regular.getSize(), Font.NORMAL, VOID_INK));
            cell.setBorderColor(VOID_INK);
            cell.setBorderWidth(1.2f);
            cell.setPadding(gap / 2);
            cell.setPaddingTop(gap / 3);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            frame.addCell(cell);
            return frame;
        }

        /** Label and value in two columns, so every value starts at the same place. */
        PdfPTable lines() {
            PdfPTable lines = new PdfPTable(2);
            fix(lines, new float[] {labelWidth, contentWidth() - labelWidth});
            return lines;
        }

        void line(PdfPTable lines, String labelKey, String value, Font font) {
            if (value == null || value.isBlank()) {
                return;
            }
            PdfPCell label = textCell(text(labelKey) + ":", regular);
            PdfPCell content = textCell(clean(value), font);
            for (PdfPCell cell : List.of(label, content)) {
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setPadding(0);
                cell.setPaddingBottom(gap / 4);
                lines.addCell(cell);
            }
        }

        /** The goods, numbered, in a light table the width of the page; the headings repeat on a new page. */
        PdfPTable goods(List<String> items) {
            String numberHeading = text("receipts.pdf.goods.number");
            float numberWidth = Math.max(cellWidth(numberHeading, smallBold),
                    cellWidth(Integer.toString(items.size()), small));
            PdfPTable table = new PdfPTable(2);
            fix(table, new float[] {numberWidth, contentWidth() - numberWidth});
            table.setHeaderRows(1);
            table.setSpacingBefore(gap / 3);
            table.setSpacingAfter(gap / 2);
            for (PdfPCell heading : List.of(cell(numberHeading, smallBold, Element.ALIGN_CENTER),
                    cell(text("receipts.pdf.goods.item"), smallBold, Element.ALIGN_LEFT))) {
                heading.setBackgroundColor(SHADE);
                table.addCell(heading);
            }
            int number = 0;
            for (String item : items) {
                table.addCell(cell(Integer.toString(++number), small, Element.ALIGN_CENTER));
                table.addCell(cell(item, small, Element.ALIGN_LEFT));
            }
            return table;
        }

        /** A cell of plain text, which ignores its phrase's leading: without this, wrapped lines touch. */
        PdfPCell textCell(String text, Font font) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font));
            cell.setLeading(0, LEADING);
            return cell;
        }

        PdfPCell cell(String text, Font font, int alignment) {
            PdfPCell cell = textCell(text, font);
            cell.setHorizontalAlignment(alignment);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
            // Measured from the letters' real top and bottom, so the text sits in the middle of its row.
            cell.setUseAscender(true);
            cell.setUseDescender(true);
            cell.setPadding(cellPadding());
            cell.setPaddingTop(cellPadding() * 0.8f);
            return cell;
        }

        /**
         * The right half: place and date, the signatory's title, a note on what goes below, room to sign
         * and seal, and the name. Kept together, so a signature never sits alone on a page.
         */
        PdfPTable signature(String place, LocalDate issuedOn, String signatoryTitle, String signatoryName) {
            PdfPTable block = new PdfPTable(new float[] {40, 60});
            block.setWidthPercentage(100);
            block.setSpacingBefore(gap * 1.5f);
            block.setKeepTogether(true);
            PdfPCell left = new PdfPCell();
            left.setBorder(Rectangle.NO_BORDER);
            block.addCell(left);
            PdfPCell right = new PdfPCell();
            right.setBorder(Rectangle.NO_BORDER);
            right.setPadding(0);
            right.addElement(paragraph(placeAndDate(place, issuedOn), italic, Element.ALIGN_CENTER, 0));
            if (signatoryTitle != null && !signatoryTitle.isBlank()) {
                right.addElement(paragraph(clean(signatoryTitle).toUpperCase(locale), bold, Element.ALIGN_CENTER, 0));
            }
            right.addElement(paragraph(text("receipts.pdf.sign"), smallItalic, Element.ALIGN_CENTER, 0));
            if (signatoryName != null && !signatoryName.isBlank()) {
                right.addElement(paragraph(clean(signatoryName), bold, Element.ALIGN_CENTER, signatureSpace));
            }
            block.addCell(right);
            return block;
        }

        /**
         * "Đắk Lắk, ngày 05 tháng 3 năm 2026": as Vietnamese documents write it, a day below 10 and the
         * months January and February take a leading zero, so that no digit can be added in front.
         */
        String placeAndDate(String place, LocalDate day) {
            String dayOfMonth = String.format("%02d", day.getDayOfMonth());
            String month = day.getMonthValue() <= 2 ? String.format("%02d", day.getMonthValue())
                    : Integer.toString(day.getMonthValue());
            Object[] args = {clean(place), dayOfMonth, month, Integer.toString(day.getYear()), date(day)};
            return place == null || place.isBlank() ? text("receipts.pdf.date-line", args)
                    : text("receipts.pdf.place-date", args);
        }

        /**
         * Page furniture: the void mark drawn under the text, and "page 2 of 3" once a document needs a
         * second page. The total is only known at the end, so each page gets a template filled in then.
         */
        private final class Pages extends PdfPageEventHelper {

            private final String title;
            private final String voidMark;
            private final List<PdfTemplate> numbers = new ArrayList<>();

            Pages(String title, String voidMark) {
                this.title = title;
                this.voidMark = voidMark;
            }

            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                if (voidMark != null) {
                    PdfContentByte under = writer.getDirectContentUnder();
                    under.saveState();
                    under.beginText();
                    under.setColorFill(VOID_MARK);
                    // Across the middle of the page, slanted, as large as fits in four fifths of its width.
                    float length = page.getWidth() * 0.8f / (float) Math.cos(Math.toRadians(ANGLE));
                    float size = Math.min(page.getWidth() / 5, length / boldFace.getWidthPoint(voidMark, 1));
                    under.setFontAndSize(boldFace, size);
                    under.showTextAligned(Element.ALIGN_CENTER, voidMark, page.getWidth() / 2,
                            page.getHeight() / 2 - size / 3, ANGLE);
                    under.endText();
                    under.restoreState();
                }
                PdfTemplate number = writer.getDirectContent().createTemplate(page.getWidth() - 2 * margin,
                        small.getSize() * 1.5f);
                writer.getDirectContent().addTemplate(number, margin, margin / 2);
                numbers.add(number);
            }

            @Override
            public void onCloseDocument(PdfWriter writer, Document document) {
                if (numbers.size() < 2) {
                    return;
                }
                for (int i = 0; i < numbers.size(); i++) {
                    PdfTemplate number = numbers.get(i);
                    String label = title;
                    String line = text("receipts.pdf.page", label, i + 1, numbers.size());
                    while (width(line, small) > number.getWidth() && label.length() > 20) {
                        // A statement for a donor with a very long name: shorten the name, keep the page number.
                        label = label.substring(0, label.length() - 11) + "…";
                        line = text("receipts.pdf.page", label, i + 1, numbers.size());
                    }
                    number.beginText();
                    number.setColorFill(MUTED);
                    number.setFontAndSize(regularFace, small.getSize());
                    number.showTextAligned(Element.ALIGN_CENTER, line, number.getWidth() / 2,
                            small.getSize() * 0.3f, 0);
                    number.endText();
                }
            }
        }
    }
}
