package org.chungtay.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.funds.ReceiptPaper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chungtay.shared.Money;
import org.chungtay.shared.ui.Languages;
import org.junit.jupiter.api.Test;

/**
 * Receipts and statements read back with PDFBox, another library than the one that wrote them, as a
 * donor's PDF reader or an auditor's text search would. Every PDF is also left in
 * {@code target/receipts}, with page 1 as a PNG, to be looked at.
 */
class ReceiptPdfTest {

    private static final String FUND = "Quỹ Bảo trợ trẻ em tỉnh Đắk Lắk";
    private static final String DONOR = "Công ty Cổ phần Bẫy Ặc Ữu";
    private static final Path OUT = Path.of("target/receipts");

    private final ReceiptPdf pdf = new ReceiptPdf(new Translations());

    @Test
    void a_vietnamese_receipt_reads_back_with_every_diacritic_and_the_amount_in_words() throws IOException {
        byte[] receipt = pdf.receipt(receipt(Languages.VIETNAMESE, ReceiptPaper.A5));

        String text = text(receipt, "receipt-vi-a5");
        assertThat(text).contains(FUND, "QUỸ BẢO TRỢ TRẺ EM TỈNH ĐẮK LẮK", DONOR, "BIÊN NHẬN TIỀN ỦNG HỘ",
                "Số: DL/2026/17", "Ngày: 05/03/2026", "MST: 6000123456", "Mã số thuế: 0312345678",
                "Số tiền: 30.000.000 ₫", "Bằng chữ: Ba mươi triệu đồng chẵn", "Hình thức: Chuyển khoản",
                "Ngày nhận: 03/03/2026", "Mục đích: Quỹ chung", "Chiến dịch: Áo ấm cho em – ẫ ặ ữ ỗ ậ ệ ộ ợ ự ỹ Ỷ",
                "Mã cam kết: CT26-7K3Q9M", "Mã giao dịch: FT26062123456789",
                "Đắk Lắk, ngày 05 tháng 3 năm 2026", "GIÁM ĐỐC", "(Ký, ghi rõ họ tên và đóng dấu)",
                "Nguyễn Thị Hồng Nhung");
        assertThat(text).doesNotContain("!receipts.", "ĐÃ HỦY");
    }

    @Test
    void an_english_receipt_spells_the_amount_in_english_and_keeps_vietnamese_names() throws IOException {
        byte[] receipt = pdf.receipt(receipt(Languages.ENGLISH, ReceiptPaper.A5));

        String text = text(receipt, "receipt-en-a5");
        assertThat(text).contains(FUND, DONOR, "DONATION RECEIPT", "No. DL/2026/17", "Date: 05/03/2026",
                "Amount: 30,000,000 VND", "In words: Thirty million dong only", "Given by: Bank transfer",
                "Date received: 03/03/2026", "Purpose: Quỹ chung", "Đắk Lắk, 05/03/2026",
                "(Signature, full name and seal)");
        assertThat(text).doesNotContain("!receipts.", "chẵn");
    }

    @Test
    void a_receipt_is_a5_or_a4_as_asked() throws IOException {
        try (PDDocument a5 = Loader.loadPDF(pdf.receipt(receipt(Languages.VIETNAMESE, ReceiptPaper.A5)));
                PDDocument a4 = Loader.loadPDF(pdf.receipt(receipt(Languages.VIETNAMESE, ReceiptPaper.A4)))) {
            assertSize(a5.getPage(0).getMediaBox(), PDRectangle.A5);
            assertSize(a4.getPage(0).getMediaBox(), PDRectangle.A4);
        }
        save(pdf.receipt(receipt(Languages.VIETNAMESE, ReceiptPaper.A4)), "receipt-vi-a4");
        save(pdf.receipt(receipt(Languages.ENGLISH, ReceiptPaper.A4)), "receipt-en-a4");
    }

    @Test
    void every_font_is_embedded_so_the_receipt_prints_the_same_everywhere() throws IOException {
        for (byte[] document : List.of(pdf.receipt(receipt(Languages.VIETNAMESE, ReceiptPaper.A5)),
                pdf.receipt(voided(receipt(Languages.ENGLISH, ReceiptPaper.A4))), pdf.receipt(longGoods()),
                pdf.statement(statement(Languages.VIETNAMESE, ReceiptPaper.A4, rows())))) {
            try (PDDocument read = Loader.loadPDF(document)) {
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : read.getPages()) {
                    collectFonts(page.getResources(), fonts);
                }
                assertThat(fonts).isNotEmpty().allSatisfy(font ->
                        assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue());
                assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("DejaVuSans"));
            }
        }
    }

    @Test
    void the_document_says_what_it_is_who_made_it_and_its_language() throws IOException {
        try (PDDocument vi = Loader.loadPDF(pdf.receipt(receipt(Languages.VIETNAMESE, ReceiptPaper.A5)));
                PDDocument en = Loader.loadPDF(pdf.receipt(receipt(Languages.ENGLISH, ReceiptPaper.A5)))) {
            assertThat(vi.getDocumentInformation().getTitle()).isEqualTo("Biên nhận ủng hộ số DL/2026/17");
            assertThat(vi.getDocumentInformation().getCreator()).isEqualTo("Chung Tay");
            assertThat(vi.getDocumentInformation().getAuthor()).isEqualTo(FUND);
            assertThat(vi.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
            assertThat(en.getDocumentInformation().getTitle()).isEqualTo("Donation receipt DL/2026/17");
            assertThat(en.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void a_voided_receipt_shows_the_mark_and_the_reason_and_stays_readable() throws IOException {
        String vi = text(pdf.receipt(voided(receipt(Languages.VIETNAMESE, ReceiptPaper.A5))), "receipt-vi-a5-void");
        assertThat(vi).contains("ĐÃ HỦY", "BIÊN NHẬN ĐÃ HỦY ngày 10/03/2026. Lý do: Nhập trùng với DL/2026/16",
                DONOR, "Ba mươi triệu đồng chẵn");

        String en = text(pdf.receipt(voided(receipt(Languages.ENGLISH, ReceiptPaper.A4))), "receipt-en-a4-void");
        assertThat(en).contains("VOID", "VOID: this receipt was cancelled on 10/03/2026. Reason: Nhập trùng",
                "Thirty million dong only");
    }

    @Test
    void a_goods_receipt_lists_the_items_and_their_total_value() throws IOException {
        ReceiptSheet goods = goods(Languages.VIETNAMESE, ReceiptPaper.A4, """
                - Sữa tươi Vinamilk 180ml, 50 thùng, 350.000 ₫/thùng

                2. Vở học sinh Hồng Hà, 1.000 cuốn, 8.000 ₫/cuốn
                Áo ấm trẻ em, 200 chiếc, 90.000 ₫/chiếc
                """);
        String text = text(pdf.receipt(goods), "goods-vi-a4");
        assertThat(text).contains("BIÊN NHẬN HIỆN VẬT ỦNG HỘ", "Hiện vật đã nhận:",
                "1 Sữa tươi Vinamilk 180ml, 50 thùng, 350.000 ₫/thùng",
                "2 Vở học sinh Hồng Hà, 1.000 cuốn, 8.000 ₫/cuốn", "3 Áo ấm trẻ em, 200 chiếc, 90.000 ₫/chiếc",
                "Tổng trị giá: 43.500.000 ₫", "Bằng chữ: Bốn mươi ba triệu năm trăm nghìn đồng chẵn",
                "Hình thức: Hiện vật");
        assertThat(text).doesNotContain("- Sữa", "2. Vở", "Số tiền");

        String english = text(pdf.receipt(goods(Languages.ENGLISH, ReceiptPaper.A5, "Children’s winter coats, 200")),
                "goods-en-a5");
        assertThat(english).contains("RECEIPT FOR DONATED GOODS", "Goods received:", "1 Children’s winter coats, 200",
                "Total value: 43,500,000 VND", "Forty-three million five hundred thousand dong only");
    }

    @Test
    void the_goods_list_drops_blank_lines_and_the_marks_the_receipt_replaces_with_numbers() {
        assertThat(ReceiptPdf.items(null)).isEmpty();
        assertThat(ReceiptPdf.items(" \n\n ")).isEmpty();
        assertThat(ReceiptPdf.items("• Sữa\r\n* Gạo\n+ Mì\n– Dầu ăn\n10) Bút\n1.000 cuốn vở\n2 thùng sữa"))
                .containsExactly("Sữa", "Gạo", "Mì", "Dầu ăn", "Bút", "1.000 cuốn vở", "2 thùng sữa");
    }

    @Test
    void a_long_donor_name_and_a_long_goods_list_wrap_and_run_onto_numbered_pages() throws IOException {
        byte[] receipt = pdf.receipt(longGoods());

        try (PDDocument read = Loader.loadPDF(receipt)) {
            assertThat(read.getNumberOfPages()).isGreaterThan(1);
        }
        String text = text(receipt, "goods-vi-a5-long");
        assertThat(text).contains("Hội Doanh nghiệp trẻ tỉnh Đắk Lắk và các nhà hảo tâm",
                "ThisIsAnUnbrokenBankReferenceOfSixtyCharacters");
        for (int item = 1; item <= 80; item++) {
            assertThat(text).contains("Thùng mì Hảo Hảo số " + item + ",");
        }
        assertThat(text).contains("Biên nhận ủng hộ số DL/2026/19 · Trang 1/", "Trang 2/", "Nguyễn Thị Hồng Nhung");
    }

    @Test
    void decomposed_letters_typed_on_a_mac_print_composed() throws IOException {
        ReceiptSheet sheet = receipt(Languages.VIETNAMESE, ReceiptPaper.A5);
        String decomposed = Normalizer.normalize(DONOR, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(DONOR);
        ReceiptSheet typedOnAMac = new ReceiptSheet(sheet.fundName(), sheet.fundAddress(), sheet.fundTaxCode(),
                sheet.number(), sheet.issuedOn(), decomposed, null, null, sheet.amount(), sheet.method(),
                sheet.receivedOn(), sheet.purpose(), null, null, null, null, sheet.signatoryName(),
                sheet.signatoryTitle(), sheet.language(), sheet.paper(), null, null);

        String text = text(pdf.receipt(typedOnAMac), "receipt-vi-a5-minimal");
        assertThat(text).contains(DONOR, "Ngày 05 tháng 3 năm 2026").doesNotContain("Địa chỉ: Lô", "Chiến dịch");
    }

    @Test
    void a_statement_totals_the_gifts_in_figures_and_in_words() throws IOException {
        DonorStatementSheet sheet = statement(Languages.VIETNAMESE, ReceiptPaper.A4, rows());
        assertThat(sheet.total()).isEqualTo(Money.vnd(47_500_000));

        String text = text(pdf.statement(sheet), "statement-vi-a4");
        assertThat(text).contains(FUND, "BẢNG KÊ CÁC KHOẢN ỦNG HỘ", "Từ ngày 01/01/2026 đến ngày 31/12/2026",
                "Kính gửi: " + DONOR, "DL/2026/17", "DL/2026/41", "Áo ấm cho em", "Tổng cộng 47.500.000 ₫",
                "Bằng chữ: Bốn mươi bảy triệu năm trăm nghìn đồng chẵn",
                "Hiện vật được ghi theo trị giá trên biên nhận.", "Đắk Lắk, ngày 15 tháng 01 năm 2027");
        assertThat(text).doesNotContain("Trang 1/", "!receipts.");

        String english = text(pdf.statement(statement(Languages.ENGLISH, ReceiptPaper.A5, rows())), "statement-en-a5");
        assertThat(english).contains("STATEMENT OF DONATIONS", "From 01/01/2026 to 31/12/2026", "Total 47,500,000 VND",
                "In words: Forty-seven million five hundred thousand dong only");
    }

    @Test
    void a_statement_of_a_year_without_gifts_says_so() throws IOException {
        String text = text(pdf.statement(statement(Languages.VIETNAMESE, ReceiptPaper.A5, List.of())),
                "statement-vi-a5-empty");
        assertThat(text).contains("Không có khoản ủng hộ nào trong kỳ này.", "Nguyễn Thị Hồng Nhung")
                .doesNotContain("Tổng cộng", "Bằng chữ", "cảm ơn");
    }

    @Test
    void a_long_statement_repeats_its_headings_and_numbers_its_pages() throws IOException {
        List<DonorStatementSheet.Row> many = IntStream.rangeClosed(1, 120).mapToObj(day -> new DonorStatementSheet.Row(
                LocalDate.of(2026, 1, 1).plusDays(day), "DL/2026/" + day, "Quỹ chung", PaymentMethod.BANK_TRANSFER,
                Money.vnd(100_000))).toList();
        byte[] statement = pdf.statement(statement(Languages.ENGLISH, ReceiptPaper.A5, many));

        String text = text(statement, "statement-en-a5-long");
        try (PDDocument read = Loader.loadPDF(statement)) {
            int pages = read.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
            assertThat(text.split("Receipt no\\.", -1)).hasSize(pages + 1);
        }
        assertThat(text).contains("Total 12,000,000 VND", "Twelve million dong only");
    }

    private static ReceiptSheet receipt(Locale language, ReceiptPaper paper) {
        return new ReceiptSheet(FUND, "14 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", "6000123456", "DL/2026/17",
                LocalDate.of(2026, 3, 5), DONOR, "Lô 7, Khu công nghiệp Hòa Phú, xã Hòa Phú, tỉnh Đắk Lắk",
                "0312345678", Money.vnd(30_000_000), PaymentMethod.BANK_TRANSFER, LocalDate.of(2026, 3, 3), "Quỹ chung",
                "Áo ấm cho em – ẫ ặ ữ ỗ ậ ệ ộ ợ ự ỹ Ỷ", "CT26-7K3Q9M", "FT26062123456789", null,
                "Nguyễn Thị Hồng Nhung", "Giám đốc", language, paper, null, null, "Đắk Lắk");
    }

    private static ReceiptSheet voided(ReceiptSheet sheet) {
        return sheet.voided("Nhập trùng với DL/2026/16", LocalDate.of(2026, 3, 10));
    }

    private static ReceiptSheet goods(Locale language, ReceiptPaper paper, String items) {
        return new ReceiptSheet(FUND, "14 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", "6000123456", "DL/2026/18",
                LocalDate.of(2026, 3, 6), "Trường Tiểu học Hòa Thắng", null, null, Money.vnd(43_500_000),
                PaymentMethod.GOODS, LocalDate.of(2026, 3, 6), "Áo ấm cho em", "Áo ấm cho em", null, null, items,
                "Nguyễn Thị Hồng Nhung", "Giám đốc", language, paper, null, null, "Đắk Lắk");
    }

    private static ReceiptSheet longGoods() {
        String items = IntStream.rangeClosed(1, 80).mapToObj(i -> "Thùng mì Hảo Hảo số " + i
                + ", 10 thùng, 120.000 ₫/thùng, giao tại kho của Quỹ, ghi chú thêm để dòng này dài hơn một dòng in")
                .collect(Collectors.joining("\n"));
        return new ReceiptSheet(FUND, "14 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", "6000123456", "DL/2026/19",
                LocalDate.of(2026, 3, 7),
                "Hội Doanh nghiệp trẻ tỉnh Đắk Lắk và các nhà hảo tâm của Câu lạc bộ Doanh nhân Buôn Ma Thuột"
                        + " cùng Công ty Trách nhiệm hữu hạn Một thành viên Thương mại Dịch vụ Ẫặữỗ",
                null, null, Money.vnd(96_000_000), PaymentMethod.GOODS, LocalDate.of(2026, 3, 7), "Quỹ chung", null,
                null, "ThisIsAnUnbrokenBankReferenceOfSixtyCharacters0123456789ABCD", items, "Nguyễn Thị Hồng Nhung",
                "Giám đốc", Languages.VIETNAMESE, ReceiptPaper.A5, null, null, "Đắk Lắk");
    }

    private static List<DonorStatementSheet.Row> rows() {
        return List.of(
                new DonorStatementSheet.Row(LocalDate.of(2026, 3, 3), "DL/2026/17", "Quỹ chung",
                        PaymentMethod.BANK_TRANSFER, Money.vnd(30_000_000)),
                new DonorStatementSheet.Row(LocalDate.of(2026, 6, 1), null, "Áo ấm cho em", PaymentMethod.CASH,
                        Money.vnd(5_500_000)),
                new DonorStatementSheet.Row(LocalDate.of(2026, 11, 20), "DL/2026/41", "Áo ấm cho em",
                        PaymentMethod.GOODS, Money.vnd(12_000_000)));
    }

    private static DonorStatementSheet statement(Locale language, ReceiptPaper paper, List<DonorStatementSheet.Row> rows) {
        return new DonorStatementSheet(FUND, "14 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", "6000123456", DONOR,
                "Lô 7, Khu công nghiệp Hòa Phú, xã Hòa Phú, tỉnh Đắk Lắk", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 15), rows, "Nguyễn Thị Hồng Nhung", "Giám đốc",
                language, paper, "Đắk Lắk");
    }

    private static void assertSize(PDRectangle actual, PDRectangle expected) {
        // OpenPDF rounds ISO sizes to whole points, PDFBox does not.
        assertThat(actual.getWidth()).isCloseTo(expected.getWidth(), within(1f));
        assertThat(actual.getHeight()).isCloseTo(expected.getHeight(), within(1f));
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    /**
     * The text as PDFBox extracts it, with every run of spaces and line breaks made one space, since where a
     * line wraps depends on the paper. The PDF and page 1 as PNG go to target/receipts for a look.
     */
    private static String text(byte[] document, String name) throws IOException {
        save(document, name);
        try (PDDocument read = Loader.loadPDF(document)) {
            return new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
        }
    }

    private static void save(byte[] document, String name) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".pdf"), document);
        try (PDDocument read = Loader.loadPDF(document)) {
            BufferedImage page = new PDFRenderer(read).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", OUT.resolve(name + ".png").toFile());
        }
    }

    /** The portal's words, read as {@code TranslationProvider} reads them, without Spring. */
    private static final class Translations implements I18NProvider {

        private static final ResourceBundle.Control NO_FALLBACK =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

        @Override
        public List<Locale> getProvidedLocales() {
            return Languages.ALL;
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            Locale supported = Languages.of(locale.getLanguage());
            String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", supported, NO_FALLBACK)
                    .getString(key);
            return new MessageFormat(pattern, supported).format(params);
        }
    }
}
