package org.chungtay.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.chungtay.support.IntegrationTest;
import org.chungtay.support.RequestProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@Import(RequestProbe.class)
class SecurityHeadersIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void everyKindOfResponseCarriesThePoliciesForTheBrowser() throws Exception {
        for (String path : List.of("campaigns", "login", "staff/campaigns", "campaign-covers/no-such-campaign",
                "actuator/health", "app/no-such-file.css")) {
            HttpResponse<String> response = ForwardedRequests.get(port, path, UUID.randomUUID().toString());

            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
                    .contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
                    .contains(SecurityHeaders.PERMISSIONS_POLICY);
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void withoutTheForwardedStrategyAForgedClientAddressAndSchemeAreIgnored() throws Exception {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = ForwardedRequests.get(port, "staff/campaigns", probe,
                "X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https");

        assertThat(RequestProbe.seen(probe)).isEqualTo(new RequestProbe.Seen("127.0.0.1", false, "http"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).noneSatisfy(
                cookie -> assertThat(cookie).contains("Secure"));
    }
}
