package cn.shixian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who gets what from every endpoint of an application (访问矩阵): one row per endpoint, naming for
 * every caller the answer it must get (401, 403, 404 or 2xx), checked over real HTTP. The endpoints
 * are enumerated from the application's Spring MVC handler mappings at test time (its controllers,
 * the actuator's, the framework's), so an endpoint without a row fails the test, as does a row whose
 * endpoint is gone or a row that leaves a caller out.
 *
 * <pre>{@code
 * EndpointMatrix matrix = new EndpointMatrix(ANONYMOUS, HAMI, ZHANGGONG, ADMIN);
 * matrix.endpoint("GET", "/api/items/{itemId}").call(Call.get("/api/items/" + zhanggongItem))
 *         .expect(Answer.UNAUTHORIZED, ANONYMOUS).expect(Answer.NOT_FOUND, HAMI).expect(Answer.OK, ZHANGGONG, ADMIN);
 * matrix.assertCoversExactly(EndpointMatrix.mappedEndpoints(context));
 * matrix.assertAnswers(EndpointMatrix.basicAuth(api));
 * }</pre>
 */
public final class EndpointMatrix {

    /** An endpoint as mapped: its HTTP method ({@code *} for any) and path pattern. */
    public record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /**
     * Who calls: HTTP Basic credentials ({@code null}: anonymous) and, for a WORKBENCH account, the
     * configured user it acts for ({@code X-Shixian-Acting-User}), or none.
     */
    public record Caller(String name, ApiClient.User user, String actingFor) {

        public static Caller anonymous() {
            return new Caller("anonymous", null, null);
        }

        public static Caller of(String name, ApiClient.User user) {
            return new Caller(name, user, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One concrete request to an endpoint; {@code contentType} and {@code body} may be null. */
    public record Call(String method, String path, String contentType, byte[] body) {

        public static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        public static Call post(String path, String contentType, String body) {
            return new Call("POST", path, contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        public static Call put(String path, String contentType, String body) {
            return new Call("PUT", path, contentType, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** An expected answer: a status, a class of statuses, a redirect to the sign-in page or elsewhere. */
    public record Answer(String label, Predicate<ApiClient.Response> accepts) {

        public static final Answer OK = new Answer("2xx", answer -> answer.status() / 100 == 2);
        public static final Answer UNAUTHORIZED = status(401);
        public static final Answer FORBIDDEN = status(403);
        public static final Answer NOT_FOUND = status(404);
        /** A redirect, but not to the sign-in page (Swagger UI's page to its index, a form back to its page). */
        public static final Answer REDIRECT = new Answer("3xx", answer -> answer.status() / 100 == 3 && !toSignIn(answer));
        /** A page's answer to someone not signed in: a redirect to {@code /login}. */
        public static final Answer SIGN_IN = new Answer("3xx /login", answer -> answer.status() / 100 == 3 && toSignIn(answer));

        public static Answer status(int expected) {
            return new Answer(Integer.toString(expected), answer -> answer.status() == expected);
        }

        private static boolean toSignIn(ApiClient.Response answer) {
            return answer.raw() != null && answer.raw().headers().firstValue("Location")
                    .filter(location -> location.endsWith("/login")).isPresent();
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Sends a call as a caller. */
    @FunctionalInterface
    public interface Sender {
        ApiClient.Response send(Caller caller, Call call);
    }

    /** A service's API with HTTP Basic, as {@link ApiClient} calls it. */
    public static Sender basicAuth(ApiClient api) {
        return (caller, call) -> api.send(call.method(), call.path(), call.contentType(), call.body(),
                caller.user(), caller.actingFor());
    }

    /** Every endpoint the application's Spring MVC handler mappings map (controllers, actuator, framework). */
    public static Set<Endpoint> mappedEndpoints(ApplicationContext application) {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping
                : application.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<String> names = methods.isEmpty() ? List.of("*") : methods.stream().map(Enum::name).toList();
                for (String pattern : info.getPatternValues()) {
                    names.forEach(method -> endpoints.add(new Endpoint(method, pattern)));
                }
            }
        }
        return endpoints;
    }

    private final List<Caller> callers;
    private final List<Row> rows = new ArrayList<>();

    /** @param callers every caller each row must name */
    public EndpointMatrix(Caller... callers) {
        this.callers = List.of(callers);
    }

    /** A new row, for the endpoint mapped with this method and pattern. */
    public Row endpoint(String method, String pattern) {
        Row row = new Row(new Endpoint(method, pattern));
        rows.add(row);
        return row;
    }

    /**
     * Fails naming every mapped endpoint without a row, every row without a mapped endpoint or with
     * one twice, and every row that does not name each caller exactly once or has no call.
     */
    public void assertCoversExactly(Set<Endpoint> mapped) {
        Map<Endpoint, Long> rowsPerEndpoint = rows.stream()
                .collect(Collectors.groupingBy(row -> row.endpoint, TreeMap::new, Collectors.counting()));
        List<String> problems = new ArrayList<>();
        mapped.stream().filter(endpoint -> !rowsPerEndpoint.containsKey(endpoint))
                .forEach(endpoint -> problems.add(endpoint + ": mapped, but the matrix has no row for it"));
        rowsPerEndpoint.forEach((endpoint, count) -> {
            if (!mapped.contains(endpoint)) {
                problems.add(endpoint + ": a row, but the application maps no such endpoint");
            }
            if (count > 1) {
                problems.add(endpoint + ": " + count + " rows");
            }
        });
        for (Row row : rows) {
            if (row.calls == null) {
                problems.add(row.endpoint + ": no call");
            }
            List<Caller> missing = callers.stream().filter(caller -> !row.expected.containsKey(caller)).toList();
            if (!missing.isEmpty()) {
                problems.add(row.endpoint + ": says nothing of " + missing);
            }
            row.unknownOrTwice.forEach(caller -> problems.add(row.endpoint + ": names " + caller
                    + " twice or is not one of the matrix's callers"));
        }
        assertThat(problems).as("the access matrix against the endpoints mapped (%s)", mapped).isEmpty();
    }

    /** Sends every row's call as every caller; fails listing each answer that differs from its row. */
    public void assertAnswers(Sender sender) {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            for (Map.Entry<Caller, Answer> cell : row.expected.entrySet()) {
                Call call = row.calls.apply(cell.getKey());
                ApiClient.Response answer = sender.send(cell.getKey(), call);
                if (!cell.getValue().accepts().test(answer)) {
                    wrong.add(row.endpoint + " (" + call.method() + " " + call.path() + ") as " + cell.getKey()
                            + ": expected " + cell.getValue() + ", got " + answer.status() + " "
                            + (answer.raw() == null ? "" : answer.raw().headers().firstValue("Location")
                                    .map(location -> "to " + location + " ").orElse(""))
                            + abbreviated(answer.body()));
                }
            }
        }
        assertThat(wrong).as("answers that differ from the access matrix").isEmpty();
    }

    private static String abbreviated(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }

    /** One endpoint's row: the request sent and what each caller gets. */
    public final class Row {

        private final Endpoint endpoint;
        private final Map<Caller, Answer> expected = new LinkedHashMap<>();
        private final List<Caller> unknownOrTwice = new ArrayList<>();
        private Function<Caller, Call> calls;

        private Row(Endpoint endpoint) {
            this.endpoint = endpoint;
        }

        /** The same request for every caller. */
        public Row call(Call call) {
            return callPerCaller(caller -> call);
        }

        /** A request of each caller's own, for a call that changes what it calls (an acknowledgement). */
        public Row callPerCaller(Function<Caller, Call> perCaller) {
            this.calls = perCaller;
            return this;
        }

        /** Every caller not named yet gets this answer. */
        public Row otherwise(Answer answer) {
            callers.forEach(caller -> expected.putIfAbsent(caller, answer));
            return this;
        }

        public Row expect(Answer answer, Caller... who) {
            Arrays.stream(who).forEach(caller -> {
                if (!callers.contains(caller) || expected.putIfAbsent(caller, answer) != null) {
                    unknownOrTwice.add(caller);
                }
            });
            return this;
        }
    }
}
