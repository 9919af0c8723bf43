package cn.shixian.workcalendar.timelimit;

/** What a working-day count in a time-limit text is: the limit itself, or an extension of it. */
enum Role {
    /** The limit: "审批时限为15个工作日". */
    LIMIT,
    /** The limit, marked as the promised one (承诺时限) rather than the statutory one (法定时限). */
    PROMISED,
    /** An extension by N (延长): "可以延长10个工作日". */
    EXTENSION_BY,
    /** An extension to a total of N (延长至): "可延长至30个工作日". */
    EXTENSION_TO;

    private static final String[] EXTENDED_TO = {"延长至", "延长到", "延至", "延期至"};
    private static final String[] EXTENDED = {"延长", "延期"};

    /** The role of the working-day count starting at {@code start}, from the words before it. */
    static Role of(String text, int start) {
        int clause = Chars.clauseStart(text, start);
        if (text.lastIndexOf('延', start - 1) >= clause) { // cheap test first: most texts have no 延
            if (Chars.containsAny(text, clause, start, EXTENDED_TO)) {
                return EXTENSION_TO;
            }
            if (Chars.containsAny(text, clause, start, EXTENDED)) {
                return EXTENSION_BY;
            }
        }
        // the nearest label before the count wins: "承诺时限5个工作日，法定时限20个工作日"
        return Chars.lastIndexOf(text, start, "承诺") > Chars.lastIndexOf(text, start, "法定") ? PROMISED : LIMIT;
    }

    /** Whether a count of this role is one that {@code wanted} asks for (a promised limit is a limit). */
    boolean isA(Role wanted) {
        return this == wanted || (wanted == LIMIT && this == PROMISED);
    }
}
