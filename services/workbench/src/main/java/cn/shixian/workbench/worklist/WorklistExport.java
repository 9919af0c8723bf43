package cn.shixian.workbench.worklist;

import cn.shixian.workbench.services.AlertingApi;
import cn.shixian.workbench.services.Page;
import cn.shixian.workbench.services.WorkItem;
import cn.shixian.workbench.services.WorklistQuery;
import cn.shixian.workbench.web.Dates;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The current worklist filter as a spreadsheet (导出): XLSX with real date cells, or CSV (UTF-8 with a
 * byte order mark, which Excel needs to read Chinese), the same columns as the page, every page of
 * the filter up to {@value #MAX_ROWS} rows.
 */
@Controller
class WorklistExport {

    static final int MAX_ROWS = 100_000;
    private static final int PAGE = 500;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final AlertingApi alerting;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;

    WorklistExport(AlertingApi alerting, MessageSource messages, java.time.Clock clock,
                   cn.shixian.workbench.WorkbenchSettings settings) {
        this.zone = settings.zone();
        this.alerting = alerting;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/worklist/export.xlsx")
    void xlsx(WorklistForm form, HttpServletResponse response) throws IOException {
        List<WorkItem> rows = rows(form.query(PAGE).withPage(0, PAGE));
        attachment(response, form.preset(), "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = response.getOutputStream()) {
            writeSheet(workbook, rows);
            workbook.write(out);
        }
    }

    @GetMapping("/worklist/export.csv")
    void csv(WorklistForm form, HttpServletResponse response) throws IOException {
        List<WorkItem> rows = rows(form.query(PAGE).withPage(0, PAGE));
        attachment(response, form.preset(), "csv", "text/csv;charset=UTF-8");
        OutputStreamWriter writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord(headings());
            for (WorkItem row : rows) {
                List<String> cells = new ArrayList<>();
                for (Column column : Column.values()) {
                    cells.add(text(column, row));
                }
                csv.printRecord(cells);
            }
        }
    }

    /** Every row of the filter, page after page, up to {@link #MAX_ROWS}. */
    List<WorkItem> rows(WorklistQuery first) {
        List<WorkItem> rows = new ArrayList<>();
        WorklistQuery query = first;
        while (rows.size() < MAX_ROWS) {
            Page<WorkItem> page = alerting.obligations(query);
            rows.addAll(page.content());
            if (!page.hasNext()) {
                break;
            }
            query = query.withPage(query.page() + 1, PAGE);
        }
        return rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
    }

    private void writeSheet(SXSSFWorkbook workbook, List<WorkItem> rows) {
        Sheet sheet = workbook.createSheet(message("export.sheet"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Row header = sheet.createRow(0);
        List<String> headings = headings();
        for (int i = 0; i < headings.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headings.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (WorkItem item : rows) {
            Row row = sheet.createRow(r++);
            Column[] columns = Column.values();
            for (int i = 0; i < columns.length; i++) {
                Object value = columns[i].valueOf(item);
                Cell cell = row.createCell(i);
                if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(text(columns[i], item));
                }
            }
        }
        for (int i = 0; i < headings.size(); i++) {
            sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 16 * 256);
        }
    }

    private List<String> headings() {
        List<String> headings = new ArrayList<>();
        for (Column column : Column.values()) {
            headings.add(message(column.messageKey()));
        }
        return headings;
    }

    /** A cell as text: states and flags in the officer's language, dates as YYYY-MM-DD. */
    private String text(Column column, WorkItem row) {
        Object value = column.valueOf(row);
        if (value == null) {
            return "";
        }
        return switch (column) {
            case STATE -> message("state." + value);
            case PROVISIONAL -> message(Boolean.TRUE.equals(value) ? "yes" : "no");
            case TIME_LIMIT -> message("item.limitKind." + value);
            default -> value.toString();
        };
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }

    private void attachment(HttpServletResponse response, Worklist list, String extension, String type) {
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), zone));
        String name = (Dates.chinese(LocaleContextHolder.getLocale()) ? "待办-" : "worklist-") + list.slug()
                + "-" + stamp + "." + extension;
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
    }
}
