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
    /** OFFICER of 650500 哈密市 only. */
    public static final ApiClient.User HAMI = new ApiClient.User("hami", "hami-local");
    /** OFFICER of 360702 章贡区 only. */
    public static final ApiClient.User ZHANGGONG = new ApiClient.User("zhanggong", "zhanggong-local");
    /** The workbench's own account: acts for the user named in X-Shixian-Acting-User, nothing on its own. */
    public static final ApiClient.User WORKBENCH = new ApiClient.User("workbench", "workbench-local");

    private LocalUser() {
    }
}
