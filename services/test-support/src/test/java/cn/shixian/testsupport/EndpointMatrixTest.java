package cn.shixian.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.testsupport.EndpointMatrix.Answer;
import cn.shixian.testsupport.EndpointMatrix.Call;
import cn.shixian.testsupport.EndpointMatrix.Caller;
import cn.shixian.testsupport.EndpointMatrix.Endpoint;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matrix catches what it is for: an endpoint without a row, a forgotten caller, a wrong answer. */
class EndpointMatrixTest {

    private static final Caller ANONYMOUS = Caller.anonymous();
    private static final Caller OFFICER = Caller.of("officer", new ApiClient.User("officer", "x"));
    private static final Endpoint ALERTS = new Endpoint("GET", "/api/alerts");
    private static final Endpoint ACK = new Endpoint("POST", "/api/alerts/{id}/ack");

    @Test
    void aMappedEndpointWithoutARowFails() {
        EndpointMatrix matrix = new EndpointMatrix(ANONYMOUS, OFFICER);
        matrix.endpoint("GET", "/api/alerts").call(Call.get("/api/alerts"))
                .expect(Answer.UNAUTHORIZED, ANONYMOUS).expect(Answer.OK, OFFICER);

        assertThatCode(() -> matrix.assertCoversExactly(Set.of(ALERTS))).doesNotThrowAnyException();
        assertThatThrownBy(() -> matrix.assertCoversExactly(Set.of(ALERTS, ACK)))
                .hasMessageContaining("POST /api/alerts/{id}/ack: mapped, but the matrix has no row for it");
        assertThatThrownBy(() -> matrix.assertCoversExactly(Set.of()))
                .hasMessageContaining("GET /api/alerts: a row, but the application maps no such endpoint");
    }

    @Test
    void aRowMustNameEveryCallerOnce() {
        EndpointMatrix matrix = new EndpointMatrix(ANONYMOUS, OFFICER);
        matrix.endpoint("GET", "/api/alerts").call(Call.get("/api/alerts")).expect(Answer.UNAUTHORIZED, ANONYMOUS);
        assertThatThrownBy(() -> matrix.assertCoversExactly(Set.of(ALERTS)))
                .hasMessageContaining("GET /api/alerts: says nothing of [officer]");

        EndpointMatrix twice = new EndpointMatrix(ANONYMOUS, OFFICER);
        twice.endpoint("GET", "/api/alerts").call(Call.get("/api/alerts"))
                .expect(Answer.UNAUTHORIZED, ANONYMOUS, OFFICER).expect(Answer.OK, OFFICER);
        assertThatThrownBy(() -> twice.assertCoversExactly(Set.of(ALERTS)))
                .hasMessageContaining("names officer twice");
    }

    @Test
    void everyAnswerThatDiffersIsListed() {
        EndpointMatrix matrix = new EndpointMatrix(ANONYMOUS, OFFICER);
        matrix.endpoint("GET", "/api/alerts").call(Call.get("/api/alerts?size=1"))
                .expect(Answer.UNAUTHORIZED, ANONYMOUS).expect(Answer.OK, OFFICER);

        assertThatCode(() -> matrix.assertAnswers((caller, call) -> answer(caller == ANONYMOUS ? 401 : 200)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> matrix.assertAnswers((caller, call) -> answer(403)))
                .hasMessageContaining("GET /api/alerts (GET /api/alerts?size=1) as anonymous: expected 401, got 403")
                .hasMessageContaining("as officer: expected 2xx, got 403 {\"status\": 403}");
    }

    private static ApiClient.Response answer(int status) {
        return new ApiClient.Response(status, "application/problem+json", "{\"status\":\n " + status + "}", null);
    }
}
