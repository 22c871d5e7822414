package org.chungtay.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What the public ledger's and the disclosure's integration tests share: one {@link PublicLedgerStory} per test
 * class, told before its first test (its tests only read it), and plain HTTP requests as anyone sends them.
 */
abstract class PublicLedgerHttpTest extends IntegrationTest {

    private static final Map<Class<?>, PublicLedgerStory> STORIES = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    /** The story of this test class. */
    protected PublicLedgerStory story;

    /** The district's and the commune's names in this class's story. */
    protected abstract String[] unitNames();

    @BeforeEach
    void tellTheStoryOnce() {
        story = STORIES.computeIfAbsent(getClass(), ignored -> {
            ensureThreeLevels();
            FundUnitRef district = newUnit(unitNames()[0]);
            return PublicLedgerStory.tell(PublicLedgerRows.of(this, context), district,
                    newUnitUnder(district, unitNames()[1]), activeCampaign(district), activeCampaign(district),
                    PublicLedgerPeriod.lastYear());
        });
    }

    protected HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).build();
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The bytes of a download that must succeed. */
    protected byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = download(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
