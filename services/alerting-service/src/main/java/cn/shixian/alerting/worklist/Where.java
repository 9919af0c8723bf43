package cn.shixian.alerting.worklist;

import cn.shixian.web.query.Conditions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of the worklist: web-support's {@link Conditions} (region, scope) and the
 * worklist's own conditions, each added only when its value is given. SQL is the caller's, values
 * always travel as named parameters.
 */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    Where(Conditions shared) {
        if (!shared.sql().isEmpty()) {
            conditions.add(shared.sql().substring(" where ".length()));
        }
        params.putAll(shared.params());
    }

    /** {@code condition}, naming {@code :parameter}, when {@code value} is not null. */
    Where and(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(parameter, value);
        }
        return this;
    }

    /** A condition without parameters (its SQL made of checked values only); null adds nothing. */
    Where and(String condition) {
        if (condition != null) {
            conditions.add(condition);
        }
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }
}
