package cn.shixian.alerting.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** POSTs to webhooks and robots with bounded timeouts; anything but a 2xx is a {@link DeliveryFailure}. */
@Component
class HttpPoster {

    private final HttpClient client;
    private final Duration timeout;

    HttpPoster(NotifySettings settings) {
        this.timeout = settings.httpTimeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Returns the response body of a 2xx answer. */
    String post(URI url, String contentType, byte[] body) throws DeliveryFailure, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailure("POST " + withoutQuery(url) + " failed: " + e, e);
        }
        if (response.statusCode() / 100 != 2) {
            String answer = response.body();
            throw new DeliveryFailure("POST " + withoutQuery(url) + " answered HTTP " + response.statusCode()
                    + (answer.isBlank() ? "" : ": " + answer.substring(0, Math.min(answer.length(), 300))));
        }
        return response.body();
    }

    /** A robot URL's query holds its access token: errors and logs name the host and path only. */
    static String withoutQuery(URI url) {
        return url.getScheme() + "://" + url.getAuthority() + url.getPath();
    }
}
