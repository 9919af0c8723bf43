package cn.shixian.alerting.worklist;

/** SQL LIKE patterns of user text: its wildcards ({@code %}, {@code _}) and the escape ({@code \}) match themselves. */
final class LikePattern {

    private LikePattern() {
    }

    /** {@code %text%} with the text escaped; null for null. */
    static String containing(String text) {
        if (text == null) {
            return null;
        }
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
