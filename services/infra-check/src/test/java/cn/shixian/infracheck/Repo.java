package cn.shixian.infracheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repository this module lives in, found by walking up from the working directory (Maven runs
 * the tests in {@code services/infra-check}, an IDE maybe elsewhere inside the clone), and the
 * files of it the checks read.
 */
final class Repo {

    /** The two Spring Boot services of infra/compose.yaml, by compose service name = module = config file name. */
    static final List<String> SERVICES = List.of("deadline-service", "alerting-service");

    static final Path ROOT = findRoot();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Repo() {
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("services/deadline-service/src/main/resources/deadline-service.yml"))
                    && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the Shixian repository: no services/deadline-service/src/main/resources/"
                + "deadline-service.yml above " + Path.of("").toAbsolutePath());
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT.relativize(file), e);
        }
    }

    static String read(String relative) {
        return read(path(relative));
    }

    /** One YAML document as plain maps, lists and scalars (no custom tags). */
    static Map<String, Object> yaml(Path file) {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(read(file));
        if (!(doc instanceof Map<?, ?>)) {
            throw new IllegalStateException(ROOT.relativize(file) + " is not a YAML mapping");
        }
        return cast(doc);
    }

    static Map<String, Object> yaml(String relative) {
        return yaml(path(relative));
    }

    /** Strict JSON (no comments, no trailing commas), as Grafana reads it. */
    static Map<String, Object> json(String relative) {
        return cast(JSON.readValue(read(relative), Map.class));
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object value) {
        return (T) value;
    }

    /** The value at a dotted path of nested maps, or null. */
    static Object at(Map<String, Object> map, String dottedPath) {
        Object current = map;
        for (String key : dottedPath.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? cast(value) : Map.of();
    }

    static List<Object> list(Object value) {
        return value instanceof List<?> ? cast(value) : List.of();
    }

    /**
     * A service's configuration: {@code services/<name>/src/main/resources/<name>.yml} and, recursively,
     * the {@code classpath:} files it imports (spring.config.import), found under
     * {@code services/<any>/src/main/resources/}. Later files do not override: keys are only collected.
     */
    static List<Path> serviceConfigFiles(String service) {
        List<Path> files = new ArrayList<>();
        collect(path("services/" + service + "/src/main/resources/" + service + ".yml"), files);
        return files;
    }

    private static void collect(Path file, List<Path> files) {
        if (files.contains(file)) {
            return;
        }
        files.add(file);
        Object imports = at(yaml(file), "spring.config.import");
        if (imports == null) {
            return;
        }
        List<String> locations = imports instanceof List<?> l
                ? l.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(imports).split(","));
        for (String location : locations) {
            String name = location.strip().replaceFirst("^optional:", "");
            if (!name.startsWith("classpath:")) {
                continue;
            }
            String resource = name.substring("classpath:".length());
            List<Path> found = resourceFiles(resource);
            if (found.size() != 1) {
                throw new IllegalStateException(ROOT.relativize(file) + " imports " + location + ", found " + found.size()
                        + " files services/*/src/main/resources/" + resource + ": " + found);
            }
            collect(found.get(0), files);
        }
    }

    private static List<Path> resourceFiles(String resource) {
        try (Stream<Path> modules = Files.list(path("services"))) {
            return modules.map(m -> m.resolve("src/main/resources").resolve(resource)).filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every leaf key of a YAML tree in Spring's flat form: {@code spring.kafka.bootstrap-servers},
     * list elements as {@code shixian.security.users[0].name}, bracketed map keys kept.
     */
    static Map<String, Object> flatten(Map<String, Object> tree) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", tree, flat);
        return flat;
    }

    private static void flatten(String prefix, Object node, Map<String, Object> flat) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String name = prefix.isEmpty() ? key : key.startsWith("[") ? prefix + key : prefix + "." + key;
                flatten(name, e.getValue(), flat);
            }
        } else if (node instanceof List<?> list && !list.isEmpty() && list.stream().anyMatch(x -> x instanceof Map<?, ?>)) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else {
            flat.put(prefix, node);
        }
    }

    /** {@code server.port} of a service, from its own yml. */
    static int serverPort(String service) {
        Object port = at(yaml("services/" + service + "/src/main/resources/" + service + ".yml"), "server.port");
        if (port == null) {
            throw new IllegalStateException(service + ".yml sets no server.port");
        }
        return Integer.parseInt(String.valueOf(port));
    }

    /** The root pom's project version (the image tags follow it). */
    static String projectVersion() {
        String pom = read("pom.xml");
        // the first <version> after </parent> is the project's own
        Matcher m = Pattern.compile("</parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        if (!m.find()) {
            throw new IllegalStateException("no project version in pom.xml");
        }
        return m.group(1).strip();
    }
}
