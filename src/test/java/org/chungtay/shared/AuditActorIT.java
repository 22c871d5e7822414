package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.chungtay.shared.AuditTrail.AuditRecord;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class AuditActorIT extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aVisitorsWorkIsRecordedAsThePublicWithTheirAddressNeverAsTheSystem() {
        long subject = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);

        PublicActor.run(ClientAddress.of("203.0.113.7"), () -> record(subject, "by-visitor"));
        PublicActor.run(ClientAddress.of("2001:db8:85a3:8d3:1319:8a2e:370:7348"), () -> record(subject, "by-ipv6"));
        record(subject, "by-nobody");
        SystemActor.run(() -> record(subject, "by-job"));

        assertThat(audit.historyOf("audit-actor-test", subject)).extracting(AuditRecord::actor)
                .containsExactly("public 203.0.113.7", "public 2001:db8:85a3:8d3:0:0:0:0/64", "public", "system");
    }

    @Test
    void someoneSignedInStaysTheActorOfThePublicForm() {
        long subject = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        String clerk = newStaff(Role.FUND_STAFF, newUnit("Huyện Audit"), "Clerk");

        as(clerk, () -> PublicActor.run(ClientAddress.of("203.0.113.8"), () -> record(subject, "by-staff")));

        assertThat(audit.historyOf("audit-actor-test", subject)).extracting(AuditRecord::actor).containsExactly(clerk);
    }

    private void record(long subject, String action) {
        transactions.executeWithoutResult(status -> audit.record("audit-actor-test", subject, action, null, null));
    }
}
