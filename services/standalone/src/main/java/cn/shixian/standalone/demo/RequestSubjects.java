package cn.shixian.standalone.demo;

import cn.shixian.contracts.RequestOutcome;
import cn.shixian.standalone.demo.DemoRequests.Office;
import java.util.List;
import java.util.Random;

/**
 * What the demo's applicants ask a human resources and social security office for (申请内容),
 * worded as applications are, and fitting how each ends: an application that is withheld to protect
 * a third party asks for a company's records, one the office does not hold asks another agency's
 * business, a petition (信访) is not a request for information at all.
 */
final class RequestSubjects {

    private static final List<String> ORDINARY = List.of(
            "申请公开{Y}年度{P}城乡居民基本养老保险基金收支情况",
            "申请公开{Y}年度{P}就业补助资金分配及使用情况",
            "申请公开{P}{T}{Y}年公益性岗位人员名单及岗位补贴发放情况",
            "申请公开{Y}年度{P}职业技能提升培训补贴发放明细",
            "申请公开{P}{Y}年事业单位公开招聘考试成绩及拟聘用人员名单",
            "申请公开{Y}年度{P}企业退休人员基本养老金调整方案",
            "申请公开{P}{T}{Y}年灵活就业人员社会保险补贴审核名单",
            "申请公开{P}{Y}年创业担保贷款贴息资金拨付情况",
            "申请公开{P}{Y}年高校毕业生就业见习补贴发放情况",
            "申请公开{Y}年度{P}人力资源服务机构行政许可及备案名单",
            "申请公开{P}{Y}年根治欠薪专项行动工作方案及处理结果",
            "申请公开本人{Y}年工伤认定决定书及认定依据",
            "申请公开{P}{Y}年失业保险稳岗返还企业名单及金额");

    private RequestSubjects() {
    }

    /** @param outcome null for a request that is withdrawn or still open */
    static String of(Random random, Office office, RequestOutcome outcome, int receivedIn) {
        String template = outcome == null ? pick(random, ORDINARY) : switch (outcome) {
            case WITHHELD_STATE_SECRET -> "申请公开{P}涉密岗位人员津贴核定文件及名单";
            case WITHHELD_PROHIBITED_BY_LAW -> "申请公开{P}某企业全部职工{Y}年个人社会保险缴费明细";
            case WITHHELD_SECURITY_AND_STABILITY -> "申请公开{P}{Y}年群体性劳资纠纷应急处置预案及部署情况";
            case WITHHELD_THIRD_PARTY_RIGHTS -> "申请公开{P}{T}某建筑工程有限公司{Y}年职工工资总额及社会保险缴费基数";
            case WITHHELD_INTERNAL_AFFAIRS -> "申请公开{B}{Y}年内部考勤管理制度及干部考核细则";
            case WITHHELD_PROCESS_INFORMATION -> "申请公开{P}{Y}年养老保险待遇调整方案讨论稿及会议纪要";
            case WITHHELD_ENFORCEMENT_FILE -> "申请公开{P}劳动保障监察大队对某劳务公司立案调查的全部案卷材料";
            case WITHHELD_ADMINISTRATIVE_QUERY -> "申请查询本人{Y}年社会保险个人权益记录及缴费基数";
            case UNAVAILABLE_NOT_HELD -> "申请公开{P}{T}老旧小区改造项目资金使用情况";
            case UNAVAILABLE_WOULD_NEED_CREATING -> "申请公开{P}近十年各乡镇（街道）就业人数分年度统计对比表";
            case UNAVAILABLE_STILL_UNCLEAR -> "申请公开有关部门关于本人问题的处理文件";
            case NOT_HANDLED_PETITION -> "反映{P}{T}某商贸公司拖欠工资问题并要求查处";
            case NOT_HANDLED_REPEATED -> "再次申请公开{Y}年度{P}就业补助资金分配及使用情况";
            case NOT_HANDLED_PUBLICATION -> "申请提供《{P}人力资源和社会保障统计年鉴（{Y}）》";
            case NOT_HANDLED_EXCESSIVE -> "申请公开{P}{Y}年全部行政许可决定书及送达回证（第三批）";
            case NOT_HANDLED_CONFIRMATION -> "申请确认本人已获取的工伤认定决定书真实性并重新出具";
            case OTHER_NOT_CORRECTED -> "申请公开相关补贴文件";
            case OTHER_FEE_UNPAID -> "申请公开{P}2015年至{Y}年全部社会保险基金稽核报告";
            case OTHER -> "申请公开{P}{Y}年社会保障卡换发情况";
            default -> pick(random, ORDINARY);
        };
        int year = receivedIn - random.nextInt(2);
        return template.replace("{Y}", Integer.toString(year)).replace("{P}", office.place())
                .replace("{T}", pick(random, office.towns())).replace("{B}", office.body());
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
