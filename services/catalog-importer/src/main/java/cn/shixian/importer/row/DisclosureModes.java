package cn.shixian.importer.row;

import cn.shixian.contracts.DisclosureMode;
import cn.shixian.importer.header.Column;
import cn.shixian.importer.header.ColumnLayout;
import cn.shixian.importer.table.TableRow;
import java.util.List;

/**
 * Reads 公开方式 (disclosure mode): check marks under 主动 | 依申请, or one 公开方式 column of text
 * ("主动公开", "依申请", "■主动 □依申请"). A row marked both ways is published actively, so it is
 * {@link DisclosureMode#ACTIVE}: it opens a publication obligation. A catalog without a 公开方式
 * column lists what is published actively, so its rows are ACTIVE too.
 */
final class DisclosureModes {

    private DisclosureModes() {
    }

    static DisclosureMode read(ColumnLayout layout, TableRow row) {
        if (layout.has(Column.MODE_ACTIVE) || layout.has(Column.MODE_ON_REQUEST)) {
            String active = cell(layout, row, Column.MODE_ACTIVE);
            String onRequest = cell(layout, row, Column.MODE_ON_REQUEST);
            if (active.isBlank() && onRequest.isBlank()) {
                throw new RowException("公开方式: neither 主动 nor 依申请 is marked (both cells are blank; a row that names"
                        + " its own 事项 does not take the marks of the row above)");
            }
            return marked(CheckMarks.isChecked(active), CheckMarks.isChecked(onRequest));
        }
        if (!layout.has(Column.MODE)) {
            return DisclosureMode.ACTIVE;
        }
        String text = cell(layout, row, Column.MODE);
        if (text.isBlank()) {
            throw new RowException("公开方式 is blank: expected 主动 or 依申请");
        }
        boolean active = false;
        boolean onRequest = false;
        for (String entry : CheckMarks.hasMarks(text) ? Channels.read(text) : List.of(text)) {
            active |= entry.contains("主动");
            onRequest |= entry.contains("依申请");
        }
        if (!active && !onRequest && !CheckMarks.hasMarks(text)) {
            throw new RowException("公开方式 '" + CellText.tidy(text) + "' names neither 主动 nor 依申请");
        }
        return marked(active, onRequest);
    }

    private static DisclosureMode marked(boolean active, boolean onRequest) {
        if (!active && !onRequest) {
            throw new RowException("公开方式: neither 主动 nor 依申请 is marked");
        }
        return active ? DisclosureMode.ACTIVE : DisclosureMode.ON_REQUEST;
    }

    private static String cell(ColumnLayout layout, TableRow row, Column column) {
        return row.cell(layout.position(column).orElse(-1));
    }
}
