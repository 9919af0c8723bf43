package cn.shixian.deadline.requestapi;

import cn.shixian.deadline.request.Inconsistency;
import cn.shixian.deadline.request.ReportColumn;
import cn.shixian.deadline.request.ReportLine;
import cn.shixian.deadline.request.RequestReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The request table as an XLSX laid out like the official form (格式 2021 三、收到和处理政府信息公开申请情况):
 * a title, the two-level heading 申请人情况 / 自然人 · 法人或其他组织 (five kinds) · 总计, one row per line
 * of the form, and below it the rules the table breaks, if any, so the office can paste it into its report.
 */
final class ReportWorkbook {

    static final String TITLE = "三、收到和处理政府信息公开申请情况";
    private static final int FIRST_ROW = 4;

    private ReportWorkbook() {
    }

    static byte[] of(RequestReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(report.year() + "年 申请情况");
            CellStyle heading = style(workbook, true);
            CellStyle plain = style(workbook, false);
            header(sheet, heading);
            int r = FIRST_ROW;
            for (ReportLine line : ReportLine.lines()) {
                line(sheet.createRow(r++), report, line, plain);
            }
            notes(sheet, r + 1, report.check());
            sheet.setColumnWidth(0, 12 * 256);
            sheet.setColumnWidth(1, 44 * 256);
            for (int c = 2; c < 2 + ReportColumn.values().length; c++) {
                sheet.setColumnWidth(c, 12 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, CellStyle heading) {
        text(sheet.createRow(0), 0, TITLE, heading);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
        Row first = sheet.createRow(1);
        Row second = sheet.createRow(2);
        Row third = sheet.createRow(3);
        text(first, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", heading);
        sheet.addMergedRegion(new CellRangeAddress(1, 3, 0, 1));
        text(first, 2, "申请人情况", heading);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 8));
        text(second, 2, "自然人", heading);
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
        text(second, 3, "法人或其他组织", heading);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 3, 7));
        text(second, 8, "总计", heading);
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 8, 8));
        List<String> kinds = List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        for (int i = 0; i < kinds.size(); i++) {
            text(third, 3 + i, kinds.get(i), heading);
        }
    }

    private static void line(Row row, RequestReport report, ReportLine line, CellStyle plain) {
        text(row, 0, line.number(), plain);
        text(row, 1, line.label(), plain);
        int c = 2;
        for (ReportColumn column : ReportColumn.values()) {
            Cell cell = row.createCell(c++);
            cell.setCellValue(report.count(line, column));
            cell.setCellStyle(plain);
        }
    }

    private static void notes(Sheet sheet, int r, List<Inconsistency> broken) {
        Row first = sheet.createRow(r);
        first.createCell(0).setCellValue(broken.isEmpty() ? "勾稽关系：一致" : "勾稽关系：不一致");
        for (Inconsistency inconsistency : broken) {
            sheet.createRow(++r).createCell(0).setCellValue(inconsistency.rule() + "：" + inconsistency.message());
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(bold);
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bold) {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        return style;
    }
}
