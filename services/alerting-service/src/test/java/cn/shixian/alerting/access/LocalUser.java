package cn.shixian.alerting.access;

import cn.shixian.testsupport.ApiClient;

/** The users of {@code shixian-local-users.yml}, for {@link ApiClient}. */
public final class LocalUser {

    public static final ApiClient.User ADMIN = new ApiClient.User("admin", "admin-local");
    /** An officer of every region. */
    public static final ApiClient.User OFFICER = new ApiClient.User("officer", "officer-local");
    /** An officer of 哈密市 (650500) only. */
    public static final ApiClient.User HAMI = new ApiClient.User("hami", "hami-local");
    /** An officer of 章贡区 (360702) only. */
    public static final ApiClient.User ZHANGGONG = new ApiClient.User("zhanggong", "zhanggong-local");
    /** The workbench's own account: acts for a configured user ({@link WorkbenchClient}), nothing on its own. */
    public static final ApiClient.User WORKBENCH = new ApiClient.User("workbench", "workbench-local");

    private LocalUser() {
    }
}
