package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.ConsentRecord;
import org.chungtay.donors.ConsentSource;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The unsubscribe link as mail apps and people use it: RFC 8058's one-click POST with nothing but the address
 * and its body, a GET that changes nothing, a forged link; and the suppression list, which stops appeals but
 * not thank-yous.
 */
class UnsubscribeIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    DonorService donors;

    @Autowired
    UnsubscribeLinks links;

    @Autowired
    MailSuppressions suppressions;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aMailAppsOneClickPostWithdrawsTheConsentAtOnceWithoutCookieOrCsrfTokenAndIsAudited() throws Exception {
        long donor = donorReceiving(EnumSet.of(ConsentCategory.APPEALS, ConsentCategory.PROGRESS_UPDATES), "en");
        String token = links.unsubscribeToken(donor, MessageCategory.APPEALS);

        long started = System.nanoTime();
        HttpResponse<String> response = post("unsubscribe/" + token, "List-Unsubscribe=One-Click");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session, no cookie").isEmpty();
        assertThat(response.body()).contains("you will no longer receive fundraising appeals", "unsubscribe-undo");
        ConsentRecord appeals = current(donor, ConsentCategory.APPEALS);
        assertThat(appeals.granted()).isFalse();
        assertThat(appeals.source()).isEqualTo(ConsentSource.UNSUBSCRIBE_LINK);
        assertThat(appeals.actor()).isEqualTo("donor " + donor + ", email link");
        assertThat(current(donor, ConsentCategory.PROGRESS_UPDATES).granted()).as("only the link's category").isTrue();
        assertThat(jdbc.sql("""
                SELECT actor FROM audit_event WHERE subject_type = 'donor' AND subject_id = :id
                AND action = 'consent-withdrawn'""").param("id", donor).query(String.class).list())
                .containsExactly("donor " + donor + ", email link");

        HttpResponse<String> again = post("unsubscribe/" + token, "List-Unsubscribe=One-Click");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(history(donor, ConsentCategory.APPEALS)).as("a repeated request records nothing more").hasSize(2);

        HttpResponse<String> undone = post("unsubscribe/" + token + "?lang=en", "undo=1");
        assertThat(undone.statusCode()).isEqualTo(200);
        assertThat(undone.body()).contains("You will receive fundraising appeals by email again", "unsubscribe-button");
        ConsentRecord back = current(donor, ConsentCategory.APPEALS);
        assertThat(back.granted()).isTrue();
        assertThat(back.source()).isEqualTo(ConsentSource.PREFERENCES_LINK);
    }

    @Test
    void openingTheLinkChangesNothingAndShowsOneButtonInTheDonorsLanguage() throws Exception {
        long donor = donorReceiving(EnumSet.of(ConsentCategory.APPEALS), "vi");
        String token = links.unsubscribeToken(donor, MessageCategory.APPEALS);

        HttpResponse<String> page = get("unsubscribe/" + token);
        HttpResponse<Void> checked = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/unsubscribe/" + token)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(checked.statusCode()).as("a link checker's HEAD").isEqualTo(200);
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.body()).contains("lang=\"vi\"", "Hủy nhận thư", "id=\"unsubscribe-button\"",
                "/mail-preferences/");
        assertThat(current(donor, ConsentCategory.APPEALS).granted()).isTrue();
        assertThat(history(donor, ConsentCategory.APPEALS)).hasSize(1);
        assertThat(get("unsubscribe/" + token + "?lang=en").body()).contains("lang=\"en\"", "Unsubscribe");
    }

    @Test
    void aForgedOrMangledLinkIsNotValidAndShowsNoTrace() throws Exception {
        long donor = donorReceiving(EnumSet.of(ConsentCategory.APPEALS), "en");
        String token = links.unsubscribeToken(donor, MessageCategory.APPEALS);
        String forged = (donor + 1) + token.substring(token.indexOf('-'));

        for (HttpResponse<String> response : List.of(post("unsubscribe/" + forged, "List-Unsubscribe=One-Click"),
                get("unsubscribe/" + forged), get("unsubscribe/nonsense"), post("unsubscribe/a.b", "undo=1"))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("không hợp lệ").doesNotContain("Exception", "at org.");
        }
        assertThat(current(donor, ConsentCategory.APPEALS).granted()).isTrue();
    }

    @Test
    void theLinkOfARecordMergedSinceActsOnTheRecordItWasMergedInto() throws Exception {
        long survivor = donorReceiving(EnumSet.of(ConsentCategory.APPEALS), "vi");
        long merged = donorReceiving(EnumSet.of(ConsentCategory.APPEALS), "vi");
        SystemActor.run(() -> donors.merge(survivor, merged, false));

        HttpResponse<String> response = post("unsubscribe/" + links.unsubscribeToken(merged, MessageCategory.APPEALS),
                "List-Unsubscribe=One-Click");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(current(survivor, ConsentCategory.APPEALS).granted()).isFalse();
        assertThat(current(survivor, ConsentCategory.APPEALS).actor()).isEqualTo("donor " + survivor + ", email link");
    }

    @Test
    void aSuppressedAddressGetsNoAppealButStillItsThankYou() {
        String address = "bounced-" + UUID.randomUUID() + "@example.vn";
        String admin = newStaff(Role.ADMIN, root(), "Quản trị viên");
        as(admin, () -> suppressions.suppress(EmailAddress.parse(address), MailSuppressions.Reason.HARD_BOUNCE,
                "550 user unknown"));

        Map<String, Object> appealValues = new HashMap<>(MessageKind.CAMPAIGN_ANNOUNCEMENT.sampleValues(Locale.ENGLISH));
        appealValues.remove(MessageKind.UNSUBSCRIBE_URL);
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(new OutgoingEmail(MessageKind.CAMPAIGN_ANNOUNCEMENT, address, Locale.ENGLISH, appealValues,
                    "test-appeal:" + address).about(77L, null));
            outbox.enqueue(new OutgoingEmail(MessageKind.PAYMENT_THANK_YOU, address, Locale.ENGLISH,
                    MessageKind.PAYMENT_THANK_YOU.sampleValues(Locale.ENGLISH), "test-thanks:" + address));
        });

        assertThat(jdbc.sql("SELECT kind FROM email_message WHERE recipient = :address").param("address", address)
                .query(String.class).list()).containsExactly(MessageKind.PAYMENT_THANK_YOU.name());
        List<MailSuppressions.Suppression> listed = as(admin, () -> suppressions.page(address.substring(0, 20), 0, 10));
        assertThat(listed).singleElement().satisfies(found -> {
            assertThat(found.source()).isEqualTo(MailSuppressions.Source.STAFF);
            assertThat(found.suppressedBy()).isEqualTo(admin);
        });

        as(admin, () -> suppressions.lift(listed.getFirst().id()));
        transactions.executeWithoutResult(status -> outbox.enqueue(new OutgoingEmail(MessageKind.CAMPAIGN_ANNOUNCEMENT,
                address, Locale.ENGLISH, appealValues, "test-appeal-2:" + address).about(77L, null)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_message WHERE recipient = :address").param("address", address)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT action FROM audit_event WHERE subject_type = 'mail_suppression' AND subject_id = :id ORDER BY id""")
                .param("id", listed.getFirst().id()).query(String.class).list()).containsExactly("suppressed", "lifted");
    }

    private long donorReceiving(Set<ConsentCategory> optIns, String language) {
        String email = "donor-" + UUID.randomUUID() + "@example.vn";
        return SystemActor.call(() -> donors.create(root().id(),
                new IndividualDetails("Trần Thị Mai", email, null, null, language, false), optIns).id());
    }

    private ConsentRecord current(long donor, ConsentCategory category) {
        return SystemActor.call(() -> donors.profile(donor)).consents().get(category);
    }

    private List<ConsentRecord> history(long donor, ConsentCategory category) {
        return SystemActor.call(() -> donors.profile(donor)).consentHistory().stream()
                .filter(record -> record.category() == category).toList();
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
