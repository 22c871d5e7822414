package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorTestData;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.support.IntegrationTest;
import org.chungtay.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

class DeliveryLogServiceIT extends IntegrationTest {

    @Autowired
    DeliveryLogService log;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    DonorService donors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailSuppressions suppressions;

    private final String prefix = "log-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void eachFilterFindsOnlyItsMessages() {
        String admin = newStaff(Role.ADMIN, root(), "Quản trị");
        long donor = 9_000_000L + (long) (Math.random() * 1_000_000);
        long campaign = 8_000_000L + (long) (Math.random() * 1_000_000);
        long thanks = new Row("thanks").kind(MessageKind.PAYMENT_THANK_YOU).status("SENT").donor(donor).insert();
        long receipt = new Row("receipt").kind(MessageKind.RECEIPT_ISSUED).status("FAILED").campaign(campaign).insert();
        long queued = new Row("queued").kind(MessageKind.PAYMENT_THANK_YOU).status("QUEUED").insert();
        // 01:00 on 10 March in Vietnam is still 9 March in UTC: the log's days are Vietnam's.
        long early = new Row("early").kind(MessageKind.PLEDGE_CONFIRMATION).status("CANCELLED")
                .at(LocalDate.of(2020, 3, 10).atTime(1, 0).atZone(VietnamTime.ZONE).toInstant()).insert();

        as(admin, () -> {
            assertThat(ids(query(null, null, null, null, null, null))).containsExactly(queued, receipt, thanks, early);
            assertThat(ids(new DeliveryLogQuery(donor, null, null, null, null, null, null))).containsExactly(thanks);
            assertThat(ids(query(null, campaign, null, null, null, null))).containsExactly(receipt);
            assertThat(ids(query(null, null, MessageKind.PAYMENT_THANK_YOU, null, null, null)))
                    .containsExactly(queued, thanks);
            assertThat(ids(query(null, null, null, MailStatus.FAILED, null, null))).containsExactly(receipt);
            assertThat(ids(query(null, null, MessageKind.PAYMENT_THANK_YOU, MailStatus.SENT, null, null)))
                    .containsExactly(thanks);
            assertThat(ids(query(null, null, null, null, LocalDate.of(2020, 3, 10), LocalDate.of(2020, 3, 10))))
                    .containsExactly(early);
            assertThat(ids(query(null, null, null, null, LocalDate.of(2020, 3, 9), LocalDate.of(2020, 3, 9)))).isEmpty();
            assertThat(ids(query(null, null, null, null, LocalDate.of(2020, 3, 11), null)))
                    .containsExactly(queued, receipt, thanks);
            assertThat(ids(new DeliveryLogQuery(null, prefix + "rec", null, null, null, null, null)))
                    .containsExactly(receipt);
            assertThat(log.count(query(null, null, MessageKind.PAYMENT_THANK_YOU, null, null, null))).isEqualTo(2);
        });
    }

    @Test
    void pagesAreCutInTheDatabaseNewestFirst() {
        String admin = newStaff(Role.ADMIN, root(), "Quản trị");
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(0, new Row("page" + i).at(now.minusSeconds(60 - i)).insert());
        }
        DeliveryLogQuery mine = query(null, null, null, null, null, null);

        as(admin, () -> {
            assertThat(log.count(mine)).isEqualTo(5);
            assertThat(log.search(mine, 0, 2)).extracting(LoggedMail::id).containsExactlyElementsOf(ids.subList(0, 2));
            assertThat(log.search(mine, 2, 2)).extracting(LoggedMail::id).containsExactlyElementsOf(ids.subList(2, 4));
            assertThat(log.search(mine, 4, 2)).extracting(LoggedMail::id).containsExactly(ids.get(4));
        });
    }

    @Test
    void aCommuneSeesOnlyItsOwnMailAndTheRootsMailStaysWithTheRoot() {
        ensureThreeLevels();
        FundUnitRef district = newUnit("Huyện Ea Kar");
        FundUnitRef commune = newUnitUnder(district, "Xã Ea Tu");
        long ofNoUnit = new Row("none").insert();
        long ofProvince = new Row("province").unit(root().id()).insert();
        long ofDistrict = new Row("district").unit(district.id()).insert();
        long ofCommune = new Row("commune").unit(commune.id()).insert();
        DeliveryLogQuery mine = query(null, null, null, null, null, null);

        assertThat(as(newStaff(Role.FUND_MANAGER, commune, "Xã"), () -> ids(mine))).containsExactly(ofCommune);
        assertThat(as(newStaff(Role.ADMIN, district, "Huyện"), () -> ids(mine))).containsExactly(ofCommune, ofDistrict);
        assertThat(as(newStaff(Role.FUND_MANAGER, root(), "Tỉnh"), () -> ids(mine)))
                .containsExactly(ofCommune, ofDistrict, ofProvince, ofNoUnit);

        String communeManager = newStaff(Role.FUND_MANAGER, commune, "Xã");
        as(communeManager, () -> {
            assertThat(log.message(ofCommune).recipient()).isEqualTo(prefix + "commune@example.vn");
            assertThatThrownBy(() -> log.message(ofProvince)).isInstanceOf(UserFacingException.class)
                    .hasMessage("mail.log.error.not-found");
            assertThatThrownBy(() -> log.resend(ofNoUnit)).isInstanceOf(UserFacingException.class)
                    .hasMessage("mail.log.error.not-found");
        });
    }

    @Test
    void onlyAdministratorsAndFundManagersReadTheLog() {
        String accountant = newStaff(Role.ACCOUNTANT, root(), "Kế toán");
        String staffMember = newStaff(Role.FUND_STAFF, root(), "Cán bộ");

        assertThatThrownBy(() -> as(accountant, () -> log.count(DeliveryLogQuery.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staffMember, () -> log.search(DeliveryLogQuery.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aResentMessageIsANewMessageWithItsFilesAuditedAndDeliveredOnce() throws Exception {
        FundUnitRef unit = newUnit("Xã Cư Kty");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Nguyễn Thị Lan");
        long original = new Row("copy").kind(MessageKind.RECEIPT_ISSUED).status("SENT").unit(unit.id())
                .donor(424242L).campaign(434343L).insert();
        jdbc.sql("INSERT INTO email_attachment (message_id, file_name, content_type, content) VALUES (?, ?, ?, ?)")
                .params(original, "bien-nhan.pdf", "application/pdf", "%PDF-1.4 biên nhận".getBytes()).update();

        long copy = as(manager, () -> log.resend(original));

        assertThat(copy).isNotEqualTo(original);
        var row = jdbc.sql("""
                SELECT dedup_key, message_id, status, subject, body_text, body_html, donor_id, campaign_id, fund_unit_id
                FROM email_message WHERE id = ?""").param(copy).query().singleRow();
        assertThat((String) row.get("dedup_key")).startsWith("resend:" + original + ":");
        assertThat(row.get("message_id")).isNotEqualTo(messageIdOf(original));
        assertThat(row).containsEntry("subject", "Biên nhận " + prefix + "copy")
                .containsEntry("body_text", "Văn bản " + prefix + "copy")
                .containsEntry("body_html", "<p>Thư <b>" + prefix + "copy</b></p>")
                .containsEntry("donor_id", 424242L).containsEntry("campaign_id", 434343L)
                .containsEntry("fund_unit_id", unit.id());
        assertThat(row.get("status")).isIn("QUEUED", "SENT");
        assertThat(jdbc.sql("SELECT actor, action, after_state FROM audit_event WHERE subject_type = 'email_message'"
                + " AND subject_id = ?").param(original).query().singleRow())
                .containsEntry("actor", manager).containsEntry("action", "resend")
                .hasEntrySatisfying("after_state", after -> assertThat((String) after).contains("copy=" + copy));

        dispatcher.drain();
        String recipient = prefix + "copy@example.vn";
        MimeMessage received = TestMail.awaitMessageTo(recipient);
        assertThat(TestMail.messageIdOf(received)).isEqualTo(messageIdOf(copy));
        assertThat(TestMail.html(received)).isEqualTo("<p>Thư <b>" + prefix + "copy</b></p>");
        assertThat(((Multipart) received.getContent()).getCount()).as("the body and the file").isEqualTo(2);
        dispatcher.drain();
        Thread.sleep(500);
        assertThat(java.util.Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(message -> recipient.equals(TestMail.recipientOf(message)))).hasSize(1);
        assertThat(jdbc.sql("SELECT status FROM email_message WHERE id = ?").param(original).query(String.class).single())
                .isEqualTo("SENT");
    }

    @Test
    void anUpdateIsNotResentToADonorWhoWithdrewConsent() {
        FundUnitRef unit = newUnit("Xã Ea Tu");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Nguyễn Thị Lan");
        long donor = as(manager, () -> donors.create(unit.id(),
                DonorTestData.individual("Trần Văn Nam", DonorTestData.newEmail("nam")), Set.of())).id();
        long digest = new Row("digest").kind(MessageKind.PROGRESS_DIGEST).category("PROGRESS_UPDATES").status("SENT")
                .unit(unit.id()).donor(donor).insert();

        assertThatThrownBy(() -> as(manager, () -> log.resend(digest))).isInstanceOf(UserFacingException.class)
                .hasMessage("mail.log.resend.error.no-consent");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_message WHERE dedup_key LIKE ?").param("resend:" + digest + ":%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAppealIsNotResentToASuppressedAddressEvenIfTheDonorStillAgrees() {
        String manager = newStaff(Role.FUND_MANAGER, root(), "Lê Thị Hoa");
        long donor = as(manager, () -> donors.create(root().id(),
                DonorTestData.individual("Phạm Văn Hùng", DonorTestData.newEmail("hung")),
                Set.of(org.chungtay.donors.ConsentCategory.APPEALS))).id();
        long appeal = new Row("bounced").kind(MessageKind.CAMPAIGN_ANNOUNCEMENT).category("APPEALS").status("SENT")
                .donor(donor).insert();
        as(manager, () -> suppressions.suppress(org.chungtay.shared.EmailAddress.parse(prefix + "bounced@example.vn"),
                MailSuppressions.Reason.HARD_BOUNCE, null));

        assertThatThrownBy(() -> as(manager, () -> log.resend(appeal))).isInstanceOf(UserFacingException.class)
                .hasMessage("mail.log.resend.error.suppressed");
    }

    @Test
    void aSignInLinkIsNeitherShownNorResentAQueuedMessageIsNotResentAndAMessageWithoutKindOpens() {
        String admin = newStaff(Role.ADMIN, root(), "Quản trị");
        long signIn = new Row("sign-in").kind(MessageKind.DONOR_SIGN_IN_LINK).status("SENT").insert();
        long queued = new Row("queued").kind(MessageKind.PAYMENT_THANK_YOU).status("QUEUED").insert();

        long beforeKinds = new Row("old").kind(null).status("SENT").insert();

        as(admin, () -> {
            assertThat(log.message(beforeKinds).kind()).as("queued before kinds existed").isNull();
            assertThat(log.message(beforeKinds).resendable()).isTrue();
            SentMail shown = log.message(signIn);
            assertThat(shown.bodyWithheld()).isTrue();
            assertThat(shown.bodyHtml()).isNull();
            assertThat(shown.bodyText()).isNull();
            assertThat(shown.resendable()).isFalse();
            assertThatThrownBy(() -> log.resend(signIn)).hasMessage("mail.log.resend.error.credential");
            assertThat(log.message(queued).resendable()).isFalse();
            assertThatThrownBy(() -> log.resend(queued)).hasMessage("mail.log.resend.error.state");
        });
    }

    private DeliveryLogQuery query(Long donor, Long campaign, MessageKind kind, MailStatus status, LocalDate from,
            LocalDate to) {
        return new DeliveryLogQuery(donor, prefix, campaign, kind, status, from, to);
    }

    private List<Long> ids(DeliveryLogQuery query) {
        return log.search(query, 0, 50).stream().map(LoggedMail::id).toList();
    }

    private String messageIdOf(long id) {
        return jdbc.sql("SELECT message_id FROM email_message WHERE id = ?").param(id).query(String.class).single();
    }

    /** A message as the outbox leaves it, written straight to the table; its address starts with the test's prefix. */
    private final class Row {

        private final String name;
        private MessageKind kind = MessageKind.PAYMENT_THANK_YOU;
        private String category = "TRANSACTIONAL";
        private String status = "SENT";
        private Instant createdAt = now;
        private Long unit;
        private Long donor;
        private Long campaign;

        Row(String name) {
            this.name = name;
        }

        Row kind(MessageKind value) {
            kind = value;
            return this;
        }

        Row category(String value) {
            category = value;
            return this;
        }

        Row status(String value) {
            status = value;
            return this;
        }

        Row at(Instant value) {
            createdAt = value;
            return this;
        }

        Row unit(long value) {
            unit = value;
            return this;
        }

        Row donor(long value) {
            donor = value;
            return this;
        }

        Row campaign(long value) {
            campaign = value;
            return this;
        }

        long insert() {
            LocalDateTime created = LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
            String key = "log-test:" + UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO email_message (dedup_key, category, kind, recipient, language, subject, body_text, body_html,
                      status, attempts, next_attempt_at, created_at, sent_at, message_id, donor_id, campaign_id,
                      fund_unit_id)
                    VALUES (?, ?, ?, ?, 'vi', ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(key, category, kind == null ? null : kind.name(), prefix + name + "@example.vn", "Biên nhận " + prefix + name,
                            "Văn bản " + prefix + name, "<p>Thư <b>" + prefix + name + "</b></p>", status,
                            "QUEUED".equals(status) ? LocalDateTime.of(2999, 1, 1, 0, 0) : created, created,
                            "SENT".equals(status) ? created : null, "<" + UUID.randomUUID() + "@chungtay.local>",
                            donor, campaign, unit)
                    .update();
            return jdbc.sql("SELECT id FROM email_message WHERE dedup_key = ?").param(key).query(Long.class).single();
        }
    }
}
