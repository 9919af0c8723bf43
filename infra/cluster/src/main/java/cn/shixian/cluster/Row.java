package cn.shixian.cluster;

/** One line of the fault test's table: what was counted, and what it must be (null: shown only). */
record Row(String what, Object actual, Object expected) {

    static Row shown(String what, Object actual) {
        return new Row(what, actual, null);
    }

    boolean passes() {
        return expected == null || String.valueOf(expected).equals(String.valueOf(actual));
    }

    String line() {
        return "| %s | %s | %s | %s |".formatted(what, actual, expected == null ? "" : expected,
                expected == null ? "" : passes() ? "ok" : "**FAIL**");
    }
}
