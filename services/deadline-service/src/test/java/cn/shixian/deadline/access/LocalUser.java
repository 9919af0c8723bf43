package cn.shixian.deadline.access;

import cn.shixian.testsupport.ApiClient;

/**
 * The deadline-service as deployed locally: the properties that start it with its own config, and
 * the users of {@code shixian-local-users.yml}, for {@link ApiClient}.
 */
public final class LocalUser {

    /** Properties that start the service as deployed locally, users included. */
    public static final String CONFIG_NAME = "spring.config.name=deadline-service";
    public static final String CONFIG_IMPORT =
            "spring.config.import=classpath:shixian-eventing.yml,classpath:shixian-local-users.yml";

    public static final ApiClient.User ADMIN = new ApiClient.User("admin", "admin-local");
    public static final ApiClient.User INGEST = new ApiClient.User("ingest", "ingest-local");
    public static final ApiClient.User OFFICER = new ApiClient.User("officer", "officer-local");

    private LocalUser() {
    }
}
