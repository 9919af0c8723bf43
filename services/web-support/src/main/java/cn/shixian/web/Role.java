package cn.shixian.web;

/**
 * The roles (角色) of Shixian's HTTP APIs. {@link #ADMIN} implies every other role (see
 * {@link ShixianWebSecurityAutoConfiguration}), so a rule written for officers
 * also lets administrators through.
 */
public enum Role {
    /** Operators: actuator endpoints beyond health/info/prometheus, calendar loading, everything else. */
    ADMIN,
    /** Upstream systems (CMS, 政务服务 platform, catalog editors) that send item events. */
    INGEST,
    /** Compliance officers (政务公开办, 公开主体) who read obligations and alerts. */
    OFFICER,
    /**
     * The workbench (工作台) itself, calling the APIs for the officer signed in to it: a request with
     * this role and the header {@code X-Shixian-Acting-User} runs as that configured user (see
     * {@code ActingUser}). Grants nothing on its own.
     */
    WORKBENCH
}
