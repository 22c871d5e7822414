package org.chungtay.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.donors.OrganisationDetails;
import org.chungtay.donors.ContactDetails;
import org.chungtay.donors.Sector;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.Money;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A crafted client ignores the limits the browser shows and calls the services with what it likes:
 * each value gets its field's message, never an error page, and nothing is written.
 */
class CraftedInputsIT extends IntegrationTest {

    private static final String PHONE_21 = "+84 912 345 678 90123";

    @Autowired
    PledgeService pledges;

    @Autowired
    DonorService donors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPledgeWithAValueBeyondItsFieldsLimitIsRefusedWithThatFieldsMessageAndLeavesNoRow() {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Ea H’leo"));
        String email = address("giaxuyen");

        assertRefusedWithoutRows(email, "pledges.error.donor-name-too-long",
                () -> submit(campaign, individual(email, "x".repeat(5_000), null)));
        assertRefusedWithoutRows(email, PhoneNumber.INVALID_MESSAGE_KEY,
                () -> submit(campaign, individual(email, "Nguyễn Văn Nam", PHONE_21)));
        assertRefusedWithoutRows(email, EmailAddress.INVALID_MESSAGE_KEY,
                () -> submit(campaign, individual("a".repeat(250) + "@example.vn", "Nguyễn Văn Nam", null)));
        assertRefusedWithoutRows(email, "pledges.error.first-due", () -> submit(campaign, withPlan(email,
                Commitment.donation(Money.vnd(500_000), null), InstalmentPlan.oneOff(CampaignCalendar.today().minusDays(1)))));
        assertRefusedWithoutRows(email, "pledges.error.first-due", () -> submit(campaign, withPlan(email,
                Commitment.donation(Money.vnd(500_000), null), InstalmentPlan.oneOff(CampaignCalendar.today().plusYears(5)))));
        assertRefusedWithoutRows(email, "pledges.error.months", () -> submit(campaign, withPlan(email,
                Commitment.sponsorship(5, 100_000, Money.vnd(500_000), null, null), today())));
        assertRefusedWithoutRows(email, "pledges.error.amount-positive", () -> submit(campaign, withPlan(email,
                Commitment.donation(Money.vnd(-500_000), null), today())));
        assertRefusedWithoutRows(email, "pledges.error.amount-too-large", () -> submit(campaign, withPlan(email,
                Commitment.donation(Money.vnd(Long.MAX_VALUE), null), today())));
        assertRefusedWithoutRows(email, "pledges.error.instalment-count", () -> submit(campaign, withPlan(email,
                Commitment.donation(Money.vnd(500_000), null),
                new InstalmentPlan(InstalmentFrequency.MONTHLY, CampaignCalendar.today(), 100_000))));
    }

    @Test
    void aPhoneTypedWithSpacesIsKeptInItsNationalFormAndFitsItsColumn() {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Cư M’gar"));
        String email = address("dienthoai");

        submit(campaign, individual(email, "Lê Thị Hoa", "+84 912.345.678"));

        assertThat(jdbc.sql("SELECT contact_phone FROM pledge WHERE contact_email = ?").param(email)
                .query(String.class).single()).isEqualTo("0912345678");
    }

    @Test
    void staffEnteringADonorGetTheFieldsMessageForValuesBeyondItsLimits() {
        FundUnitRef unit = newUnit("Quỹ huyện Krông Bông");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Võ Thị Lan");
        String email = address("nhaptay");

        assertRefusedWithoutRows(email, "donors.error.too-long", () -> as(clerk, () -> donors.create(unit.id(),
                new IndividualDetails("x".repeat(5_000), email, null, null, "vi", false), Set.of())));
        assertRefusedWithoutRows(email, PhoneNumber.INVALID_MESSAGE_KEY, () -> as(clerk, () -> donors.create(unit.id(),
                new IndividualDetails("Hồ Văn Tâm", email, PHONE_21, null, "vi", false), Set.of())));
        assertRefusedWithoutRows(email, "donors.error.too-long", () -> as(clerk, () -> donors.create(unit.id(),
                new IndividualDetails("Hồ Văn Tâm", email, null, "y".repeat(5_000), "vi", false), Set.of())));
        assertRefusedWithoutRows(email, PhoneNumber.INVALID_MESSAGE_KEY, () -> as(clerk, () -> donors.create(unit.id(),
                new OrganisationDetails("Hội Nông dân", null, Sector.ASSOCIATION_UNION, null, null, null,
                        java.util.List.of(new ContactDetails("Hồ Văn Tâm", null, email, PHONE_21)), "vi", false),
                Set.of())));
    }

    private void assertRefusedWithoutRows(String email, String messageKey, ThrowingCallable call) {
        Supplier<Long> rows = () -> jdbc.sql("SELECT (SELECT count(*) FROM pledge WHERE contact_email = :email)"
                + " + (SELECT count(*) FROM donor WHERE email = :email)"
                + " + (SELECT count(*) FROM donor_contact WHERE email = :email)").param("email", email)
                .query(Long.class).single();
        long before = rows.get();
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo(messageKey));
        assertThat(rows.get()).isEqualTo(before);
    }

    private SubmittedPledge submit(CampaignDetails campaign, PledgeSubmission submission) {
        // A fresh client address each time, so that the per-address limit never answers first.
        return pledges.submitOnline(campaign.slug(), submission, "10.77." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250));
    }

    private static InstalmentPlan today() {
        return InstalmentPlan.oneOff(CampaignCalendar.today());
    }

    private static PledgeSubmission individual(String email, String name, String phone) {
        return new PledgeSubmission(UUID.randomUUID().toString(), "", Commitment.donation(Money.vnd(500_000), null),
                today(), false, null, name, null, null, email, phone, null, Locale.of("vi"), false, false, false);
    }

    private static PledgeSubmission withPlan(String email, Commitment commitment, InstalmentPlan plan) {
        return new PledgeSubmission(UUID.randomUUID().toString(), "", commitment, plan, false, null, "Nguyễn Văn Nam",
                null, null, email, null, null, Locale.of("vi"), false, false, false);
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }
}
