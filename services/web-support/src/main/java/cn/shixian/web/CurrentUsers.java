package cn.shixian.web;

import java.security.Principal;

/**
 * Who is calling, in Shixian's terms: the configured user behind a request's principal (the
 * officer a workbench call acts for, see {@link ActingUser}) and the regions they may see.
 * A principal that is no configured user sees nothing.
 */
public final class CurrentUsers {

    private final ShixianSecurityProperties properties;

    public CurrentUsers(ShixianSecurityProperties properties) {
        this.properties = properties;
    }

    /** The regions the caller may see. */
    public RegionScope scopeOf(Principal caller) {
        if (caller == null) {
            return RegionScope.nowhere();
        }
        return properties.user(caller.getName()).map(ShixianSecurityProperties.User::scope).orElse(RegionScope.nowhere());
    }
}
