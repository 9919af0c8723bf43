package cn.shixian.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The committed example events under contracts/examples, one per type. */
final class Examples {

    static final Path DIRECTORY = Path.of("examples");

    private Examples() {
    }

    static Path of(EventType type) {
        return DIRECTORY.resolve(type.type() + ".json");
    }

    static byte[] bytes(EventType type) {
        try {
            return Files.readAllBytes(of(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(EventType type) {
        return new String(bytes(type), StandardCharsets.UTF_8);
    }

    /** The example with {@code target} replaced, failing loudly if the example no longer contains it. */
    static String with(EventType type, String target, String replacement) {
        String text = text(type);
        if (!text.contains(target)) {
            throw new IllegalStateException(of(type) + " does not contain " + target);
        }
        return text.replace(target, replacement);
    }
}
