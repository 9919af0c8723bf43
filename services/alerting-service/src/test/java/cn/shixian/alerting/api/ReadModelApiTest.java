package cn.shixian.alerting.api;

import cn.shixian.testsupport.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the API tests that write the read model straight into the database ({@link #rows}) and
 * read it back over real HTTP ({@link #api}). Annotate the test {@code @AlertingApiTest}.
 */
public abstract class ReadModelApiTest extends HttpApiTest {

    /** Two responsible bodies (公开主体) for the rows. */
    protected static final String HAMI_HRSS = "哈密市人力资源和社会保障局";
    protected static final String YINING_HRSS = "伊宁县人力资源和社会保障局";

    @Autowired
    protected JdbcClient jdbc;

    protected ReadModelRows rows;

    @BeforeEach
    protected final void readModelRows() {
        rows = new ReadModelRows(jdbc);
    }
}
