package org.chungtay.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.chungtay.payments.PaymentReversed;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

class EventPublicationJobsIT extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    FailedEventPublications failed;

    @Autowired
    CompletedEventPublications completed;

    @Test
    void aFailedReactionIsHandedOverAgainButOneStillWaitingForItsListenerIsNot() throws InterruptedException {
        // a reversal of no pledge: the pledges' listener has nothing to do and completes (so does the thank-yous')
        PaymentReversed reversal = new PaymentReversed(-System.nanoTime(), null, null, 1);
        transactions.executeWithoutResult(status -> events.publishEvent(reversal));
        String id = jdbc.sql("SELECT ID FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE :event"
                        + " AND LISTENER_ID LIKE 'org.chungtay.pledges.%'")
                .param("event", "%" + reversal.paymentId() + "%").query(String.class).single();
        awaitCompletion(id);

        // the same reaction as if it had failed, and a copy of it as if its listener were still busy with it
        jdbc.sql("UPDATE EVENT_PUBLICATION SET STATUS = 'FAILED', COMPLETION_DATE = NULL WHERE ID = :id")
                .param("id", id).update();
        String waiting = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE,"
                        + " STATUS, COMPLETION_ATTEMPTS) SELECT :waiting, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT,"
                        + " :now, 'PROCESSING', 1 FROM EVENT_PUBLICATION WHERE ID = :id")
                .param("waiting", waiting).param("now", Timestamp.from(Instant.now())).param("id", id).update();

        new EventPublicationJobs.ResubmitIncomplete(registry, failed, completed).executeInternal(null);

        awaitCompletion(id);
        assertThat(completedAt(waiting)).isNull();
        assertThat(jdbc.sql("SELECT COMPLETION_ATTEMPTS FROM EVENT_PUBLICATION WHERE ID = :id").param("id", waiting)
                .query(Integer.class).single()).isEqualTo(1);
        jdbc.sql("DELETE FROM EVENT_PUBLICATION WHERE ID = :id").param("id", waiting).update();
    }

    private void awaitCompletion(String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (completedAt(id) == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(completedAt(id)).as("publication %s completed", id).isNotNull();
    }

    private Timestamp completedAt(String id) {
        return jdbc.sql("SELECT COMPLETION_DATE FROM EVENT_PUBLICATION WHERE ID = :id").param("id", id)
                .query(Timestamp.class).optional().orElse(null);
    }
}
