package cn.shixian.contracts;

/**
 * How a request was finished (办理结果): every row of the yearly report's part 三, section 三
 * (本年度办理结果), in the order of 《政府信息公开工作年度报告格式》 (国办公开办函〔2021〕30号).
 * Adding a value is a breaking change of {@code disclosure.request.answered} (README: compatibility).
 */
public enum RequestOutcome {
    /** (一) 予以公开. */
    DISCLOSED(Group.DISCLOSED, 0, "予以公开"),
    /** (二) 部分公开 (区分处理的，只计这一情形，不计其他情形). */
    PARTLY_DISCLOSED(Group.PARTLY_DISCLOSED, 0, "部分公开"),
    /** (三) 不予公开 1. 属于国家秘密. */
    WITHHELD_STATE_SECRET(Group.WITHHELD, 1, "属于国家秘密"),
    /** (三) 2. 其他法律行政法规禁止公开. */
    WITHHELD_PROHIBITED_BY_LAW(Group.WITHHELD, 2, "其他法律行政法规禁止公开"),
    /** (三) 3. 危及“三安全一稳定”. */
    WITHHELD_SECURITY_AND_STABILITY(Group.WITHHELD, 3, "危及“三安全一稳定”"),
    /** (三) 4. 保护第三方合法权益. */
    WITHHELD_THIRD_PARTY_RIGHTS(Group.WITHHELD, 4, "保护第三方合法权益"),
    /** (三) 5. 属于三类内部事务信息. */
    WITHHELD_INTERNAL_AFFAIRS(Group.WITHHELD, 5, "属于三类内部事务信息"),
    /** (三) 6. 属于四类过程性信息. */
    WITHHELD_PROCESS_INFORMATION(Group.WITHHELD, 6, "属于四类过程性信息"),
    /** (三) 7. 属于行政执法案卷. */
    WITHHELD_ENFORCEMENT_FILE(Group.WITHHELD, 7, "属于行政执法案卷"),
    /** (三) 8. 属于行政查询事项. */
    WITHHELD_ADMINISTRATIVE_QUERY(Group.WITHHELD, 8, "属于行政查询事项"),
    /** (四) 无法提供 1. 本机关不掌握相关政府信息. */
    UNAVAILABLE_NOT_HELD(Group.UNAVAILABLE, 1, "本机关不掌握相关政府信息"),
    /** (四) 2. 没有现成信息需要另行制作. */
    UNAVAILABLE_WOULD_NEED_CREATING(Group.UNAVAILABLE, 2, "没有现成信息需要另行制作"),
    /** (四) 3. 补正后申请内容仍不明确. */
    UNAVAILABLE_STILL_UNCLEAR(Group.UNAVAILABLE, 3, "补正后申请内容仍不明确"),
    /** (五) 不予处理 1. 信访举报投诉类申请. */
    NOT_HANDLED_PETITION(Group.NOT_HANDLED, 1, "信访举报投诉类申请"),
    /** (五) 2. 重复申请. */
    NOT_HANDLED_REPEATED(Group.NOT_HANDLED, 2, "重复申请"),
    /** (五) 3. 要求提供公开出版物. */
    NOT_HANDLED_PUBLICATION(Group.NOT_HANDLED, 3, "要求提供公开出版物"),
    /** (五) 4. 无正当理由大量反复申请. */
    NOT_HANDLED_EXCESSIVE(Group.NOT_HANDLED, 4, "无正当理由大量反复申请"),
    /** (五) 5. 要求行政机关确认或重新出具已获取信息. */
    NOT_HANDLED_CONFIRMATION(Group.NOT_HANDLED, 5, "要求行政机关确认或重新出具已获取信息"),
    /** (六) 其他处理 1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请. */
    OTHER_NOT_CORRECTED(Group.OTHER, 1, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    /** (六) 2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请. */
    OTHER_FEE_UNPAID(Group.OTHER, 2, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    /** (六) 3. 其他. */
    OTHER(Group.OTHER, 3, "其他");

    /** The numbered sections (一) … (六) of 本年度办理结果. */
    public enum Group {
        DISCLOSED("（一）", "予以公开"),
        PARTLY_DISCLOSED("（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）"),
        WITHHELD("（三）", "不予公开"),
        UNAVAILABLE("（四）", "无法提供"),
        NOT_HANDLED("（五）", "不予处理"),
        OTHER("（六）", "其他处理");

        private final String number;
        private final String label;

        Group(String number, String label) {
            this.number = number;
            this.label = label;
        }

        public String number() {
            return number;
        }

        public String label() {
            return label;
        }
    }

    private final Group group;
    private final int position;
    private final String label;

    RequestOutcome(Group group, int position, String label) {
        this.group = group;
        this.position = position;
        this.label = label;
    }

    public Group group() {
        return group;
    }

    /** Its number within its group (1. … 8.), 0 for the two groups that are one row each. */
    public int position() {
        return position;
    }

    /** The row's wording on the form. */
    public String label() {
        return label;
    }
}
