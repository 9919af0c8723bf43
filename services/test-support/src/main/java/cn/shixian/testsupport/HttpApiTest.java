package cn.shixian.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of a {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} test that calls the service over
 * real HTTP: {@link #api} is an {@link ApiClient} on the service's port, new for each test.
 */
public abstract class HttpApiTest {

    @LocalServerPort
    private int port;

    /** The service under test, at {@code http://127.0.0.1:<port>}. */
    protected ApiClient api;

    @BeforeEach
    protected final void connectApiClient() {
        api = new ApiClient(port);
    }
}
