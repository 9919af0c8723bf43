package cn.shixian.deadline.request;

import cn.shixian.contracts.ApplicantType;
import java.util.Arrays;
import java.util.List;

/**
 * A column of the yearly report's request table (申请人情况): 自然人, the five kinds of 法人或其他组织,
 * and 总计, in the order of the 2021 format.
 */
public enum ReportColumn {
    NATURAL_PERSON(ApplicantType.NATURAL_PERSON),
    COMMERCIAL(ApplicantType.COMMERCIAL),
    RESEARCH(ApplicantType.RESEARCH),
    NON_PROFIT(ApplicantType.NON_PROFIT),
    LEGAL_SERVICE(ApplicantType.LEGAL_SERVICE),
    OTHER_ORGANIZATION(ApplicantType.OTHER_ORGANIZATION),
    /** 总计: the sum of the six others. */
    TOTAL(null);

    private final ApplicantType applicant;

    ReportColumn(ApplicantType applicant) {
        this.applicant = applicant;
    }

    public static ReportColumn of(ApplicantType applicant) {
        return valueOf(applicant.name());
    }

    /** The six applicant columns, without 总计. */
    public static List<ReportColumn> applicants() {
        return Arrays.stream(values()).filter(c -> c != TOTAL).toList();
    }

    /** The heading, with 法人或其他组织 before its five kinds. */
    public String label() {
        if (applicant == null) {
            return "总计";
        }
        return applicant == ApplicantType.NATURAL_PERSON ? applicant.label() : "法人或其他组织/" + applicant.label();
    }
}
