package org.chungtay.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.chungtay.shared.Role;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.i18n.I18NProvider;

class ScheduledJobsIT extends IntegrationTest {

    @Autowired
    ScheduledJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    I18NProvider words;

    @Test
    void everyJobIsListedWithItsNextRunAndANameInBothLanguages() {
        String admin = newStaff(Role.ADMIN, root(), "Quản trị viên");
        var listed = as(admin, jobs::jobs);

        assertThat(listed).extracting(job -> job.group() + "." + job.name()).contains(
                "communications.outbox-dispatch", "operations.event-publications", "campaigns.campaign-dates",
                "campaigns.campaign-calendar");
        for (ScheduledJob job : listed) {
            assertThat(job.paused()).as(job.labelKey()).isFalse();
            assertThat(job.nextRun()).as(job.labelKey()).isAfter(Instant.now().minusSeconds(60));
            for (Locale language : new Locale[] {Locale.of("vi"), Locale.ENGLISH}) {
                assertThat(words.getTranslation(job.labelKey(), language)).as("%s in %s", job.labelKey(), language)
                        .doesNotContain("jobs.").isNotBlank();
            }
        }
    }

    @Test
    void anAdministratorPausesResumesAndRunsAJobNowAndEachIsAudited() throws InterruptedException {
        String admin = newStaff(Role.ADMIN, root(), "Quản trị viên");
        ScheduledJob publications = find(admin, "operations.event-publications");

        as(admin, () -> jobs.pause(publications.id()));
        ScheduledJob paused = find(admin, "operations.event-publications");
        assertThat(paused.paused()).isTrue();
        assertThat(paused.nextRun()).isNull();

        as(admin, () -> jobs.resume(publications.id()));
        assertThat(find(admin, "operations.event-publications").paused()).isFalse();

        Instant asked = Instant.now();
        as(admin, () -> jobs.runNow(publications.id()));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        ScheduledJob ran = find(admin, "operations.event-publications");
        while ((ran.lastFinished() == null || ran.lastStarted().isBefore(asked.minusSeconds(1)))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            ran = find(admin, "operations.event-publications");
        }
        assertThat(ran.lastStarted()).isAfterOrEqualTo(asked.minusSeconds(1));
        assertThat(ran.lastSucceeded()).isTrue();

        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE subject_type = 'scheduled-job' AND subject_id = :id"
                        + " AND actor = :admin ORDER BY id")
                .param("id", publications.id()).param("admin", admin).query(String.class).list())
                .containsExactly("paused", "resumed", "run-now");
    }

    @Test
    void onlyAdministratorsMayTouchTheJobs() {
        String admin = newStaff(Role.ADMIN, root(), "Quản trị viên");
        String manager = newStaff(Role.FUND_MANAGER, root(), "Giám đốc quỹ");
        long outbox = find(admin, "communications.outbox-dispatch").id();

        assertThatThrownBy(() -> as(manager, jobs::jobs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> jobs.pause(outbox))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> jobs.runNow(outbox))).isInstanceOf(AccessDeniedException.class);
    }

    private ScheduledJob find(String admin, String key) {
        return as(admin, jobs::jobs).stream().filter(job -> (job.group() + "." + job.name()).equals(key)).findFirst()
                .orElseThrow();
    }
}
