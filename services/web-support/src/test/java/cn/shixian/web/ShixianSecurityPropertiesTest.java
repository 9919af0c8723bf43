package cn.shixian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration mistakes that would otherwise only show at the first login. */
class ShixianSecurityPropertiesTest {

    @Test
    void refusesAPasswordWithoutItsEncodingId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShixianSecurityProperties.User("admin", "admin", List.of(Role.ADMIN), null))
                .withMessageContaining("'admin'").withMessageContaining("{bcrypt}")
                .withMessageNotContaining("password=admin");
    }

    @Test
    void refusesTheSameNameTwice() {
        var user = new ShixianSecurityProperties.User("officer", "{noop}a", List.of(Role.OFFICER), null);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShixianSecurityProperties(List.of(user, user), false))
                .withMessageContaining("'officer' twice");
    }

    @Test
    void neverPrintsThePassword() {
        var user = new ShixianSecurityProperties.User("officer", "{noop}s3cret", null, null);
        assertThat(user.toString()).doesNotContain("s3cret");
        assertThat(user.roles()).isEmpty();
        assertThat(user.plainText()).isTrue();
    }

    @Test
    void noUsersIsAnEmptyList() {
        assertThat(new ShixianSecurityProperties(null, false).users()).isEmpty();
    }

    @Test
    void aRegionMustBeAGbT2260PrefixAndAdminSeesEverything() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShixianSecurityProperties.User("hami", "{noop}a", List.of(Role.OFFICER), List.of("6505x")))
                .withMessageContaining("6505x");
        var hami = new ShixianSecurityProperties.User("hami", "{noop}a", List.of(Role.OFFICER), List.of("650500"));
        assertThat(hami.scope().permits("650500")).isTrue();
        assertThat(hami.scope().permits("360702")).isFalse();
        assertThat(hami.scope().overlaps("65")).isTrue();
        assertThat(hami.scope().overlaps("36")).isFalse();
        var admin = new ShixianSecurityProperties.User("ops", "{noop}a", List.of(Role.ADMIN), List.of("650500"));
        assertThat(admin.scope().permits("360702")).isTrue();
        assertThat(new ShixianSecurityProperties.User("all", "{noop}a", List.of(Role.OFFICER), null).scope().unlimited()).isTrue();
    }
}
