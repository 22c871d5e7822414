package org.chungtay.communications;

import static org.chungtay.communications.Placeholder.group;
import static org.chungtay.communications.Placeholder.item;
import static org.chungtay.communications.Placeholder.list;
import static org.chungtay.communications.Placeholder.optional;
import static org.chungtay.communications.Placeholder.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every kind of email the portal sends, each with its category (what consent it needs) and the
 * placeholders its templates may use. Whoever enqueues a message passes plain values (strings, maps,
 * lists, {@code false}) for exactly these placeholders, already formatted in the recipient's language;
 * templates are checked against them when a fund manager saves one. Each kind has a shipped template in
 * {@code mail/<slug>/} and maybe versions edited by the fund (DD019).
 */
public enum MessageKind {

    /** An online or staff-entered pledge: its reference, the transfer details and VietQR code. */
    PLEDGE_CONFIRMATION(MessageCategory.TRANSACTIONAL,
            text("contactName", "“Trần Thị Mai”", "“Trần Thị Mai”"),
            text("donorName", "“Công ty TNHH Cà phê Ban Mê”", "“Công ty TNHH Cà phê Ban Mê”"),
            text("campaignName", Samples.CAMPAIGN_VI, Samples.CAMPAIGN_EN),
            text("fundUnitName", Samples.FUND, Samples.FUND),
            text("reference", Samples.REFERENCE, Samples.REFERENCE),
            text("commitment", "“Đỡ đầu 5 trẻ em trong 12 tháng, 500.000 ₫ mỗi em mỗi tháng”",
                    "“Sponsor 5 children for 12 months, 500,000 VND per child a month”"),
            text("total", "30.000.000 ₫", "30,000,000 VND"),
            text("pageUrl", Samples.URL + "/pledges/7f3a9c", Samples.URL + "/pledges/7f3a9c"),
            group("transfer",
                    text("bankName", "Vietcombank", "Vietcombank"),
                    text("accountNumber", Samples.ACCOUNT, Samples.ACCOUNT),
                    text("accountName", Samples.ACCOUNT_NAME, Samples.ACCOUNT_NAME),
                    text("qrUrl", Samples.URL + "/pledges/7f3a9c/qr.png", Samples.URL + "/pledges/7f3a9c/qr.png"),
                    list("instalments",
                            List.of(item("number", "1", "amount", "15.000.000 ₫", "dueDate", "15/06/2027"),
                                    item("number", "2", "amount", "15.000.000 ₫", "dueDate", "15/12/2027")),
                            List.of(item("number", "1", "amount", "15,000,000 VND", "dueDate", "15/06/2027"),
                                    item("number", "2", "amount", "15,000,000 VND", "dueDate", "15/12/2027"))))),

    /** Double opt-in: the owner of an address confirms the news they asked for on the online pledge form. */
    OPT_IN_CONFIRMATION(MessageCategory.TRANSACTIONAL,
            text("contactName", "Trần Thị Mai", "Trần Thị Mai"),
            text("fundUnitName", Samples.FUND, Samples.FUND),
            text("categories", "tin về tiến độ các dự án; lời kêu gọi ủng hộ các chương trình mới",
                    "news on the progress of projects; appeals for new programmes"),
            text("confirmUrl", Samples.URL + "/consent/confirm/4be2d1", Samples.URL + "/consent/confirm/4be2d1"),
            text("validDays", "30", "30")),

    /** A payment was received: thanks, once per payment. */
    PAYMENT_THANK_YOU(MessageCategory.TRANSACTIONAL,
            text("donorName", Samples.DONOR, Samples.DONOR),
            text("amount", "15.000.000 ₫", "15,000,000 VND"),
            text("paidOn", "12/06/2027", "12/06/2027"),
            text("campaignName", Samples.CAMPAIGN_VI, Samples.CAMPAIGN_EN),
            optional("reference", Samples.REFERENCE, Samples.REFERENCE),
            text("fundUnitName", Samples.FUND, Samples.FUND),
            text("pageUrl", Samples.URL + "/donor", Samples.URL + "/donor")),

    /** A receipt was issued; its PDF is attached to the message. */
    RECEIPT_ISSUED(MessageCategory.TRANSACTIONAL,
            text("donorName", Samples.DONOR, Samples.DONOR),
            text("receiptNumber", "DL-BMT/2027/17", "DL-BMT/2027/17"),
            text("amount", "15.000.000 ₫", "15,000,000 VND"),
            text("issuedOn", "13/06/2027", "13/06/2027"),
            text("fundUnitName", Samples.FUND, Samples.FUND),
            text("pageUrl", Samples.URL + "/donor", Samples.URL + "/donor")),

    /** An instalment of a pledge falls due soon. */
    INSTALMENT_REMINDER_DUE(MessageCategory.TRANSACTIONAL, Samples.instalment(false)),

    /** An instalment of a pledge is overdue (sent once). */
    INSTALMENT_REMINDER_OVERDUE(MessageCategory.TRANSACTIONAL, Samples.instalment(true)),

    /**
     * What is new, in a month, on the campaigns the donor gave to: an item per campaign with its figures, what
     * happened (closed, goal reached) and its cover when it has one (DD024). Projects and sponsorships come
     * with issue 9.
     */
    PROGRESS_DIGEST(MessageCategory.PROGRESS_UPDATES,
            text("donorName", Samples.DONOR, Samples.DONOR),
            text("period", "tháng 11/2027", "November 2027"),
            list("items", List.of(
                            text("title", Samples.CAMPAIGN_VI, Samples.CAMPAIGN_EN),
                            text("raised", "Đã nhận 120.000.000 ₫ trong tháng 11/2027.",
                                    "Raised 120,000,000 VND in November 2027."),
                            text("progress", "Tổng cộng 850.000.000 ₫ trên mục tiêu 800.000.000 ₫ (106%), từ 1.240 nhà hảo tâm.",
                                    "850,000,000 VND of the 800,000,000 VND goal (106%) so far, from 1,240 donors."),
                            optional("news", "Chiến dịch đã đạt mục tiêu!", "The campaign reached its goal!"),
                            optional("imageUrl", Samples.URL + "/campaign-covers/thang-hanh-dong-2027",
                                    Samples.URL + "/campaign-covers/thang-hanh-dong-2027"),
                            text("pageUrl", Samples.URL + "/campaigns/thang-hanh-dong-2027",
                                    Samples.URL + "/campaigns/thang-hanh-dong-2027")),
                    List.of(Samples.digestItem(Samples.CAMPAIGN_VI, "Đã nhận 120.000.000 ₫ trong tháng 11/2027.",
                                    "Tổng cộng 850.000.000 ₫ trên mục tiêu 800.000.000 ₫ (106%), từ 1.240 nhà hảo tâm.",
                                    "Chiến dịch đã đạt mục tiêu!", "thang-hanh-dong-2027", true),
                            Samples.digestItem("Trung thu cho em 2027", "Đã nhận 15.000.000 ₫ trong tháng 11/2027.",
                                    "Tổng cộng 310.000.000 ₫ trên mục tiêu 400.000.000 ₫ (77%), từ 512 nhà hảo tâm.",
                                    "Chiến dịch đã kết thúc ngày 30/11/2027.", "trung-thu-cho-em-2027", false)),
                    List.of(Samples.digestItem(Samples.CAMPAIGN_EN, "Raised 120,000,000 VND in November 2027.",
                                    "850,000,000 VND of the 800,000,000 VND goal (106%) so far, from 1,240 donors.",
                                    "The campaign reached its goal!", "thang-hanh-dong-2027", true),
                            Samples.digestItem("A Mid-Autumn for every child 2027", "Raised 15,000,000 VND in November 2027.",
                                    "310,000,000 VND of the 400,000,000 VND goal (77%) so far, from 512 donors.",
                                    "The campaign closed on 30/11/2027.", "trung-thu-cho-em-2027", false))),
            text("fundUnitName", Samples.FUND, Samples.FUND),
            text("pageUrl", Samples.URL + "/campaigns", Samples.URL + "/campaigns"),
            Samples.UNSUBSCRIBE),

    /** News of a child a business sponsors directly, by pseudonym only. */
    SPONSORSHIP_UPDATE(MessageCategory.PROGRESS_UPDATES,
            text("donorName", Samples.DONOR, Samples.DONOR),
            text("child", "Bé H. (mã TE-0241), sinh năm 2016, xã Ea Tu", "H. (code TE-0241), born 2016, Ea Tu commune"),
            text("updateTitle", "Đã trao học bổng và xe đạp", "Scholarship and bicycle handed over"),
            text("updateSummary", "Ngày 20/11, cán bộ xã đã trao học bổng tháng 11 và một chiếc xe đạp để em đi học.",
                    "On 20 November the commune staff handed over the November scholarship and a bicycle for the way to school."),
            text("updatedOn", "20/11/2027", "20/11/2027"),
            text("pageUrl", Samples.URL + "/donor/sponsorships/te-0241", Samples.URL + "/donor/sponsorships/te-0241"),
            text("fundUnitName", Samples.FUND, Samples.FUND),
            Samples.UNSUBSCRIBE),

    /** A new campaign (an appeal), to contacts who opted in to appeals. */
    CAMPAIGN_ANNOUNCEMENT(MessageCategory.APPEALS,
            text("contactName", "Trần Thị Mai", "Trần Thị Mai"),
            text("campaignName", "Tết ấm cho em 2028", "A warm Tết for every child 2028"),
            text("campaignSummary", "Mỗi phần quà 500.000 ₫ gồm áo ấm, sách vở và bánh chưng cho một em có hoàn cảnh khó khăn.",
                    "Each 500,000 VND gift brings a warm coat, school things and a bánh chưng to a child in need."),
            text("startsOn", "15/12/2027", "15/12/2027"),
            text("endsOn", "25/01/2028", "25/01/2028"),
            text("goal", "800.000.000 ₫", "800,000,000 VND"),
            text("campaignUrl", Samples.URL + "/campaigns/tet-am-cho-em-2028",
                    Samples.URL + "/campaigns/tet-am-cho-em-2028"),
            text("fundUnitName", Samples.FUND, Samples.FUND),
            Samples.UNSUBSCRIBE),

    /** A single-use link that signs a donor in to the donor portal. */
    DONOR_SIGN_IN_LINK(MessageCategory.TRANSACTIONAL,
            text("signInUrl", Samples.URL + "/donor/sign-in/9d1c7e", Samples.URL + "/donor/sign-in/9d1c7e"),
            text("validMinutes", "10", "10"),
            text("fundUnitName", Samples.FUND, Samples.FUND)),

    /** To staff: something waits for their approval. */
    STAFF_APPROVAL_WAITING(MessageCategory.TRANSACTIONAL,
            text("staffName", "Nguyễn Thị Lan", "Nguyễn Thị Lan"),
            text("item", "Cam kết " + Samples.REFERENCE + " của Công ty TNHH Cà phê Ban Mê",
                    "Pledge " + Samples.REFERENCE + " of Công ty TNHH Cà phê Ban Mê"),
            text("submittedBy", "Hoàng Văn Sơn", "Hoàng Văn Sơn"),
            text("waitingSince", "10/06/2027 08:30", "10/06/2027 08:30"),
            text("reviewUrl", Samples.URL + "/staff/pledges/1234", Samples.URL + "/staff/pledges/1234")),

    /** To staff: a proof of delivery of a direct sponsorship is late. */
    STAFF_DELIVERY_LATE(MessageCategory.TRANSACTIONAL,
            text("staffName", "Nguyễn Thị Lan", "Nguyễn Thị Lan"),
            text("sponsorName", Samples.DONOR, Samples.DONOR),
            text("child", "TE-0241", "TE-0241"),
            text("period", "tháng 10/2027", "October 2027"),
            text("dueDate", "05/11/2027", "05/11/2027"),
            text("daysLate", "7", "7"),
            text("pageUrl", Samples.URL + "/staff/sponsorships/88", Samples.URL + "/staff/sponsorships/88")),

    /** To staff: outgoing mail keeps failing. */
    STAFF_MAIL_FAILING(MessageCategory.TRANSACTIONAL,
            text("staffName", "Nguyễn Thị Lan", "Nguyễn Thị Lan"),
            text("failedCount", "37", "37"),
            text("since", "02/12/2027 07:15", "02/12/2027 07:15"),
            text("lastError", "Connection refused: smtp.example.vn:587", "Connection refused: smtp.example.vn:587"),
            text("deliveryLogUrl", Samples.URL + "/staff/mail-log", Samples.URL + "/staff/mail-log"));

    /** The placeholder that non-transactional kinds carry and the layout's footer uses (one-click opt-out). */
    public static final String UNSUBSCRIBE_URL = "unsubscribeUrl";

    private final MessageCategory category;
    private final List<Placeholder> placeholders;

    MessageKind(MessageCategory category, Placeholder... placeholders) {
        this.category = category;
        this.placeholders = List.of(placeholders);
    }

    public MessageCategory category() {
        return category;
    }

    /** What this kind's templates may use, in the order the editor lists them. */
    public List<Placeholder> placeholders() {
        return placeholders;
    }

    public Optional<Placeholder> placeholder(String name) {
        return placeholders.stream().filter(placeholder -> placeholder.name().equals(name)).findFirst();
    }

    /** The translation key of the kind's name, e.g. {@code mail.kind.payment-thank-you}. */
    public String labelKey() {
        return "mail.kind." + slug();
    }

    /** The kind in file names and addresses: {@code payment-thank-you}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<MessageKind> ofSlug(String slug) {
        for (MessageKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Every placeholder with its sample value in the language, as the preview fills the template. */
    public Map<String, Object> sampleValues(Locale language) {
        Map<String, Object> values = new LinkedHashMap<>();
        placeholders.forEach(placeholder -> values.put(placeholder.name(), placeholder.sample(language)));
        return values;
    }

    /** Sample values shared by several kinds. */
    private static final class Samples {
        static final String URL = "https://chungtay.example";
        static final String FUND = "Quỹ Bảo trợ trẻ em tỉnh Đắk Lắk";
        static final String DONOR = "Công ty TNHH Cà phê Ban Mê";
        static final String CAMPAIGN_VI = "Tháng hành động vì trẻ em 2027";
        static final String CAMPAIGN_EN = "Month of Action for Children 2027";
        static final String REFERENCE = "CT27-7QK4M2";
        static final String ACCOUNT = "0041000123456";
        static final String ACCOUNT_NAME = "QUY BAO TRO TRE EM TINH DAK LAK";
        static final Placeholder UNSUBSCRIBE = text(UNSUBSCRIBE_URL, URL + "/unsubscribe/5e8f20", URL + "/unsubscribe/5e8f20");

        private Samples() {
        }

        /** An item of the digest's samples: one with a cover, one without. */
        static Map<String, Object> digestItem(String title, String raised, String progress, String news, String slug,
                boolean cover) {
            Map<String, Object> item = new LinkedHashMap<>(item("title", title, "raised", raised, "progress", progress,
                    "news", news));
            item.put("imageUrl", cover ? URL + "/campaign-covers/" + slug : false);
            item.put("pageUrl", URL + "/campaigns/" + slug);
            return item;
        }

        static Placeholder[] instalment(boolean overdue) {
            List<Placeholder> placeholders = new java.util.ArrayList<>(List.of(
                    text("donorName", DONOR, DONOR),
                    text("reference", REFERENCE, REFERENCE),
                    text("campaignName", CAMPAIGN_VI, CAMPAIGN_EN),
                    text("instalmentNumber", "2", "2"),
                    text("instalmentCount", "4", "4"),
                    text("amount", "7.500.000 ₫", "7,500,000 VND"),
                    text("dueDate", overdue ? "15/09/2027" : "15/12/2027", overdue ? "15/09/2027" : "15/12/2027")));
            if (overdue) {
                placeholders.add(text("daysOverdue", "14", "14"));
            }
            placeholders.addAll(List.of(
                    text("bankName", "Vietcombank", "Vietcombank"),
                    text("accountNumber", ACCOUNT, ACCOUNT),
                    text("accountName", ACCOUNT_NAME, ACCOUNT_NAME),
                    text("pageUrl", URL + "/campaigns/thang-hanh-dong-2027", URL + "/campaigns/thang-hanh-dong-2027"),
                    text("fundUnitName", FUND, FUND)));
            return placeholders.toArray(Placeholder[]::new);
        }
    }
}
