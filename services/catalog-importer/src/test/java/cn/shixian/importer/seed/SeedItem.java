package cn.shixian.importer.seed;

import java.util.List;

/**
 * One item of a seed catalog, as the sample CSV writes it: the columns of a 政务公开标准目录.
 *
 * @param serial   序号
 * @param level1   一级事项 (主项)
 * @param level2   二级事项 (子项), "" if none
 * @param level3   三级事项 (二级子项), "" if none
 * @param content  公开内容（要素）
 * @param basis    公开依据
 * @param timeLimit 公开时限, "" if the seed states none (the HRSS guides: the default 20 working days)
 * @param body     公开主体
 * @param channels 公开渠道和载体, checked entries
 * @param marks    公开对象 and 公开方式 check marks
 * @param level    公开层级, e.g. 县级、乡级
 * @param processingLimit 办理时限 of a service guide (办事指南), "" for a catalog item, which states none
 */
record SeedItem(int serial, String level1, String level2, String level3, String content, String basis,
                String timeLimit, String body, List<String> channels, Marks marks, String level,
                String processingLimit) {

    SeedItem {
        channels = List.copyOf(channels);
        if (level1.isEmpty() || (level2.isEmpty() && !level3.isEmpty())) {
            throw new IllegalArgumentException("item " + serial + " has a gap in its path: " + level1 + "/" + level2 + "/" + level3);
        }
    }

    /** A catalog item: its catalog states a 公开时限 and no 办理时限. */
    SeedItem(int serial, String level1, String level2, String level3, String content, String basis,
             String timeLimit, String body, List<String> channels, Marks marks, String level) {
        this(serial, level1, level2, level3, content, basis, timeLimit, body, channels, marks, level, "");
    }

    /** 全社会, 特定群体, 主动, 依申请. */
    record Marks(boolean everyone, boolean specificGroups, boolean active, boolean onRequest) {

        static final Marks PUBLIC_ACTIVE = new Marks(true, false, true, false);
    }
}
