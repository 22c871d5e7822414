package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.chungtay.pledges.PledgeSubmitted;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class PledgeConfirmationsIT extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theConfirmationIsQueuedInThePledgesTransactionAndOnlyOnceForOneReference() {
        PledgeSubmitted submitted = submitted();

        transactions.executeWithoutResult(status -> events.publishEvent(submitted));
        transactions.executeWithoutResult(status -> events.publishEvent(submitted));

        assertThat(queued(submitted)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT subject FROM email_message WHERE dedup_key = ?")
                .param("pledge-confirmation:" + submitted.reference()).query(String.class).single())
                .isEqualTo("Cam kết " + submitted.reference() + " – Chung tay vì trẻ em");
        assertThat(jdbc.sql("SELECT kind FROM email_message WHERE dedup_key = ?")
                .param("pledge-confirmation:" + submitted.reference()).query(String.class).single())
                .isEqualTo(MessageKind.PLEDGE_CONFIRMATION.name());
        assertThat(jdbc.sql("SELECT body_html FROM email_message WHERE dedup_key = ?")
                .param("pledge-confirmation:" + submitted.reference()).query(String.class).single())
                .startsWith("<!DOCTYPE html>").contains("“Trần Thị Mai”").doesNotContain("{{");
    }

    @Test
    void aPledgeThatIsRolledBackLeavesNoEmailBehind() {
        PledgeSubmitted submitted = submitted();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(submitted);
            throw new IllegalStateException("the pledge could not be stored");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(queued(submitted)).isZero();
    }

    private long queued(PledgeSubmitted submitted) {
        return jdbc.sql("SELECT count(*) FROM email_message WHERE dedup_key = ?")
                .param("pledge-confirmation:" + submitted.reference()).query(Long.class).single();
    }

    private PledgeSubmitted submitted() {
        String reference = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return new PledgeSubmitted(1L, reference, "donor-" + UUID.randomUUID() + "@example.vn", Locale.of("vi"),
                Map.ofEntries(Map.entry("contactName", "“Trần Thị Mai”"), Map.entry("donorName", "“Công ty Cà phê”"),
                        Map.entry("campaignName", "Chung tay vì trẻ em"), Map.entry("fundUnitName", "Quỹ huyện Ea Kar"),
                        Map.entry("reference", reference), Map.entry("commitment", "“Đóng góp 500.000 ₫”"),
                        Map.entry("total", "500.000 ₫"), Map.entry("pageUrl", "http://localhost/pledges/x"),
                        Map.entry("transfer", false)), root().id(), Map.of());
    }
}
