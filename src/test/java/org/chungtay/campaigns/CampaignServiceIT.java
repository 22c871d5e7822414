package org.chungtay.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.chungtay.campaigns.CampaignFigures.Figures;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

class CampaignServiceIT extends IntegrationTest {

    private static final Money GOAL = Money.vnd(500_000_000);


    @Autowired
    CampaignSchedule schedule;

    @Autowired
    CampaignCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scheduler scheduler;

    @LocalServerPort
    int port;

    private final LocalDate today = CampaignCalendar.today();

    @Test
    void fundStaffCreateDraftsInTheirOwnSubtreeOnly() {
        FundUnitRef commune = newUnit("Xã Ea Tu");
        FundUnitRef sibling = newUnit("Xã Hòa Thuận");
        String clerk = newStaff(Role.FUND_STAFF, commune, "Clerk");

        CampaignDetails created = as(clerk, () -> campaigns.create(other(commune, "Áo ấm cho em")));

        assertThat(created.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(created.fundUnitName()).isEqualTo(commune.name());
        assertThatThrownBy(() -> as(clerk, () -> campaigns.create(other(sibling, "Không phải của tôi"))))
                .isInstanceOf(AccessDeniedException.class);
        CampaignDetails elsewhere = SystemActor.call(() -> campaigns.create(other(sibling, "Của xã khác")));
        assertThatThrownBy(() -> as(clerk, () -> campaigns.get(elsewhere.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void accountantsAndCaseworkersReadCampaignsButChangeNothing() {
        FundUnitRef unit = newUnit("Huyện Krông Pắc");
        CampaignDetails campaign = SystemActor.call(() -> campaigns.create(other(unit, "Đọc thôi")));
        for (Role role : List.of(Role.ACCOUNTANT, Role.CASEWORKER)) {
            String reader = newStaff(role, unit, "Reader");

            assertThat(as(reader, () -> campaigns.get(campaign.id())).actions()).isEmpty();
            assertThat(as(reader, () -> campaigns.list(CampaignFilter.ALL))).extracting(CampaignSummary::id)
                    .containsExactly(campaign.id());
            assertThatThrownBy(() -> as(reader, () -> campaigns.create(other(unit, "Không được"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(reader, () -> campaigns.prepareNextYear(campaign.id())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theListShowsTheCallersSubtreeFilteredByKindYearStatusAndFundUnit() {
        FundUnitRef district = newUnit("Huyện Lắk");
        FundUnitRef elsewhere = newUnit("Huyện Ea Súp");
        String manager = newStaff(Role.FUND_MANAGER, district, "Manager");
        OccasionWindow tet = calendar.window(CampaignKind.TET, 2031).orElseThrow();
        CampaignDetails tetCampaign = SystemActor.call(() -> campaigns.create(yearly(CampaignKind.TET, district,
                "Tết yêu thương", tet)));
        CampaignDetails otherCampaign = SystemActor.call(() -> campaigns.create(other(district, "Sách cho em")));
        SystemActor.call(() -> campaigns.create(other(elsewhere, "Ở huyện khác")));
        SystemActor.call(() -> campaigns.schedule(tetCampaign.id()));

        assertThat(as(manager, () -> campaigns.list(CampaignFilter.ALL))).extracting(CampaignSummary::id)
                .containsExactlyInAnyOrder(tetCampaign.id(), otherCampaign.id());
        assertThat(as(manager, () -> campaigns.list(new CampaignFilter(CampaignKind.TET, null, null, null))))
                .extracting(CampaignSummary::id).containsExactly(tetCampaign.id());
        assertThat(as(manager, () -> campaigns.list(new CampaignFilter(null, null, CampaignStatus.DRAFT, null))))
                .extracting(CampaignSummary::id).containsExactly(otherCampaign.id());
        assertThat(as(manager, () -> campaigns.list(new CampaignFilter(null, 2030, null, null))))
                .extracting(CampaignSummary::id).containsExactly(tetCampaign.id());
        assertThat(as(manager, () -> campaigns.list(new CampaignFilter(null, 2031, CampaignStatus.SCHEDULED,
                district.id()))))
                .extracting(CampaignSummary::id).containsExactly(tetCampaign.id());
        assertThatThrownBy(() -> as(manager, () -> campaigns.list(new CampaignFilter(null, null, null, elsewhere.id()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managersMoveACampaignThroughItsLifecycleAndAClosedOneIsReadOnly() {
        FundUnitRef unit = newUnit("Huyện Cư M’gar");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        CampaignDraft draft = other(unit, "Xe đạp đến trường").withDates(today.plusDays(3), today.plusDays(40));
        CampaignDetails created = as(clerk, () -> campaigns.create(draft));
        assertThat(created.actions()).containsExactlyInAnyOrder(CampaignAction.EDIT, CampaignAction.CHANGE_COVER,
                CampaignAction.PREPARE_NEXT_YEAR);

        assertThatThrownBy(() -> as(clerk, () -> campaigns.schedule(created.id())))
                .isInstanceOf(AccessDeniedException.class);
        CampaignDetails scheduled = as(manager, () -> campaigns.schedule(created.id()));
        assertThat(scheduled.status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(scheduled.actions()).contains(CampaignAction.ACTIVATE, CampaignAction.BACK_TO_DRAFT)
                .doesNotContain(CampaignAction.SCHEDULE);
        assertThatThrownBy(() -> as(clerk, () -> campaigns.update(created.id(), draft)))
                .isInstanceOf(AccessDeniedException.class);

        CampaignDetails active = as(manager, () -> campaigns.activate(created.id()));
        assertThat(active.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(active.startDate()).isEqualTo(today);

        CampaignDetails closed = as(manager, () -> campaigns.close(created.id()));
        assertThat(closed.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(today);
        assertThat(closed.actions()).containsExactly(CampaignAction.PREPARE_NEXT_YEAR);
        assertRefused(() -> as(manager, () -> campaigns.update(created.id(), draft)), "campaigns.error.closed");
        assertRefused(() -> as(manager, () -> campaigns.replaceCover(created.id(), png())), "campaigns.error.closed");
        assertRefused(() -> as(manager, () -> campaigns.activate(created.id())),
                "campaigns.error.activate-only-scheduled");
    }

    @Test
    void aCampaignIsScheduledOnlyWhenComplete() {
        FundUnitRef unit = newUnit("Huyện Buôn Đôn");
        CampaignDetails incomplete = SystemActor.call(() -> campaigns.create(new CampaignDraft(CampaignKind.OTHER,
                unit.id(), unique("Chưa xong"), null, null, null, null, null, null, null, null)));

        assertRefused(() -> SystemActor.call(() -> campaigns.schedule(incomplete.id())), "campaigns.error.goal-required");
    }

    @Test
    void badInputIsRefusedWithAMessageAndHtmlIsKeptAsPlainText() {
        FundUnitRef unit = newUnit("Huyện M’Drắk");
        SystemActor.run(() -> {
            assertRefused(() -> campaigns.create(other(unit, "Không").withGoal(Money.ZERO)), "campaigns.error.goal-invalid");
            assertRefused(() -> campaigns.create(other(unit, "Âm").withGoal(Money.vnd(-5))), "campaigns.error.goal-invalid");
            assertRefused(() -> campaigns.create(other(unit, "Quá lớn").withGoal(Money.vnd(10_000_000_000_001L))),
                    "campaigns.error.goal-invalid");
            assertRefused(() -> campaigns.create(other(unit, "x".repeat(151))), "campaigns.error.name-too-long");
            assertRefused(() -> campaigns.create(other(unit, "Ngược").withDates(today.plusDays(5), today)),
                    "campaigns.error.end-before-start");

            CampaignDetails scripted = campaigns.create(other(unit, "<script>alert('xss')</script>"));
            assertThat(campaigns.get(scripted.id()).nameVi()).startsWith("<script>alert('xss')</script>");
            assertThat(scripted.slug()).startsWith("script-alert-xss-script");
        });
    }

    @Test
    void slugsAreGeneratedFromTheNameUniqueAndMayBeChosen() {
        FundUnitRef unit = newUnit("Huyện Ea Kar");
        CampaignDraft draft = other(unit, "Trung thu cho em");
        SystemActor.run(() -> {
            CampaignDetails first = campaigns.create(draft);
            CampaignDetails second = campaigns.create(draft);
            assertThat(second.slug()).isEqualTo(first.slug() + "-2");

            assertRefused(() -> campaigns.create(other(unit, "Khác").withSlug(first.slug())), "campaigns.error.slug-taken");
            assertRefused(() -> campaigns.create(other(unit, "Khác").withSlug("Trung thu!")), "campaigns.error.slug-invalid");
            CampaignDetails chosen = campaigns.update(second.id(), draft.withSlug(first.slug() + "-rieng"));
            assertThat(chosen.slug()).isEqualTo(first.slug() + "-rieng");
        });
    }

    @Test
    void anEmergencyAppealHasAnAccountNoOtherCampaignUses() {
        FundUnitRef unit = newUnit("Huyện Krông Bông");
        ReceivingAccount shared = account();
        ReceivingAccount own = account();
        SystemActor.run(() -> {
            campaigns.create(other(unit, "Quỹ chung").withAccount(shared));
            assertRefused(() -> campaigns.create(emergency(unit, shared)), "campaigns.error.emergency-account-taken");

            CampaignDetails appeal = campaigns.create(emergency(unit, own));
            assertRefused(() -> campaigns.create(other(unit, "Dùng nhầm").withAccount(own)),
                    "campaigns.error.account-used-by-emergency");
            assertRefused(() -> campaigns.create(emergency(unit, own)), "campaigns.error.emergency-account-taken");
            assertThat(campaigns.update(appeal.id(), emergency(unit, own).withSlug(appeal.slug())).account())
                    .isEqualTo(own);
        });
    }

    @Test
    void anEmergencyAppealCollectsForNinetyDaysAtMostAndShowsItsDistributionDeadlineAfterClosing() {
        FundUnitRef unit = newUnit("Huyện Krông Ana");
        LocalDate start = LocalDate.of(2031, 9, 1);
        assertRefused(() -> SystemActor.call(() -> campaigns.create(emergency(unit, account())
                .withDates(start, start.plusDays(90)))), "campaigns.error.emergency-too-long");
        CampaignDetails appeal = SystemActor.call(() -> campaigns.schedule(campaigns.create(emergency(unit, account())
                .withDates(start, start.plusDays(89))).id()));

        schedule.openAndCloseDue(start);
        schedule.openAndCloseDue(start.plusDays(90));

        CampaignDetails closed = SystemActor.call(() -> campaigns.get(appeal.id()));
        assertThat(closed.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(start.plusDays(89));
        assertThat(closed.distributionDeadline()).isEqualTo(start.plusDays(109));
        assertThat(closed.actions()).doesNotContain(CampaignAction.PREPARE_NEXT_YEAR);
        assertRefused(() -> SystemActor.call(() -> campaigns.prepareNextYear(appeal.id())),
                "campaigns.error.emergency-not-copied");
    }

    @Test
    void theDailyJobOpensAndClosesCampaignsOnTheirDatesAndChangesNothingWhenRunAgain() {
        FundUnitRef unit = newUnit("Huyện Ea H’leo");
        LocalDate start = LocalDate.of(2032, 3, 1);
        LocalDate end = LocalDate.of(2032, 3, 20);
        CampaignDetails campaign = SystemActor.call(() -> {
            CampaignDetails created = campaigns.create(other(unit, "Thư viện cho em").withDates(start, end));
            return campaigns.schedule(created.id());
        });

        assertThat(schedule.openAndCloseDue(start.minusDays(1)).opened()).doesNotContain(campaign.id());
        assertThat(status(campaign)).isEqualTo(CampaignStatus.SCHEDULED);

        assertThat(schedule.openAndCloseDue(start).opened()).contains(campaign.id());
        assertThat(status(campaign)).isEqualTo(CampaignStatus.ACTIVE);
        DueCampaigns again = schedule.openAndCloseDue(start);
        assertThat(again.opened()).doesNotContain(campaign.id());
        assertThat(again.closed()).doesNotContain(campaign.id());

        assertThat(schedule.openAndCloseDue(end).closed()).doesNotContain(campaign.id());
        assertThat(schedule.openAndCloseDue(end.plusDays(1)).closed()).contains(campaign.id());
        CampaignDetails closed = SystemActor.call(() -> campaigns.get(campaign.id()));
        assertThat(closed.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(end);
        assertThat(schedule.openAndCloseDue(end.plusDays(2)).closed()).doesNotContain(campaign.id());
    }

    @Test
    void theDatesJobRunsOnTheClusteredSchedulerOnceADayInVietnamTime() throws Exception {
        FundUnitRef unit = newUnit("Huyện Krông Pắc");
        CampaignDetails campaign = SystemActor.call(() -> campaigns.schedule(campaigns.create(
                other(unit, "Đúng hẹn").withDates(today, today.plusDays(5))).id()));
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(
                TriggerKey.triggerKey(CampaignJobs.DATES_JOB, CampaignJobs.GROUP));
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(trigger.getCronExpression()).isEqualTo("0 5 0 * * ?");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(scheduler.getJobDetail(CampaignJobs.DATES_KEY).isConcurrentExecutionDisallowed()).isTrue();
        assertThat(scheduler.getJobDetail(CampaignJobs.PREPARE_KEY).isConcurrentExecutionDisallowed()).isTrue();

        scheduler.triggerJob(CampaignJobs.DATES_KEY);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (status(campaign) != CampaignStatus.ACTIVE && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(status(campaign)).isEqualTo(CampaignStatus.ACTIVE);
    }

    @Test
    void aCampaignScheduledAfterItsDatesIsRecordedAsHavingRunThen() {
        FundUnitRef unit = newUnit("Huyện Cư Kuin");
        OccasionWindow last = calendar.window(CampaignKind.MONTH_OF_ACTION, today.getYear() - 1).orElseThrow();
        CampaignDetails past = SystemActor.call(() -> {
            CampaignDetails created = campaigns.create(yearly(CampaignKind.MONTH_OF_ACTION, unit, "Tháng hành động", last));
            return campaigns.schedule(created.id());
        });

        schedule.openAndCloseDue(today);

        CampaignDetails closed = SystemActor.call(() -> campaigns.get(past.id()));
        assertThat(closed.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(last.end());
    }

    @Test
    void aFundManagerPreparesNextYearsTetFromThisYearsOnlyOnce() {
        FundUnitRef unit = newUnit("Huyện Krông Năng");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");
        OccasionWindow tet2030 = calendar.window(CampaignKind.TET, 2030).orElseThrow();
        ReceivingAccount account = account();
        CampaignDetails source = as(manager, () -> campaigns.create(yearly(CampaignKind.TET, unit,
                "Tết yêu thương 2030", tet2030).withAccount(account)));
        assertThat(source.occasionYear()).isEqualTo(2030);
        SystemActor.run(() -> campaigns.replaceCover(source.id(), png()));

        CampaignDetails next = as(manager, () -> campaigns.prepareNextYear(source.id()));

        OccasionWindow tet2031 = calendar.window(CampaignKind.TET, 2031).orElseThrow();
        assertThat(next.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(next.kind()).isEqualTo(CampaignKind.TET);
        assertThat(next.occasionYear()).isEqualTo(2031);
        assertThat(next.startDate()).isEqualTo(tet2031.start());
        assertThat(next.endDate()).isEqualTo(tet2031.end()).isBefore(LunarCalendar.VIETNAM.tet(2031));
        assertThat(next.nameVi()).startsWith("Tết yêu thương 2031");
        assertThat(next.goal()).isEqualTo(GOAL);
        assertThat(next.account()).isEqualTo(account);
        assertThat(next.fundUnitId()).isEqualTo(unit.id());
        assertThat(next.hasCover()).isTrue();
        assertThat(next.slug()).isNotEqualTo(source.slug());

        assertRefused(() -> as(manager, () -> campaigns.prepareNextYear(source.id())),
                "campaigns.error.already-prepared");
        assertRefused(() -> as(manager, () -> campaigns.create(yearly(CampaignKind.TET, unit, "Tết nữa", tet2031))),
                "campaigns.error.occasion-taken");
    }

    @Test
    void anOtherCampaignIsCopiedOnTheSameDaysAYearLater() {
        FundUnitRef unit = newUnit("Huyện Ea Súp");
        LocalDate start = LocalDate.of(2032, 2, 29);
        CampaignDetails source = SystemActor.call(() -> campaigns.create(other(unit, "Ngày hội sách 2032")
                .withDates(start, start.plusDays(10))));

        CampaignDetails next = SystemActor.call(() -> campaigns.prepareNextYear(source.id()));

        assertThat(next.startDate()).isEqualTo(LocalDate.of(2033, 2, 28));
        assertThat(next.endDate()).isEqualTo(LocalDate.of(2033, 3, 10));
        assertThat(next.nameVi()).startsWith("Ngày hội sách 2033");
        assertThat(next.occasionYear()).isNull();
    }

    @Test
    void theCalendarJobPreparesEachOccasionOnceWhateverRunsItAndTheDatabaseRefusesASecond() {
        FundUnitRef unit = newUnit("Huyện Lắk");
        OccasionWindow midAutumn2034 = calendar.window(CampaignKind.MID_AUTUMN, 2034).orElseThrow();
        OccasionWindow midAutumn2035 = calendar.window(CampaignKind.MID_AUTUMN, 2035).orElseThrow();
        CampaignDetails source = SystemActor.call(() -> campaigns.create(yearly(CampaignKind.MID_AUTUMN, unit,
                "Trung thu cho em 2034", midAutumn2034)));
        LocalDate tooEarly = midAutumn2035.start().minusDays(calendar.prepareDaysAhead() + 1L);
        LocalDate inTime = midAutumn2035.start().minusDays(10);

        schedule.prepareUpcoming(tooEarly);
        assertThat(midAutumnCampaigns(unit)).extracting(CampaignSummary::id).containsExactly(source.id());

        schedule.prepareUpcoming(inTime);
        schedule.prepareUpcoming(inTime);
        schedule.prepareUpcoming(inTime.plusDays(1));

        List<CampaignSummary> prepared = midAutumnCampaigns(unit).stream()
                .filter(c -> c.id() != source.id()).toList();
        assertThat(prepared).hasSize(1);
        assertThat(prepared.getFirst().occasionYear()).isEqualTo(2035);
        assertThat(prepared.getFirst().startDate()).isEqualTo(midAutumn2035.start());
        assertThat(prepared.getFirst().endDate()).isEqualTo(midAutumn2035.end());
        assertThat(prepared.getFirst().nameVi()).startsWith("Trung thu cho em 2035");
        assertThat(SystemActor.call(() -> campaigns.prepareForOccasion(source.id(), 2035))).isEmpty();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO campaign (kind, status, fund_unit_id, fund_unit_path, slug, name_vi, occasion_year,
                                      created_at, updated_at)
                SELECT kind, 'DRAFT', fund_unit_id, fund_unit_path, CONCAT(slug, '-x'), name_vi, occasion_year,
                       created_at, updated_at
                FROM campaign WHERE id = ?""").param(prepared.getFirst().id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void thePublicSeesActiveAndClosedCampaignsOnlyWithoutSigningIn() {
        FundUnitRef unit = newUnit("Huyện Cư M’gar");
        CampaignDetails campaign = SystemActor.call(() -> campaigns.create(other(unit, "Cặp sách cho em")
                .withDates(today, today.plusDays(20))));
        String slug = campaign.slug();

        assertThat(campaigns.findPublic(slug)).isEmpty();
        SystemActor.run(() -> campaigns.schedule(campaign.id()));
        assertThat(campaigns.findPublic(slug)).isEmpty();
        SystemActor.run(() -> campaigns.activate(campaign.id()));

        PublicCampaign shown = campaigns.findPublic(slug).orElseThrow();
        assertThat(shown.goal()).isEqualTo(GOAL);
        assertThat(shown.figures()).isEqualTo(Figures.ZERO);
        assertThat(shown.daysLeft(today)).isEqualTo(21);
        assertThat(shown.fundUnitName()).isEqualTo(unit.name());
        assertThat(campaigns.activeCampaigns()).extracting(PublicCampaign::slug).contains(slug);
        assertThat(campaigns.findPublic("no-such-campaign")).isEmpty();
        assertThat(campaigns.findPublic("<script>")).isEmpty();
        assertThat(campaigns.publicCover(slug)).isEmpty();

        SystemActor.run(() -> campaigns.close(campaign.id()));
        assertThat(campaigns.findPublic(slug)).map(PublicCampaign::isCollecting).contains(false);
        assertThat(campaigns.activeCampaigns()).extracting(PublicCampaign::slug).doesNotContain(slug);
    }

    @Test
    void coversAreCheckedAndStoredInTheDatabase() {
        FundUnitRef unit = newUnit("Huyện Krông Búk");
        CampaignDetails campaign = SystemActor.call(() -> campaigns.create(other(unit, "Ảnh bìa")));
        SystemActor.run(() -> {
            assertRefused(() -> campaigns.replaceCover(campaign.id(), "<svg/>".getBytes()), "picture.error.type");
            assertThat(campaigns.replaceCover(campaign.id(), png()).hasCover()).isTrue();
            assertThat(campaigns.cover(campaign.id()).orElseThrow().contentType()).isEqualTo("image/png");
            assertThat(campaigns.removeCover(campaign.id()).hasCover()).isFalse();
        });
    }

    @Test
    void thePublicGetsTheCoverOfAPublicCampaignWithoutSigningInAndCachesIt() throws Exception {
        FundUnitRef unit = newUnit("Huyện Krông Pắc");
        CampaignDetails campaign = SystemActor.call(() -> campaigns.replaceCover(campaigns.create(
                other(unit, "Ảnh công khai").withDates(today, today.plusDays(9))).id(), png()));
        HttpClient http = HttpClient.newHttpClient();
        URI cover = URI.create("http://localhost:" + port + "/" + CampaignsNavigation.publicCover(campaign.slug()));

        assertThat(http.send(HttpRequest.newBuilder(cover).build(), BodyHandlers.discarding()).statusCode())
                .isEqualTo(404);
        SystemActor.run(() -> campaigns.activate(campaigns.schedule(campaign.id()).id()));

        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(cover).build(), BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=600", "public"));
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body()).isEqualTo(SystemActor.call(() -> campaigns.cover(campaign.id())).orElseThrow().bytes());
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(http.send(HttpRequest.newBuilder(cover).header("If-None-Match", etag).build(),
                BodyHandlers.discarding()).statusCode()).isEqualTo(304);
    }

    @Test
    void everyChangeLeavesAnAuditRecord() {
        FundUnitRef unit = newUnit("Huyện Ea Kar");
        CampaignDetails campaign = SystemActor.call(() -> campaigns.create(other(unit, "Ghi vết")
                .withDates(today.plusDays(1), today.plusDays(9))));
        SystemActor.run(() -> {
            campaigns.update(campaign.id(), other(unit, "Ghi vết mới").withDates(today.plusDays(1), today.plusDays(9)));
            campaigns.schedule(campaign.id());
            campaigns.activate(campaign.id());
            campaigns.close(campaign.id());
        });

        List<String> actions = jdbc.sql("SELECT action FROM audit_event WHERE subject_type = 'campaign' AND subject_id = ?"
                + " ORDER BY id").param(campaign.id()).query(String.class).list();
        assertThat(actions).containsExactly("created", "updated", "scheduled", "activated", "closed");
    }

    private CampaignStatus status(CampaignDetails campaign) {
        return SystemActor.call(() -> campaigns.get(campaign.id())).status();
    }

    private List<CampaignSummary> midAutumnCampaigns(FundUnitRef unit) {
        return SystemActor.call(() -> campaigns.list(new CampaignFilter(CampaignKind.MID_AUTUMN, null, null, unit.id())));
    }

    private static CampaignDraft other(FundUnitRef unit, String name) {
        LocalDate start = LocalDate.of(2031, 1, 10);
        return new CampaignDraft(CampaignKind.OTHER, unit.id(), name + " " + suffix(), "In English", "Mô tả",
                "Description", GOAL, start, start.plusDays(30), account(), null);
    }

    private static CampaignDraft yearly(CampaignKind kind, FundUnitRef unit, String name, OccasionWindow window) {
        return new CampaignDraft(kind, unit.id(), name + " " + suffix(), null, "Mô tả", null, GOAL, window.start(),
                window.end(), account(), null);
    }

    private CampaignDraft emergency(FundUnitRef unit, ReceivingAccount account) {
        return new CampaignDraft(CampaignKind.EMERGENCY_APPEAL, unit.id(), "Cứu trợ lũ " + suffix(), null, null, null,
                GOAL, today.plusDays(1), today.plusDays(60), account, null);
    }

    private static ReceivingAccount account() {
        return new ReceivingAccount("970418", String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L,
                9_999_999_999L)), "QUY BAO TRO TRE EM");
    }

    private static String suffix() {
        return unique("").strip().replaceAll("\\d", "x");
    }

    /** A valid PNG header, which is all the cover check reads. */
    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(32, 18, BufferedImage.TYPE_INT_ARGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo(messageKey));
    }
}
