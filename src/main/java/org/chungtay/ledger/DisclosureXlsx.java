package org.chungtay.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.shared.SpreadsheetCell;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The annual disclosure as an XLSX workbook of one sheet: the same sections and lines as the page and the PDF
 * ({@link DisclosureSection}), amounts as whole numbers of đồng that a spreadsheet can add up, every text through
 * {@link SpreadsheetCell} so that nothing written by a person is taken for a formula. Written with fastexcel's
 * streaming writer straight to the response.
 */
final class DisclosureXlsx {

    private static final String VERSION = "1.0";

    private final I18NProvider words;

    DisclosureXlsx(I18NProvider words) {
        this.words = words;
    }

    void write(DisclosureReport report, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, words.getTranslation("app.name", locale), VERSION);
        Worksheet sheet = workbook.newWorksheet(String.valueOf(report.year()));
        sheet.width(0, 70);
        sheet.width(1, 20);
        int row = 0;
        text(sheet, row, 0, report.unit().name(locale));
        sheet.style(row, 0).bold().set();
        row++;
        text(sheet, row, 0, words.getTranslation("ledger.disclosure.title", locale, String.valueOf(report.year())));
        sheet.style(row, 0).bold().fontSize(14).set();
        row++;
        text(sheet, row, 0, words.getTranslation("ledger.disclosure.law", locale));
        row++;
        text(sheet, row, 1, words.getTranslation("ledger.csv.amount", locale));
        sheet.style(row, 1).bold().horizontalAlignment("right").set();
        for (DisclosureSection section : DisclosureSection.of(report, locale,
                key -> words.getTranslation(key, locale))) {
            row += 2;
            text(sheet, row, 0, section.title());
            sheet.style(row, 0).bold().set();
            for (DisclosureSection.Row line : section.rows()) {
                row++;
                line(sheet, row, line);
            }
            if (section.total() != null) {
                row++;
                line(sheet, row, section.total());
                sheet.style(row, 0).bold().horizontalAlignment("right").set();
                sheet.style(row, 1).bold().set();
            }
        }
        row += 2;
        text(sheet, row, 0, words.getTranslation("ledger.totals.reconcile", locale));
        workbook.finish();
    }

    private static void line(Worksheet sheet, int row, DisclosureSection.Row line) {
        text(sheet, row, 0, line.label());
        sheet.value(row, 1, line.amount() != null ? line.amount().amount() : line.count());
    }

    private static void text(Worksheet sheet, int row, int column, String text) {
        sheet.value(row, column, SpreadsheetCell.safe(text));
    }
}
