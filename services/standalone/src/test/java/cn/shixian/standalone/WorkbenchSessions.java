package cn.shixian.standalone;

import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.EndpointMatrix;
import cn.shixian.testsupport.EndpointMatrix.Call;
import cn.shixian.testsupport.EndpointMatrix.Caller;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbench as browsers use it, one per {@link Caller}: a session (cookies kept, redirects not
 * followed), signed in through the form unless the caller is anonymous, and every form sent with the
 * session's CSRF token (as the {@code X-CSRF-TOKEN} header, which Spring Security reads like the field).
 * A caller whose sign-in is refused keeps an anonymous session.
 */
final class WorkbenchSessions implements EndpointMatrix.Sender {

    static final String FORM = "application/x-www-form-urlencoded";
    private static final String BOUNDARY = "shixian-matrix-boundary";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final Map<Caller, Session> sessions = new HashMap<>();

    WorkbenchSessions(int port) {
        this.port = port;
    }

    /** A multipart upload of one file ({@code file}) with the form's other fields ({@code a=1&b=2}). */
    static Call upload(String path, String fields, String fileName, String content) {
        StringBuilder body = new StringBuilder();
        for (String field : fields.split("&")) {
            String[] nameValue = field.split("=", 2);
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(nameValue[0]).append("\"\r\n\r\n").append(nameValue[1]).append("\r\n");
        }
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n--")
                .append(BOUNDARY).append("--\r\n");
        return new Call("POST", path, "multipart/form-data; boundary=" + BOUNDARY,
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ApiClient.Response send(Caller caller, Call call) {
        Session session = sessions.computeIfAbsent(caller, this::signIn);
        return session.send(call, true);
    }

    /** The same call without the CSRF token: what a forged cross-site form would send. */
    ApiClient.Response sendWithoutToken(Caller caller, Call call) {
        return sessions.computeIfAbsent(caller, this::signIn).send(call, false);
    }

    private Session signIn(Caller caller) {
        Session session = new Session();
        if (caller.user() != null) {
            session.send(new Call("POST", "/login", FORM, ("username=" + encoded(caller.user().name()) + "&password="
                    + encoded(caller.user().password())).getBytes(StandardCharsets.UTF_8)), true);
            // signing in starts a new session and a new token
            session.token = null;
        }
        return session;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String token;

        ApiClient.Response send(Call call, boolean withToken) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(call.path())).method(call.method(),
                    call.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(call.body()));
            if (call.contentType() != null) {
                request.header("Content-Type", call.contentType());
            }
            if (withToken && !call.method().equals("GET")) {
                request.header("X-CSRF-TOKEN", token());
            }
            return exchange(request);
        }

        /** The token of this session, from the sign-in page's form. */
        private String token() {
            if (token == null) {
                Matcher field = CSRF.matcher(exchange(HttpRequest.newBuilder(uri("/login")).GET()).body());
                if (!field.find()) {
                    throw new IllegalStateException("no CSRF field on the sign-in page");
                }
                token = field.group(1);
            }
            return token;
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private ApiClient.Response exchange(HttpRequest.Builder request) {
            return ApiClient.send(http, request.build());
        }
    }
}
