package cn.shixian.contracts;

/**
 * One reason an event was rejected.
 *
 * @param field   JSON pointer of the offending field, e.g. {@code /data/changedAt}
 * @param rule    the rule it broke, e.g. {@code required}, {@code pattern}, {@code format}, {@code type}
 * @param message a sentence a person can act on
 */
public record Violation(String field, String rule, String message) {

    @Override
    public String toString() {
        return field + ": " + message + " [" + rule + "]";
    }
}
