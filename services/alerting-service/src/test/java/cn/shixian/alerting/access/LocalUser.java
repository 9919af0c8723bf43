package cn.shixian.alerting.access;

import cn.shixian.testsupport.ApiClient;

/** The users of {@code shixian-local-users.yml}, for {@link ApiClient}. */
public final class LocalUser {

    public static final ApiClient.User ADMIN = new ApiClient.User("admin", "admin-local");
    public static final ApiClient.User OFFICER = new ApiClient.User("officer", "officer-local");

    private LocalUser() {
    }
}
