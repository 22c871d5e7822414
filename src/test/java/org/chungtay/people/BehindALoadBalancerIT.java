package org.chungtay.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.chungtay.support.IntegrationTest;
import org.chungtay.support.RequestProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** A node behind a load balancer on the same host, as the README's several-nodes recipe sets it up. */
@Import(RequestProbe.class)
@TestPropertySource(properties = "FORWARD_HEADERS_STRATEGY=native")
class BehindALoadBalancerIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theVisitorsAddressAndHttpsComeFromTheLoadBalancersHeaders() throws Exception {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = ForwardedRequests.get(port, "staff/campaigns", probe,
                "X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https");

        assertThat(RequestProbe.seen(probe)).isEqualTo(new RequestProbe.Seen("203.0.113.7", true, "https"));
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://"));
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("; Secure", "; HttpOnly"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void plainHttpThroughTheLoadBalancerGetsNoHstsAndNoSecureCookie() throws Exception {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = ForwardedRequests.get(port, "staff/campaigns", probe,
                "X-Forwarded-For", "198.51.100.20", "X-Forwarded-Proto", "http");

        assertThat(RequestProbe.seen(probe)).isEqualTo(new RequestProbe.Seen("198.51.100.20", false, "http"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).noneSatisfy(
                cookie -> assertThat(cookie).contains("Secure"));
    }
}
