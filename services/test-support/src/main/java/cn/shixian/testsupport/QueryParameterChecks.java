package cn.shixian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The 400 problems a list endpoint with the services' shared query parameters gives: a
 * {@code region} that is no GB/T 2260 code or prefix of 2 to 6 digits, a {@code page} below 0 or no
 * number, a {@code size} outside 1 to 500. Each problem names the parameter.
 */
public final class QueryParameterChecks {

    private QueryParameterChecks() {
    }

    /** @param path the endpoint, without a query: {@code /api/alerts} */
    public static void refusesBadRegionsAndPaging(ApiClient api, String path, ApiClient.User user) {
        for (String region : List.of("6", "6505001", "65a", "65x", "%25")) {
            assertThat(parameter(api.get(path + "?region=" + region, user))).isEqualTo("region");
        }
        assertThat(parameter(api.get(path + "?size=501", user))).isEqualTo("size");
        assertThat(parameter(api.get(path + "?size=0", user))).isEqualTo("size");
        assertThat(parameter(api.get(path + "?page=-1", user))).isEqualTo("page");
        api.get(path + "?page=first", user).problem(400);
    }

    private static String parameter(ApiClient.Response response) {
        return response.problem(400).get("parameter").asString();
    }
}
