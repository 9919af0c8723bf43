package cn.shixian.testsupport;

import cn.shixian.testsupport.EndpointMatrix.Caller;

/**
 * The local users of web-support's {@code shixian-local-users.yml} as the callers of an
 * {@link EndpointMatrix}: one list for every service and the workbench, so each matrix has the same
 * columns. The region-scoped rows take an item of 章贡区 (360702), whose officer is "region A".
 */
public final class LocalCallers {

    public static final Caller ANONYMOUS = Caller.anonymous();
    /** OFFICER of 360702 章贡区 only. */
    public static final Caller OFFICER_360702 = Caller.of("officer 360702", new ApiClient.User("zhanggong", "zhanggong-local"));
    /** OFFICER of 650500 哈密市 only. */
    public static final Caller OFFICER_650500 = Caller.of("officer 650500", new ApiClient.User("hami", "hami-local"));
    /** OFFICER of every region. */
    public static final Caller OFFICER = Caller.of("officer (all)", new ApiClient.User("officer", "officer-local"));
    public static final Caller INGEST = Caller.of("ingest", new ApiClient.User("ingest", "ingest-local"));
    public static final Caller ADMIN = Caller.of("admin", new ApiClient.User("admin", "admin-local"));
    /** The workbench's API account, on its own: role WORKBENCH grants nothing. */
    public static final Caller WORKBENCH = Caller.of("workbench", new ApiClient.User("workbench", "workbench-local"));
    /** The workbench's API account acting for the officer of 650500 ({@code X-Shixian-Acting-User}). */
    public static final Caller WORKBENCH_AS_650500 = new Caller("workbench as 650500", WORKBENCH.user(), "hami");

    private LocalCallers() {
    }

    /** Every caller of a service's API matrix. */
    public static Caller[] ofAnApi() {
        return new Caller[] {ANONYMOUS, OFFICER_360702, OFFICER_650500, OFFICER, INGEST, ADMIN, WORKBENCH,
                WORKBENCH_AS_650500};
    }

    /** Those who read every officer's endpoint and get 2xx, within their regions. */
    public static Caller[] officers() {
        return new Caller[] {OFFICER_360702, OFFICER_650500, OFFICER, ADMIN, WORKBENCH_AS_650500};
    }
}
