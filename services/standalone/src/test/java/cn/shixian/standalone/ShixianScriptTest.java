package cn.shixian.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.testsupport.RepositoryFiles;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM that {@code ./shixian up} starts has a heap cap, and {@code SHIXIAN_JAVA_OPTS} overrides it.
 * The repository's script, copied into a directory where {@code services/standalone/target/shixian-standalone.jar}
 * is a jar of {@link Probe} alone (newer than every source there, so nothing is built), run with this JDK: the
 * JVM it execs reports its own {@code MaxHeapSize} and the arguments it got.
 */
class ShixianScriptTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path root;

    @Test
    void upCapsTheHeapAtOneGibibyte() throws Exception {
        assertThat(up(null, "--no-demo", "--data-dir", "/tmp/somewhere"))
                .isEqualTo("MaxHeapSize=" + 1024 * MIB + " args=[--no-demo, --data-dir, /tmp/somewhere]");
    }

    @Test
    void shixianJavaOptsComesAfterTheCapSoItsHeapWins() throws Exception {
        assertThat(up("-Xmx768m -Dprobe.extra=1", "--no-demo"))
                .isEqualTo("MaxHeapSize=" + 768 * MIB + " args=[--no-demo] probe.extra=1");
    }

    /** {@code ./shixian up ARGS} with SHIXIAN_JAVA_OPTS set to {@code javaOpts} (unset if null): what the JVM said. */
    private String up(String javaOpts, String... args) throws Exception {
        Path script = root.resolve("shixian");
        Files.copy(RepositoryFiles.find("shixian"), script);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        writeProbeJar(root.resolve("services/standalone/target/shixian-standalone.jar"));

        String[] command = new String[args.length + 2];
        command[0] = script.toString();
        command[1] = "up";
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.remove("SHIXIAN_JAVA_OPTS");
        if (javaOpts != null) {
            env.put("SHIXIAN_JAVA_OPTS", javaOpts);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static void writeProbeJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
        String entry = Probe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream probe = Probe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            probe.transferTo(out);
            out.closeEntry();
        }
    }

    /** The stand-in launcher: prints the heap cap it runs with and what it was given. */
    public static final class Probe {
        public static void main(String[] args) {
            String maxHeap = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("MaxHeapSize").getValue();
            String extra = System.getProperty("probe.extra");
            System.out.println("MaxHeapSize=" + maxHeap + " args=" + Arrays.toString(args)
                    + (extra == null ? "" : " probe.extra=" + extra));
        }
    }
}
