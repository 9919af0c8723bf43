package cn.shixian.testsupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Base of a service's {@code AccessMatrixIntegrationTest}: its {@link #matrix()} covers exactly the
 * endpoints the running service maps, and every caller gets over real HTTP Basic what its row says.
 */
public abstract class ApiAccessMatrixTest extends HttpApiTest {

    @Autowired
    private ApplicationContext application;

    /** The service's matrix, callers {@link LocalCallers#ofAnApi()}, rows its own plus {@link CommonEndpoints}. */
    protected abstract EndpointMatrix matrix();

    @Test
    void everyMappedEndpointHasARow() {
        matrix().assertCoversExactly(EndpointMatrix.mappedEndpoints(application));
    }

    @Test
    void everyCallerGetsWhatItsRowSays() {
        matrix().assertAnswers(EndpointMatrix.basicAuth(api));
    }
}
