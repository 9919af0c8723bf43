package cn.shixian.workcalendar.timelimit;

/**
 * The day counts (N个工作日, or N日 of calendar days) a time-limit text names, reduced to one number per role.
 *
 * <p>Results are a count, or one of the negative markers {@link #NONE}, {@link #SEVERAL} and
 * {@link #FRACTION}; ints rather than objects because the parser must not allocate per call.
 */
final class WorkingDayCounts {

    /** The text names no count of that role. */
    static final int NONE = -1;
    /** It names different counts. */
    static final int SEVERAL = -2;
    /** A count is a decimal ("1.5个工作日"). */
    static final int FRACTION = -3;

    private WorkingDayCounts() {
    }

    /**
     * The limit N. A range reads as its upper bound ("7-10个工作日" = 10, "60至90个工作日" = 90: the
     * count next to 工作日, and the last day the office may take). A repeated count is one count
     * ("审批时限为15个工作日。15个工作日内不能做出决定的…"). Different counts are {@link #SEVERAL}
     * unless exactly one value is marked promised (承诺), which wins over statutory (法定): it is the
     * limit the office publicly commits to.
     */
    static int limit(String text) {
        return limit(text, Unit.WORKING_DAYS);
    }

    /** {@link #limit(String)} of the counts of {@code unit} (working or calendar days). */
    static int limit(String text, Unit unit) {
        int all = find(text, Role.LIMIT, unit);
        if (all != SEVERAL) {
            return all;
        }
        int promised = find(text, Role.PROMISED, unit);
        return promised == NONE ? SEVERAL : promised;
    }

    /**
     * The extension in working days: N of "延长N个工作日", or the total of "延长至N个工作日" minus
     * {@code limit}; 0 if none; {@link #SEVERAL} if unclear (different extensions, both wordings, or
     * a total not above the limit); {@link #FRACTION}.
     */
    static int extension(String text, int limit) {
        return extension(text, limit, Unit.WORKING_DAYS);
    }

    /** {@link #extension(String, int)} in {@code unit}. */
    static int extension(String text, int limit, Unit unit) {
        if (text.indexOf('延') < 0) {
            return 0; // no 延长/延期: skip two scans of the common texts
        }
        int by = find(text, Role.EXTENSION_BY, unit);
        int to = find(text, Role.EXTENSION_TO, unit);
        if (to == NONE) {
            return by == NONE ? 0 : by;
        }
        if (to == FRACTION) {
            return FRACTION;
        }
        return by != NONE || to <= limit ? SEVERAL : to - limit;
    }

    /** Whether the text names an extension at all. */
    static boolean anyExtension(String text) {
        return text.indexOf('延') >= 0
                && (find(text, Role.EXTENSION_BY, Unit.WORKING_DAYS) != NONE
                    || find(text, Role.EXTENSION_TO, Unit.WORKING_DAYS) != NONE);
    }

    /** The one value of the counts that are a {@code wanted}, or a marker. */
    private static int find(String text, Role wanted, Unit unit) {
        int found = NONE;
        int start = Numerals.next(text, 0);
        while (start >= 0) {
            long number = Numerals.read(text, start);
            int end = Numerals.end(number);
            if (Unit.after(text, start, end) == unit && Role.of(text, start).isA(wanted)) {
                found = merge(found, Numerals.value(number));
            }
            start = Numerals.next(text, end);
        }
        return found;
    }

    private static int merge(int found, int value) {
        if (found == FRACTION || value == Numerals.NOT_WHOLE) {
            return FRACTION;
        }
        return found == NONE || found == value ? value : SEVERAL;
    }
}
