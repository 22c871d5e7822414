package org.chungtay.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private static final FundUnitRef PROVINCE = new FundUnitRef(1, null, "Tỉnh Đắk Lắk", 1, "/1/", true);
    private static final FundUnitRef COMMUNE = new FundUnitRef(7, 1L, "Xã Ea Tu", 2, "/1/7/", true);
    private static final ReceivingAccount ACCOUNT = new ReceivingAccount("970436", "0621000456789", "QUY BAO TRO TRE EM");
    private static final LocalDate START = LocalDate.of(2027, 6, 1);
    private static final LocalDate END = LocalDate.of(2027, 6, 30);
    private static final Instant NOW = Instant.parse("2027-05-01T03:00:00Z");

    @Test
    void aNewCampaignIsADraftThatNeedsOnlyAKindAFundUnitAndAVietnameseName() {
        Campaign campaign = campaign(new CampaignDraft(CampaignKind.OTHER, 1, "Áo ấm cho em", null, null, null, null,
                null, null, null, null));

        assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaign.isReady()).isFalse();
    }

    @Test
    void aDraftIsScheduledOnlyWithGoalDatesAndTheWholeAccount() {
        assertRefused(() -> campaign(draft().goal(null)).schedule(NOW), "campaigns.error.goal-required");
        assertRefused(() -> campaign(draft().dates(START, null)).schedule(NOW), "campaigns.error.dates-required");
        assertRefused(() -> campaign(draft().account(new ReceivingAccount("970436", "0621000456789", null)))
                .schedule(NOW), "campaigns.error.account-required");

        Campaign ready = campaign(draft());
        ready.schedule(NOW);
        assertThat(ready.status()).isEqualTo(CampaignStatus.SCHEDULED);
    }

    @Test
    void eachMoveChecksWhereTheCampaignIs() {
        Campaign campaign = campaign(draft());
        assertRefused(() -> campaign.activate(START, NOW), "campaigns.error.activate-only-scheduled");
        assertRefused(() -> campaign.close(START, NOW), "campaigns.error.close-only-active");
        assertRefused(() -> campaign.backToDraft(NOW), "campaigns.error.back-to-draft-only-scheduled");

        campaign.schedule(NOW);
        assertRefused(() -> campaign.schedule(NOW), "campaigns.error.schedule-only-draft");
        campaign.backToDraft(NOW);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
        campaign.schedule(NOW);
        campaign.activateOnStartDate(START, NOW);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertRefused(() -> campaign.activate(START, NOW), "campaigns.error.activate-only-scheduled");
        campaign.close(END.plusDays(1), NOW);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.CLOSED);
        assertRefused(() -> campaign.close(END.plusDays(1), NOW), "campaigns.error.close-only-active");
    }

    @Test
    void aCampaignThatRanItsCourseClosesOnItsEndDateAndOneClosedEarlyOnTheDayItClosed() {
        Campaign ranItsCourse = active(draft());
        ranItsCourse.close(END.plusDays(3), NOW);
        assertThat(ranItsCourse.closedOn()).isEqualTo(END);

        Campaign closedEarly = active(draft());
        closedEarly.close(LocalDate.of(2027, 6, 10), NOW);
        assertThat(closedEarly.closedOn()).isEqualTo(LocalDate.of(2027, 6, 10));
    }

    @Test
    void aClosedCampaignIsReadOnly() {
        Campaign campaign = active(draft());
        campaign.close(END, NOW);

        assertRefused(() -> campaign.revise(CampaignRules.checked(draft().name("Tên mới").build()), PROVINCE,
                campaign.slug(), null, END, NOW), "campaigns.error.closed");
        assertRefused(campaign::requireOpenForChanges, "campaigns.error.closed");
    }

    @Test
    void openingEarlyMovesTheStartToTodayButACampaignWhoseEndHasPassedIsNotOpenedByHand() {
        Campaign early = campaign(draft());
        early.schedule(NOW);
        early.activate(LocalDate.of(2027, 5, 20), NOW);
        assertThat(early.startDate()).isEqualTo(LocalDate.of(2027, 5, 20));
        assertThat(early.status()).isEqualTo(CampaignStatus.ACTIVE);

        Campaign late = campaign(draft());
        late.schedule(NOW);
        assertRefused(() -> late.activate(END.plusDays(1), NOW), "campaigns.error.already-ended");
    }

    @Test
    void theDailyJobDoesNotOpenACampaignBeforeItsStartDate() {
        Campaign campaign = campaign(draft());
        campaign.schedule(NOW);

        assertThatThrownBy(() -> campaign.activateOnStartDate(START.minusDays(1), NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whileCollectingOnlyTextsGoalAndEndDateChange() {
        Campaign campaign = active(draft());
        LocalDate today = LocalDate.of(2027, 6, 5);

        campaign.revise(CampaignRules.checked(draft().name("Tên mới").goal(Money.vnd(900_000_000)).dates(START,
                END.plusDays(5)).build()), PROVINCE, campaign.slug(), 2027, today, NOW);
        assertThat(campaign.nameVi()).isEqualTo("Tên mới");
        assertThat(campaign.endDate()).isEqualTo(END.plusDays(5));

        assertRefused(() -> campaign.revise(CampaignRules.checked(draft().build()), COMMUNE, campaign.slug(), 2027,
                today, NOW), "campaigns.error.locked-while-active");
        assertRefused(() -> campaign.revise(CampaignRules.checked(draft().dates(START.minusDays(1), END).build()),
                PROVINCE, campaign.slug(), 2027, today, NOW), "campaigns.error.locked-while-active");
        assertRefused(() -> campaign.revise(CampaignRules.checked(draft().account(new ReceivingAccount("970418",
                "12345678", "QUY")).build()), PROVINCE, campaign.slug(), 2027, today, NOW),
                "campaigns.error.locked-while-active");
        assertRefused(() -> campaign.revise(CampaignRules.checked(draft().build()), PROVINCE, "dia-chi-moi", 2027, today,
                NOW), "campaigns.error.locked-while-active");
        assertRefused(() -> campaign.revise(CampaignRules.checked(draft().dates(START, today.minusDays(1)).build()),
                PROVINCE, campaign.slug(), 2027, today, NOW), "campaigns.error.end-in-past");
    }

    @Test
    void aScheduledCampaignKeepsWhatItNeedsToRun() {
        Campaign campaign = campaign(draft());
        campaign.schedule(NOW);

        assertRefused(() -> campaign.revise(CampaignRules.checked(draft().goal(null).build()), PROVINCE,
                campaign.slug(), 2027, START, NOW), "campaigns.error.goal-required");
    }

    @Test
    void theEndIsNeverBeforeTheStart() {
        assertRefused(() -> CampaignRules.checked(draft().dates(END, START).build()), "campaigns.error.end-before-start");
        assertThat(CampaignRules.checked(draft().dates(START, START).build()).endDate()).isEqualTo(START);
    }

    @Test
    void anEmergencyAppealCollectsForAtMostNinetyDaysAndThenShowsItsDistributionDeadline() {
        LocalDate start = LocalDate.of(2027, 9, 1);
        Builder appeal = draft().kind(CampaignKind.EMERGENCY_APPEAL);

        assertThat(CampaignRules.checked(appeal.dates(start, start.plusDays(89)).build()).endDate())
                .isEqualTo(start.plusDays(89));
        assertRefused(() -> CampaignRules.checked(appeal.dates(start, start.plusDays(90)).build()),
                "campaigns.error.emergency-too-long");

        Campaign campaign = active(appeal.dates(start, start.plusDays(30)));
        assertThat(campaign.distributionDeadline()).isEmpty();
        campaign.close(start.plusDays(10), NOW);
        assertThat(campaign.distributionDeadline()).contains(start.plusDays(30));
    }

    @Test
    void openingAnEmergencyAppealEarlyMayNotStretchItBeyondNinetyDays() {
        LocalDate start = LocalDate.of(2027, 9, 1);
        Campaign campaign = campaign(draft().kind(CampaignKind.EMERGENCY_APPEAL).dates(start, start.plusDays(89)));
        campaign.schedule(NOW);

        assertRefused(() -> campaign.activate(start.minusDays(1), NOW), "campaigns.error.emergency-too-long");
    }

    @Test
    void goalsAreWholePositiveAmountsUpToTenTrillionDong() {
        assertRefused(() -> CampaignRules.checked(draft().goal(Money.ZERO).build()), "campaigns.error.goal-invalid");
        assertRefused(() -> CampaignRules.checked(draft().goal(Money.vnd(-1)).build()), "campaigns.error.goal-invalid");
        assertRefused(() -> CampaignRules.checked(draft().goal(Money.MAX_PLEDGE.plus(Money.vnd(1))).build()),
                "campaigns.error.goal-invalid");
        assertThat(CampaignRules.checked(draft().goal(Money.MAX_PLEDGE).build()).goal()).isEqualTo(Money.MAX_PLEDGE);
    }

    @Test
    void textsArePlainTextWithinTheirLimits() {
        CampaignDraft scripted = CampaignRules.checked(draft().name("  <script>alert('x')</script>  ").build());
        assertThat(scripted.nameVi()).isEqualTo("<script>alert('x')</script>");

        assertRefused(() -> CampaignRules.checked(draft().name("  ").build()), "campaigns.error.name-required");
        assertRefused(() -> CampaignRules.checked(draft().name("x".repeat(151)).build()), "campaigns.error.name-too-long");
        assertRefused(() -> CampaignRules.checked(draft().name("Tết\u0000").build()), "campaigns.error.text-invalid");
        assertRefused(() -> CampaignRules.checked(draft().description("x".repeat(4001)).build()),
                "campaigns.error.description-too-long");
        assertThat(CampaignRules.checked(draft().description("Dòng 1\r\nDòng 2").build()).descriptionVi())
                .isEqualTo("Dòng 1\nDòng 2");
    }

    @Test
    void accountsAreKnownBanksAndPlainAccountNumbers() {
        assertThat(CampaignRules.checked(draft().account(new ReceivingAccount("970436", "0621 000.456-789", " QUY ")).build())
                .account()).isEqualTo(new ReceivingAccount("970436", "0621000456789", "QUY"));
        assertRefused(() -> CampaignRules.checked(draft().account(new ReceivingAccount("999999", "0621000456789", "Q"))
                .build()), "campaigns.error.bank-unknown");
        assertRefused(() -> CampaignRules.checked(draft().account(new ReceivingAccount("970436", "12", "Q")).build()),
                "campaigns.error.account-number-invalid");
        assertRefused(() -> CampaignRules.checked(draft().account(new ReceivingAccount("970436", "0621-ĐẮK", "Q"))
                .build()), "campaigns.error.account-number-invalid");
    }

    @Test
    void datesStayWithinTheCalendarsYears() {
        assertRefused(() -> CampaignRules.checked(draft().dates(LocalDate.of(1999, 12, 31), END).build()),
                "campaigns.error.date-out-of-range");
        assertRefused(() -> CampaignRules.checked(draft().dates(START, LocalDate.of(2101, 1, 1)).build()),
                "campaigns.error.date-out-of-range");
    }

    @Test
    void typedSlugsAreLowerCasedAndChecked() {
        assertThat(CampaignRules.checked(draft().slug(" Tet-2027 ").build()).slug()).isEqualTo("tet-2027");
        assertThat(CampaignRules.checked(draft().slug("  ").build()).slug()).isNull();
        assertRefused(() -> CampaignRules.checked(draft().slug("tết-2027").build()), "campaigns.error.slug-invalid");
        assertRefused(() -> CampaignRules.checked(draft().slug("tet--2027").build()), "campaigns.error.slug-invalid");
        assertRefused(() -> CampaignRules.checked(draft().slug("ab").build()), "campaigns.error.slug-invalid");
    }

    private static Campaign active(Builder draft) {
        Campaign campaign = campaign(draft);
        campaign.schedule(NOW);
        campaign.activateOnStartDate(campaign.startDate(), NOW);
        return campaign;
    }

    private static Campaign campaign(Builder draft) {
        return campaign(draft.build());
    }

    private static Campaign campaign(CampaignDraft draft) {
        CampaignDraft checked = CampaignRules.checked(draft);
        return new Campaign(checked, PROVINCE, CampaignSlug.fromName(checked.nameVi()),
                checked.kind().isYearly() ? 2027 : null, NOW);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo(messageKey));
    }

    private static Builder draft() {
        return new Builder();
    }

    /** A complete Month of Action draft, changed one part at a time. */
    private static final class Builder {
        private CampaignKind kind = CampaignKind.MONTH_OF_ACTION;
        private String name = "Tháng hành động vì trẻ em 2027";
        private String description = "Chung tay vì trẻ em.";
        private Money goal = Money.vnd(1_000_000_000);
        private LocalDate start = START;
        private LocalDate end = END;
        private ReceivingAccount account = ACCOUNT;
        private String slug;

        Builder kind(CampaignKind value) {
            kind = value;
            return this;
        }

        Builder name(String value) {
            name = value;
            return this;
        }

        Builder description(String value) {
            description = value;
            return this;
        }

        Builder goal(Money value) {
            goal = value;
            return this;
        }

        Builder dates(LocalDate first, LocalDate last) {
            start = first;
            end = last;
            return this;
        }

        Builder account(ReceivingAccount value) {
            account = value;
            return this;
        }

        Builder slug(String value) {
            slug = value;
            return this;
        }

        CampaignDraft build() {
            return new CampaignDraft(kind, PROVINCE.id(), name, null, description, null, goal, start, end, account, slug);
        }
    }
}
