package cn.shixian.alerting.notify;

/** "还剩 2 个工作日", "今天到期", "已逾期 3 个工作日": the time left or past, said the same way everywhere. */
final class DaysPhrase {

    private DaysPhrase() {
    }

    static String left(Integer workingDays) {
        if (workingDays == null) {
            return "即将到期";
        }
        return workingDays == 0 ? "今天到期" : "还剩 " + workingDays + " 个工作日";
    }

    static String overdue(Integer workingDays) {
        // overdue from the first instant after the due date: 0 working days past is still overdue
        if (workingDays == null || workingDays == 0) {
            return "已逾期";
        }
        return "已逾期 " + workingDays + " 个工作日";
    }
}
