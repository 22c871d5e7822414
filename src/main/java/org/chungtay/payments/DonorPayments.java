package org.chungtay.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.PledgeTarget;
import org.chungtay.donors.Addressee;
import org.chungtay.donors.DonorAccounts;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitSettings;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in donor's own payments, receipts, totals and yearly statement, for the donor portal (issue 10). The
 * donor is always the one signed in, never a parameter; a receipt of anyone else answers exactly as one that does
 * not exist. A payment is the donor's when it names the donor's record, as the staff statement and the ledger's
 * "where it went" count it. Reversed payments (mistakes put right by the accountant) are left out everywhere: they
 * count nowhere, and the payment entered again in their place is listed.
 */
@Service
@Transactional(readOnly = true)
public class DonorPayments {

    /** A payment, with its standing receipt if any, that was not reversed. */
    private static final String MINE = " FROM payment p LEFT JOIN receipt rc ON rc.payment_id = p.id"
            + " AND NOT EXISTS (SELECT 1 FROM receipt_void v WHERE v.receipt_id = rc.id)"
            + " WHERE p.donor_id = :donor"
            + " AND NOT EXISTS (SELECT 1 FROM payment_reversal r WHERE r.payment_id = p.id)";

    private static final String COLUMNS = "SELECT p.received_on, p.amount, p.method, p.campaign_id, p.pledge_reference,"
            + " rc.number";

    private final JdbcClient jdbc;
    private final ReceiptRepository receipts;
    private final ReceiptList list;
    private final ReceiptFiles files;
    private final CampaignService campaigns;
    private final DonorAccounts accounts;
    private final FundUnitSettingsService unitSettings;
    private final FundUnitService fundUnits;

    DonorPayments(JdbcClient jdbc, ReceiptRepository receipts, ReceiptList list, ReceiptFiles files,
            CampaignService campaigns, DonorAccounts accounts, FundUnitSettingsService unitSettings,
            FundUnitService fundUnits) {
        this.jdbc = jdbc;
        this.receipts = receipts;
        this.list = list;
        this.files = files;
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.unitSettings = unitSettings;
        this.fundUnits = fundUnits;
    }

    /** A page of the donor's payments, newest first. */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public List<DonorPayment> myPayments(int offset, int limit) {
        return payments(jdbc.sql(COLUMNS + MINE + " ORDER BY p.received_on DESC, p.id DESC LIMIT :limit OFFSET :offset")
                .param("donor", DonorPrincipal.requireDonorId())
                .param("limit", Math.max(0, limit)).param("offset", Math.max(0, offset)));
    }

    /** How many payments the donor made. */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public long countMyPayments() {
        return jdbc.sql("SELECT COUNT(*)" + MINE).param("donor", DonorPrincipal.requireDonorId())
                .query(Long.class).single();
    }

    /** The donor's payments for the pledge with this reference, oldest first; none when the pledge is not theirs. */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public List<DonorPayment> myPaymentsOfPledge(String pledgeReference) {
        return payments(jdbc.sql(COLUMNS + MINE + " AND p.pledge_reference = :reference ORDER BY p.received_on, p.id")
                .param("donor", DonorPrincipal.requireDonorId()).param("reference", pledgeReference));
    }

    /**
     * The receipt with this number as a PDF, when it was issued for one of the donor's payments; a voided one says
     * so across it. Empty for a number that does not exist or is not the donor's.
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public Optional<PdfFile> myReceipt(String number) {
        long donor = DonorPrincipal.requireDonorId();
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return receipts.findByNumber(number)
                .filter(receipt -> jdbc.sql("SELECT COUNT(*) FROM payment WHERE id = :payment AND donor_id = :donor")
                        .param("payment", receipt.paymentId()).param("donor", donor).query(Long.class).single() > 0)
                .map(files::receipt);
    }

    /** What the donor gave by year and by campaign, summed in the database. */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public DonorTotals myTotals() {
        long donor = DonorPrincipal.requireDonorId();
        List<DonorTotals.Year> byYear = jdbc.sql("SELECT YEAR(p.received_on) AS gift_year, SUM(p.amount) AS total,"
                        + " COUNT(*) AS payments FROM payment p WHERE p.donor_id = :donor"
                        + " AND NOT EXISTS (SELECT 1 FROM payment_reversal r WHERE r.payment_id = p.id)"
                        + " GROUP BY YEAR(p.received_on) ORDER BY gift_year DESC")
                .param("donor", donor)
                .query((row, number) -> new DonorTotals.Year(row.getInt("gift_year"), Money.vnd(row.getLong("total")),
                        row.getInt("payments")))
                .list();
        Map<Long, PledgeTarget> targets = new HashMap<>();
        List<DonorTotals.Campaign> byCampaign = jdbc.sql("SELECT p.campaign_id, SUM(p.amount) AS total,"
                        + " COUNT(*) AS payments FROM payment p WHERE p.donor_id = :donor"
                        + " AND NOT EXISTS (SELECT 1 FROM payment_reversal r WHERE r.payment_id = p.id)"
                        + " GROUP BY p.campaign_id ORDER BY total DESC, p.campaign_id")
                .param("donor", donor)
                .query((row, number) -> {
                    PledgeTarget campaign = campaign(targets, row.getObject("campaign_id", Long.class));
                    return new DonorTotals.Campaign(campaign == null ? null : campaign.nameVi(),
                            campaign == null ? null : campaign.nameEn(), Money.vnd(row.getLong("total")),
                            row.getInt("payments"));
                })
                .list();
        return new DonorTotals(byYear, byCampaign);
    }

    /**
     * The donor's statement of the year (to today in the current year) as one PDF, empty when they gave nothing
     * that year. It holds one statement per fund unit that issues receipts for what the donor gave: the unit that
     * received a gift, or the nearest unit above it that issues receipts (whose staff statements cover its subtree
     * too). Each is made out and signed in that unit's name with its total, because a fund attests only the money
     * it received, and the donor's accountant books each gift against the fund that receipted it; one file per
     * year spares the donor a download per fund.
     *
     * @throws UserFacingException {@code receipts.error.settings-missing} if a gift went to a unit with no unit
     *         above it that issues receipts
     */
    @PreAuthorize(DonorPrincipal.SIGNED_IN)
    public Optional<PdfFile> myStatement(int year) {
        long donor = DonorPrincipal.requireDonorId();
        LocalDate today = VietnamTime.today();
        if (year > today.getYear()) {
            return Optional.empty();
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        List<ReceiptList.StatementPayment> paid = list.statement("/", donor, from, to);
        if (paid.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, FundUnitSettings> issuerOfUnit = new HashMap<>();
        Map<Long, FundUnitSettings> issuers = new LinkedHashMap<>();
        Map<Long, List<ReceiptList.StatementPayment>> byIssuer = new LinkedHashMap<>();
        for (ReceiptList.StatementPayment payment : paid) {
            FundUnitSettings issuer = issuerOfUnit.computeIfAbsent(payment.fundUnitId(),
                    unit -> unitSettings.nearestSettings(unit).orElseThrow(
                            () -> new UserFacingException("receipts.error.settings-missing",
                                    fundUnits.findPublic(unit).map(FundUnitRef::name).orElse(""))));
            issuers.putIfAbsent(issuer.fundUnitId(), issuer);
            byIssuer.computeIfAbsent(issuer.fundUnitId(), unit -> new ArrayList<>()).add(payment);
        }
        Addressee me = accounts.myAddressee();
        List<byte[]> parts = byIssuer.entrySet().stream()
                .map(part -> files.statement(issuers.get(part.getKey()), me, from, to, part.getValue()))
                .toList();
        return Optional.of(new PdfFile("sao-ke-" + year + ".pdf", ReceiptPdf.joined(parts)));
    }

    private List<DonorPayment> payments(JdbcClient.StatementSpec query) {
        Map<Long, PledgeTarget> targets = new HashMap<>();
        return query.query((row, number) -> {
            PledgeTarget campaign = campaign(targets, row.getObject("campaign_id", Long.class));
            return new DonorPayment(row.getObject("received_on", LocalDate.class), Money.vnd(row.getLong("amount")),
                    PaymentMethod.valueOf(row.getString("method")), campaign == null ? null : campaign.nameVi(),
                    campaign == null ? null : campaign.nameEn(), row.getString("pledge_reference"),
                    row.getString("number"));
        }).list();
    }

    /** The campaign of a payment, each read once per call; null for a gift outside any campaign. */
    private PledgeTarget campaign(Map<Long, PledgeTarget> read, Long campaignId) {
        return campaignId == null ? null
                : read.computeIfAbsent(campaignId, id -> campaigns.findPledgeTargetById(id).orElse(null));
    }
}
