package org.chungtay.people;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.chungtay.support.RequestProbe;

/** Requests from loopback that carry headers a proxy would set, or a client forge. */
final class ForwardedRequests {

    private ForwardedRequests() {
    }

    static HttpResponse<String> get(int port, String path, String probe, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path))
                .header(RequestProbe.HEADER, probe);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
