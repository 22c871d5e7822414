package org.chungtay.ledger;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The annual disclosure as a PDF on A4: a title, the unit and the year, then each section of
 * {@link DisclosureSection} as a table of lines and its total. The font is the DejaVu Sans the jar bundles for
 * receipts, embedded as a subset, so Vietnamese prints and copies as written.
 */
final class DisclosurePdf {

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    private static final float MARGIN = 50;

    private final I18NProvider words;

    DisclosurePdf(I18NProvider words) {
        this.words = words;
    }

    byte[] write(DisclosureReport report, Locale locale) {
        Font regular;
        Font bold;
        Font title;
        try {
            BaseFont regularFace = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    REGULAR, null);
            BaseFont boldFace = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, BOLD, null);
            regular = new Font(regularFace, 10);
            bold = new Font(boldFace, 10);
            title = new Font(boldFace, 15);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The bundled DejaVu Sans cannot be read", e);
        }
        String heading = text(locale, "ledger.disclosure.title", String.valueOf(report.year()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
            document.addTitle(heading + " — " + clean(report.unit().name(locale)));
            document.addCreator(text(locale, "app.name"));
            document.addCreationDate();
            document.open();
            document.add(paragraph(clean(report.unit().name(locale)).toUpperCase(locale), bold, Element.ALIGN_LEFT, 0));
            document.add(paragraph(heading, title, Element.ALIGN_CENTER, 14));
            document.add(paragraph(text(locale, "ledger.disclosure.law"), regular, Element.ALIGN_CENTER, 4));
            for (DisclosureSection section : DisclosureSection.of(report, locale, key -> text(locale, key))) {
                document.add(paragraph(section.title(), bold, Element.ALIGN_LEFT, 14));
                PdfPTable table = new PdfPTable(new float[] {7, 3});
                table.setWidthPercentage(100);
                table.setSpacingBefore(4);
                if (section.rows().isEmpty()) {
                    table.addCell(cell(text(locale, "ledger.disclosure.none"), regular, Element.ALIGN_LEFT, null));
                    table.addCell(cell("", regular, Element.ALIGN_RIGHT, null));
                }
                for (DisclosureSection.Row row : section.rows()) {
                    table.addCell(cell(clean(row.label()), regular, Element.ALIGN_LEFT, null));
                    table.addCell(cell(row.value(locale), regular, Element.ALIGN_RIGHT, null));
                }
                if (section.total() != null) {
                    table.addCell(cell(section.total().label(), bold, Element.ALIGN_RIGHT, SHADE));
                    table.addCell(cell(section.total().value(locale), bold, Element.ALIGN_RIGHT, SHADE));
                }
                document.add(table);
            }
            document.add(paragraph(text(locale, "ledger.totals.reconcile"), regular, Element.ALIGN_LEFT, 14));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out " + heading, e);
        }
        return out.toByteArray();
    }

    private String text(Locale locale, String key, Object... arguments) {
        return words.getTranslation(key, locale, arguments);
    }

    private static Paragraph paragraph(String text, Font font, int alignment, float before) {
        Paragraph paragraph = new Paragraph(font.getSize() * 1.45f, text, font);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }

    private static PdfPCell cell(String text, Font font, int alignment, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(font.getSize() * 1.45f, text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Color.LIGHT_GRAY);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    /** Composed characters: a name typed on a Mac arrives decomposed, and the marks would not stack. */
    private static String clean(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    private static byte[] font(String file) {
        try (InputStream in = DisclosurePdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the jar: /fonts/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
