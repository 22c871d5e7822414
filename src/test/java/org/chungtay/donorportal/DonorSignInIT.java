package org.chungtay.donorportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chungtay.donors.ContactDetails;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorTestData;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.chungtay.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.util.HtmlUtils;

/**
 * Signing in to the donor portal as donors would: a link asked for on the plain page, read from the SMTP server,
 * opened (which uses nothing up) and used once; the same answer for an unknown address; limits that a typo does not
 * spend; sessions that end when too old, idle, or when the address no longer belongs to the donor.
 */
class DonorSignInIT extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("/donor/sign-in/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    DonorSignIn signIn;

    @Autowired
    DonorSessions sessions;

    @Autowired
    DonorService donors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKnownAddressGetsALinkThatSignsInOnceAndIsStoredOnlyAsItsHash() {
        String email = DonorTestData.newEmail("mai");
        long donor = individual(email);

        signIn.requestLink(email.toUpperCase(), randomClient());
        String mail = TestMail.text(TestMail.awaitMessageTo(email));
        String token = token(mail);

        assertThat(mail).contains("10");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM donor_sign_in_link WHERE token_hash = ? AND donor_id = ?")
                .params(DonorSignIn.hash(token), donor).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM donor_sign_in_link WHERE token_hash = ? OR email = ?")
                .params(token, token).query(Long.class).single()).as("the token itself is never stored").isZero();
        assertThat(signIn.isUsable(token)).isTrue();
        assertThat(signIn.isUsable(token)).as("looking does not use it").isTrue();

        DonorPrincipal signedIn = signIn.redeem(token).orElseThrow();
        assertThat(signedIn.donorId()).isEqualTo(donor);
        assertThat(signedIn.email()).isEqualTo(email);
        assertThat(signIn.redeem(token)).as("a second use").isEmpty();
        assertThat(signIn.isUsable(token)).isFalse();
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE subject_type = 'donor' AND subject_id = ? AND action = 'signed-in'")
                .param(donor).query(String.class).single()).isEqualTo("donor " + donor + ", portal");
    }

    @Test
    void aLinkOlderThanTenMinutesSignsInNobody() {
        String email = DonorTestData.newEmail("lan");
        individual(email);
        signIn.requestLink(email, randomClient());
        String token = token(TestMail.text(TestMail.awaitMessageTo(email)));

        jdbc.sql("UPDATE donor_sign_in_link SET expires_at = ? WHERE token_hash = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(1)), DonorSignIn.hash(token)).update();

        assertThat(signIn.isUsable(token)).isFalse();
        assertThat(signIn.redeem(token)).isEmpty();
        assertThat(signIn.redeem("not-a-token")).isEmpty();
    }

    @Test
    void eachContactOfAnOrganisationSignsInForIt() {
        String first = DonorTestData.newEmail("ke.toan");
        String second = DonorTestData.newEmail("giam.doc");
        long company = organisation(first, second);

        signIn.requestLink(first, randomClient());
        signIn.requestLink(second, randomClient());

        assertThat(signIn.redeem(token(TestMail.text(TestMail.awaitMessageTo(first))))).get()
                .extracting(DonorPrincipal::donorId).isEqualTo(company);
        assertThat(signIn.redeem(token(TestMail.text(TestMail.awaitMessageTo(second))))).get()
                .extracting(DonorPrincipal::donorId).isEqualTo(company);
    }

    @Test
    void typosCostNothingWhileTheAddressAndTheClientEachHaveALimit() {
        String client = randomClient();
        String email = DonorTestData.newEmail("many");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.requestLink("not an address", client))
                    .isInstanceOf(UserFacingException.class).hasMessage("donors.error.email-invalid");
        }
        for (int i = 0; i < 3; i++) {
            signIn.requestLink(email, client);
        }
        assertThatThrownBy(() -> signIn.requestLink(email, randomClient()))
                .as("a fourth link for one address within 15 minutes, from anywhere")
                .isInstanceOf(UserFacingException.class).hasMessage("donor-portal.sign-in.too-many");
        for (int i = 0; i < 7; i++) {
            signIn.requestLink(DonorTestData.newEmail("other"), client);
        }
        assertThatThrownBy(() -> signIn.requestLink(DonorTestData.newEmail("eleventh"), client))
                .as("an eleventh link from one client within the hour")
                .isInstanceOf(UserFacingException.class).hasMessage("donor-portal.sign-in.too-many");
    }

    @Test
    void thePagesAnswerTheSameForAnUnknownAddressAndALinkWorksOnlyThroughItsButtonOnce() throws Exception {
        String known = DonorTestData.newEmail("known");
        long donor = individual(known);
        Browser browser = new Browser();

        HttpResponse<String> forKnown = askFor(browser, known);
        HttpResponse<String> forUnknown = askFor(browser, DonorTestData.newEmail("unknown"));
        assertThat(forKnown.statusCode()).isEqualTo(200);
        assertThat(forUnknown.statusCode()).isEqualTo(200);
        assertThat(sentMessage(forKnown.body())).isEqualTo(sentMessage(forUnknown.body())).isNotBlank();
        HttpResponse<String> typo = askFor(browser, "known@");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(typo.body()).contains("donor-sign-in-error", "value=\"known@\"");

        String token = token(TestMail.text(TestMail.awaitMessageTo(known)));
        String link = "/donor/sign-in/" + token;
        assertThat(get(browser, link).body()).contains("donor-sign-in-continue");
        assertThat(get(browser, link).statusCode()).as("opening twice, as a mail scanner would").isEqualTo(200);

        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(uri(link))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(forged.statusCode()).as("a post without the page's CSRF token shows the page again").isEqualTo(303);
        assertThat(forged.headers().firstValue("Location")).hasValue(link);
        assertThat(signIn.isUsable(token)).as("and uses nothing up").isTrue();

        HttpResponse<String> used = postForm(browser, link, "");
        assertThat(used.statusCode()).isEqualTo(303);
        assertThat(used.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/donor"));
        assertThat(used.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID="));

        HttpResponse<String> again = postForm(browser, link, "");
        assertThat(again.headers().firstValue("Location").orElse(link)).as("a second press signs in nobody")
                .doesNotEndWith("/donor");
        HttpResponse<String> reopened = get(browser, link);
        assertThat(reopened.statusCode()).isEqualTo(404);
        assertThat(reopened.body()).contains("donor-sign-in-invalid");
        assertThat(donor).isPositive();
    }

    @Test
    void aSessionEndsWhenTooOldWhenIdleAndWhenTheAddressIsNoLongerTheDonors() {
        String kept = DonorTestData.newEmail("kept");
        String removed = DonorTestData.newEmail("removed");
        long company = organisation(kept, removed);
        DonorPrincipal fresh = new DonorPrincipal(company, kept, Instant.now());

        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession());
        assertThat(sessions.isCurrent(fresh.authentication(), request)).isTrue();
        assertThat(sessions.isCurrent(new DonorPrincipal(company, kept, Instant.now().minus(Duration.ofHours(13)))
                .authentication(), request)).as("twelve hours after signing in").isFalse();

        MockHttpSession idle = new MockHttpSession();
        MockHttpServletRequest click = new MockHttpServletRequest();
        click.setSession(idle);
        assertThat(sessions.isCurrent(fresh.authentication(), click)).isTrue();
        idle.getAttributeNames().asIterator().forEachRemaining(name -> idle.setAttribute(name,
                Instant.now().minus(Duration.ofMinutes(31))));
        MockHttpServletRequest heartbeat = new MockHttpServletRequest();
        heartbeat.setQueryString("v-r=heartbeat&v-uiId=0");
        heartbeat.setSession(idle);
        assertThat(sessions.isCurrent(fresh.authentication(), heartbeat)).as("30 minutes with heartbeats only")
                .isFalse();

        DonorPrincipal leaving = new DonorPrincipal(company, removed, Instant.now());
        assertThat(sessions.isCurrent(leaving.authentication(), new MockHttpServletRequest())).isTrue();
        SystemActor.run(() -> donors.update(company, DonorTestData.organisation(unique("Công ty"), null, null,
                new ContactDetails("Kế toán", null, kept, null))));
        assertThat(sessions.isCurrent(leaving.authentication(), new MockHttpServletRequest()))
                .as("a contact removed from the organisation").isFalse();
        assertThat(sessions.isCurrent(fresh.authentication(), new MockHttpServletRequest())).isTrue();
    }

    @Test
    void aDonorReachesNoStaffServiceAndStaffNoDonorOne() {
        String email = DonorTestData.newEmail("curious");
        long donor = individual(email);
        asDonor(donor, email, () -> {
            assertThatThrownBy(() -> fundUnits.subtree()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> donors.profile(donor)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.nearestAddressees("/", Set.of())).isInstanceOf(AccessDeniedException.class);
        });
    }

    private long individual(String email) {
        FundUnitRef unit = root();
        return SystemActor.call(() -> donors.create(unit.id(), DonorTestData.individual(unique("Nguyễn Văn"), email),
                Set.of()).id());
    }

    private long organisation(String... emails) {
        FundUnitRef unit = root();
        ContactDetails[] contacts = java.util.Arrays.stream(emails)
                .map(email -> new ContactDetails("Liên hệ " + email.substring(0, 4), null, email, null))
                .toArray(ContactDetails[]::new);
        return SystemActor.call(() -> donors.create(unit.id(), DonorTestData.organisation(unique("Công ty"),
                DonorTestData.newTaxCode(), null, contacts), Set.of()).id());
    }

    private static String token(String mail) {
        Matcher found = LINK.matcher(mail);
        assertThat(found.find()).as("a sign-in link in " + mail).isTrue();
        return found.group(1);
    }

    private static String randomClient() {
        UUID random = UUID.randomUUID();
        return "10." + (random.getMostSignificantBits() & 0xff) + "." + (random.getLeastSignificantBits() & 0xff)
                + "." + ((random.getLeastSignificantBits() >> 8) & 0xff);
    }

    private HttpResponse<String> askFor(Browser browser, String email) throws Exception {
        return postForm(browser, "/donor/sign-in?lang=en", "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(Browser browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Posts the form of the page at {@code path}, with the CSRF token a GET of it puts in the page and its cookie. */
    private HttpResponse<String> postForm(Browser browser, String path, String fields) throws Exception {
        String page = get(browser, path).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(page);
        String token = csrf.find() ? HtmlUtils.htmlUnescape(csrf.group(1)) : "";
        String body = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + (fields.isEmpty() ? "" : "&" + fields);
        return browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Keeps the cookies the portal sets and sends them back, as a browser on this one host does. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final java.util.Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(set -> {
                String pair = set.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
            });
            return response;
        }
    }

    private static String sentMessage(String html) {
        Matcher found = Pattern.compile("id=\"donor-sign-in-sent\"[^>]*>([^<]*)<").matcher(html);
        return found.find() ? found.group(1) : "";
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
