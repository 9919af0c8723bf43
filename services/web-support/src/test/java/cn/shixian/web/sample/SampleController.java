package cn.shixian.web.sample;

import cn.shixian.web.CurrentUsers;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that exercise each rule and each kind of error. */
@RestController
class SampleController {

    record Report(String title, int pages) {
    }

    @GetMapping("/api/reports/{id}")
    Map<String, Object> report(@PathVariable String id, @RequestParam(defaultValue = "1") int copies) {
        return Map.of("id", id, "copies", copies);
    }

    @PostMapping("/api/reports")
    Report create(@RequestBody Report report) {
        return report;
    }

    private final CurrentUsers users;

    SampleController(CurrentUsers users) {
        this.users = users;
    }

    @GetMapping("/api/whoami")
    Map<String, Object> whoami(java.security.Principal principal) {
        return Map.of("name", principal.getName(), "regions", users.scopeOf(principal).prefixes(),
                "everywhere", users.scopeOf(principal).unlimited());
    }

    @GetMapping("/api/failing")
    String failing() {
        throw new IllegalStateException("connection string jdbc:postgresql://secret-host/db leaked");
    }
}
