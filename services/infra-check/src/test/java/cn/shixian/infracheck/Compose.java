package cn.shixian.infracheck;

import static cn.shixian.infracheck.Repo.list;
import static cn.shixian.infracheck.Repo.map;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** infra/compose.yaml, read with snakeyaml, with the few accessors the checks need. */
final class Compose {

    static final String FILE = "infra/compose.yaml";

    /** Directory relative paths in the compose file are resolved against (compose's project directory). */
    static final Path DIR = Repo.path("infra");

    final Map<String, Object> doc = Repo.yaml(FILE);

    Map<String, Object> services() {
        return map(doc.get("services"));
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = map(services().get(name));
        if (service.isEmpty()) {
            throw new AssertionError(FILE + " has no service '" + name + "'; services: " + services().keySet());
        }
        return service;
    }

    /** The environment of a service, as a map whichever of compose's two forms (map or KEY=value list) it uses. */
    Map<String, String> environment(String name) {
        Object env = service(name).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else {
            for (Object entry : list(env)) {
                String s = String.valueOf(entry);
                int eq = s.indexOf('=');
                result.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        }
        return result;
    }

    /** Published ports, short syntax ("[ip:]host:container[/proto]") or long syntax, as host → container. */
    Map<Integer, Integer> ports(String name) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        for (Object entry : list(service(name).get("ports"))) {
            if (entry instanceof Map<?, ?> m) {
                ports.put(Integer.valueOf(String.valueOf(m.get("published"))), Integer.valueOf(String.valueOf(m.get("target"))));
            } else {
                String[] parts = String.valueOf(entry).replaceFirst("/(tcp|udp)$", "").split(":");
                if (parts.length < 2) {
                    throw new AssertionError(FILE + ": port '" + entry + "' of " + name + " publishes no fixed host port");
                }
                ports.put(Integer.valueOf(parts[parts.length - 2]), Integer.valueOf(parts[parts.length - 1]));
            }
        }
        return ports;
    }

    /** The healthcheck test as one string (CMD / CMD-SHELL form). */
    String healthcheck(String name) {
        Object test = map(service(name).get("healthcheck")).get("test");
        if (test instanceof List<?> l) {
            return String.join(" ", l.stream().map(String::valueOf).toList());
        }
        return test == null ? "" : String.valueOf(test);
    }

    /** Bind mounts with a relative source (short syntax "./src:/target[:ro]"), as source path → container path. */
    Map<Path, String> bindMounts(String name) {
        Map<Path, String> mounts = new LinkedHashMap<>();
        for (Object entry : list(service(name).get("volumes"))) {
            if (entry instanceof Map<?, ?> m) {
                String source = String.valueOf(m.get("source"));
                if ("bind".equals(String.valueOf(m.get("type")))) {
                    mounts.put(DIR.resolve(source).normalize(), String.valueOf(m.get("target")));
                }
                continue;
            }
            String[] parts = String.valueOf(entry).split(":");
            if (parts[0].startsWith(".") || parts[0].startsWith("/")) {
                mounts.put(DIR.resolve(parts[0]).normalize(), parts[1]);
            }
        }
        return mounts;
    }
}
