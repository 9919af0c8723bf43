package cn.shixian.deadline.request;

/** One cell of the request table: a row and a column. */
public record ReportCell(ReportLine line, ReportColumn column) {

    /** How an officer finds it on the form, e.g. "三（七） 总计 × 自然人". */
    public String name() {
        return line.number() + " " + line.label() + " × " + column.label();
    }
}
