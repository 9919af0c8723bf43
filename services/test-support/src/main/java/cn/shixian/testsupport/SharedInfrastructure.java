package cn.shixian.testsupport;

import java.util.Locale;

/**
 * One {@link RealInfrastructure} per test JVM, started on first use and stopped at exit.
 * The one switch between in-process and container infrastructure is the system property
 * {@code shixian.test.infrastructure} (or the environment variable
 * {@code SHIXIAN_TEST_INFRASTRUCTURE}): {@code embedded} (default) or {@code testcontainers}.
 */
public final class SharedInfrastructure {

    public static final String SWITCH = "shixian.test.infrastructure";

    private static RealInfrastructure instance;

    private SharedInfrastructure() {
    }

    public static synchronized RealInfrastructure get() {
        if (instance == null) {
            instance = start(choice());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "infrastructure-stop"));
        }
        return instance;
    }

    static String choice() {
        String chosen = System.getProperty(SWITCH, System.getenv("SHIXIAN_TEST_INFRASTRUCTURE"));
        return chosen == null || chosen.isBlank() ? "embedded" : chosen.trim().toLowerCase(Locale.ROOT);
    }

    private static RealInfrastructure start(String choice) {
        return switch (choice) {
            case "embedded" -> new InProcessInfrastructure();
            case "testcontainers" -> new ContainerInfrastructure();
            default -> throw new IllegalArgumentException(
                    SWITCH + " must be 'embedded' or 'testcontainers', was '" + choice + "'");
        };
    }
}
