package cn.shixian.importer.header;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a 政务公开标准目录 (standard disclosure catalog) the importer knows, each with the
 * names catalogs give it (compared after {@link HeaderText#normalise}). A name also matches when
 * the header adds a parenthesised note: 公开时限(工作日) is 公开时限.
 */
public enum Column {
    SERIAL(null, "序号", "编号"),
    /** 公开事项: a group over the 事项 levels, or the only name column of a flat catalog. */
    ITEMS(null, "公开事项", "事项", "事项名称", "公开事项名称"),
    LEVEL_1(ITEMS, "一级事项", "主项", "一级"),
    LEVEL_2(ITEMS, "二级事项", "子项", "二级"),
    LEVEL_3(ITEMS, "三级事项", "二级子项", "三级"),
    CONTENT(null, "公开内容(要素)", "公开内容", "公开要素"),
    BASIS(null, "公开依据"),
    TIME_LIMIT(null, "公开时限", "时限"),
    /**
     * 办理时限 (or 办结时限) of a service guide (办事指南): how long the office has to serve an applicant,
     * carried as it is written; not the publication deadline, which stays {@link #TIME_LIMIT}.
     */
    PROCESSING_LIMIT(null, "办理时限", "办结时限"),
    BODY(null, "公开主体", "责任主体", "公开责任主体"),
    CHANNELS(null, "公开渠道和载体", "公开渠道", "公开载体", "公开渠道及载体", "公开渠道与载体"),
    AUDIENCE(null, "公开对象"),
    AUDIENCE_PUBLIC(AUDIENCE, "全社会"),
    AUDIENCE_SPECIFIC(AUDIENCE, "特定群体", "特定对象"),
    MODE(null, "公开方式"),
    MODE_ACTIVE(MODE, "主动", "主动公开"),
    MODE_ON_REQUEST(MODE, "依申请", "依申请公开"),
    /** 公开层级; its sub-columns (县级, 乡级, 市级 …) differ by catalog and are not read. */
    LEVEL(null, "公开层级");

    private final Column group;
    private final List<String> names;

    Column(Column group, String... names) {
        this.group = group;
        this.names = Arrays.stream(names).map(HeaderText::normalise).toList();
    }

    /** The column's usual name, for messages and the import report: 一级事项, 公开时限 … */
    public String label() {
        return names.getFirst();
    }

    /** The group header this column stands under in a two-row header, or null. */
    public Column group() {
        return group;
    }

    public boolean isGroup() {
        return this == ITEMS || this == AUDIENCE || this == MODE || this == LEVEL;
    }

    /** The column a header cell names, if any. */
    public static Optional<Column> named(String headerCell) {
        String text = HeaderText.normalise(headerCell);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (Column column : values()) {
            for (String name : column.names) {
                if (text.equals(name) || text.startsWith(name + "(")) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }
}
