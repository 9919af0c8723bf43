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
                .isThrownBy(() -> new ShixianSecurityProperties.User("admin", "admin", List.of(Role.ADMIN)))
                .withMessageContaining("'admin'").withMessageContaining("{bcrypt}")
                .withMessageNotContaining("password=admin");
    }

    @Test
    void refusesTheSameNameTwice() {
        var user = new ShixianSecurityProperties.User("officer", "{noop}a", List.of(Role.OFFICER));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShixianSecurityProperties(List.of(user, user)))
                .withMessageContaining("'officer' twice");
    }

    @Test
    void neverPrintsThePassword() {
        var user = new ShixianSecurityProperties.User("officer", "{noop}s3cret", null);
        assertThat(user.toString()).doesNotContain("s3cret");
        assertThat(user.roles()).isEmpty();
        assertThat(user.plainText()).isTrue();
    }

    @Test
    void noUsersIsAnEmptyList() {
        assertThat(new ShixianSecurityProperties(null).users()).isEmpty();
    }
}
