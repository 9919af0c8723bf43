package cn.shixian.contracts;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An event that does not meet its contract. Never retried: it goes to the dead-letter topic. */
public final class InvalidEventException extends RuntimeException {

    /** Why the event was rejected; {@link #code()} is used in DLT headers and metric labels. */
    public enum Reason {
        NOT_JSON, TOO_LARGE, UNKNOWN_TYPE, SCHEMA_INVALID, IMPOSSIBLE_DATE;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final transient List<Violation> violations;

    public InvalidEventException(Reason reason, List<Violation> violations) {
        super(reason.code() + ": " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.reason = reason;
        this.violations = List.copyOf(violations);
    }

    public InvalidEventException(Reason reason, String field, String rule, String message) {
        this(reason, List.of(new Violation(field, rule, message)));
    }

    public Reason reason() {
        return reason;
    }

    public List<Violation> violations() {
        return violations;
    }
}
