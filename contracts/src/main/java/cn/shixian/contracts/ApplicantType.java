package cn.shixian.contracts;

/**
 * Who applied (申请人类型): the columns of the yearly report's request table (格式 2021, part 三):
 * 自然人, then the five kinds of 法人或其他组织.
 */
public enum ApplicantType {
    /** 自然人. */
    NATURAL_PERSON("自然人"),
    /** 商业企业. */
    COMMERCIAL("商业企业"),
    /** 科研机构. */
    RESEARCH("科研机构"),
    /** 社会公益组织. */
    NON_PROFIT("社会公益组织"),
    /** 法律服务机构. */
    LEGAL_SERVICE("法律服务机构"),
    /** 其他 (法人或其他组织). */
    OTHER_ORGANIZATION("其他");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    /** The column heading of the report. */
    public String label() {
        return label;
    }
}
