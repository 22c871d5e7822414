package org.chungtay.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.chungtay.donors.ConsentCategory;
import org.chungtay.shared.SystemActor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The mailing lists' queries are understood by H2 in MySQL mode, the database of zero-setup mode. */
class MailingListsOnH2Test {

    @Test
    void everyQueryRunsOnH2() {
        SimpleDriverDataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;"
                + "DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        MailingLists lists = new MailingLists(JdbcClient.create(h2));

        SystemActor.run(() -> {
            assertThat(lists.countOptedIn(ConsentCategory.APPEALS, "/")).isZero();
            assertThat(lists.optedIn(ConsentCategory.PROGRESS_UPDATES, "/", 0, 10)).isEmpty();
            assertThat(lists.campaignsGivenTo(List.of(1L, 2L))).isEmpty();
            assertThat(lists.donorsWhoGave(List.of(1L))).isEmpty();
            assertThat(lists.receivedBetween(List.of(1L), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                    .isEmpty();
        });
    }
}
