package cn.shixian.standalone.demo;

import cn.shixian.contracts.ApplicantType;
import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.RequestAnswered;
import cn.shixian.contracts.RequestChannel;
import cn.shixian.contracts.RequestConsultationEnded;
import cn.shixian.contracts.RequestConsultationStarted;
import cn.shixian.contracts.RequestConsultationStarted.PartyKind;
import cn.shixian.contracts.RequestCorrected;
import cn.shixian.contracts.RequestCorrectionRequested;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.contracts.RequestExtended;
import cn.shixian.contracts.RequestOutcome;
import cn.shixian.contracts.RequestReceived;
import cn.shixian.contracts.RequestWithdrawn;
import cn.shixian.deadline.request.RequestClock;
import cn.shixian.deadline.request.RequestHistory;
import cn.shixian.deadline.request.RequestRules;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Requests for government information (依申请公开) for the demo: for each sample region, a seeded
 * stream of applications received from January 2024 up to {@code now}, with what happened to each
 * (补正, 征求意见, 延期, the answer and its outcome, 撤回). Every year has its share; 2025 is dealt so
 * that its yearly report (年度报告 part 三) has every row: each applicant type, 上年结转 (received in
 * December 2024, answered in January 2025), each outcome of the form, 结转下年度 (received in
 * December 2025, answered in January 2026). Around {@code now} a few are still open: one due in a
 * few working days, one overdue, one waiting for a correction, one in consultation.
 *
 * <p>Each request is built on the deadline-service's own clock ({@link RequestHistory} over the
 * bundled calendar): the due dates it answers on time or late against are the clock's, and an event
 * the clock would refuse is a bug here ({@link IllegalStateException}), not a record for the DLT.
 */
final class DemoRequests {

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 2);
    /** As a request handling system (依申请公开办理系统) would name itself. */
    static final URI SOURCE = URI.create("urn:shixian:demo:requests");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** The agency answering a region's requests, and the places its applicants ask about. */
    record Office(String region, String slug, String body, String place, List<String> towns) {
    }

    /** One request's events up to {@code now}, in order. */
    record DemoRequest(String requestId, String region, List<RequestEvent> events) {
    }

    static final Map<String, Office> OFFICES = List.of(
            new Office("654002", "yining", "伊宁市人力资源和社会保障局", "伊宁市", List.of("墩买里街道", "喀赞其街道", "琼科瑞克街道")),
            new Office("654021", "yiningxian", "伊宁县人力资源和社会保障局", "伊宁县", List.of("吉里于孜镇", "墩麻扎镇", "英塔木镇")),
            new Office("650500", "hami", "哈密市人力资源和社会保障局", "哈密市", List.of("伊州区东河街道", "伊州区西河街道", "伊州区城北街道")),
            new Office("650000", "xjrst", "新疆维吾尔自治区人力资源和社会保障厅", "自治区", List.of("乌鲁木齐市", "昌吉回族自治州", "伊犁哈萨克自治州")),
            new Office("360702", "zhanggong", "赣州市章贡区人力资源和社会保障局", "章贡区", List.of("解放街道", "南外街道", "水东镇")))
            .stream().collect(Collectors.toUnmodifiableMap(Office::region, Function.identity()));

    private enum Correction { NONE, CORRECTED, LAPSED }

    private enum Consultation { NONE, THIRD_PARTY, THIRD_PARTY_LONG, AGENCY }

    private enum Extending { NONE, WHILE_OPEN, IN_CONSULTATION }

    /**
     * What happens to one request.
     *
     * @param outcome        null: withdrawn (撤回), unless {@code open}
     * @param open           nothing after the twists: still being handled
     * @param answerFrom     the first day it may be answered on (a carried-over request answered next year)
     */
    private record Plan(LocalDate receivedOn, ApplicantType applicant, RequestOutcome outcome, boolean open,
                        Correction correction, Consultation consultation, Extending extending, boolean late,
                        LocalDate answerFrom) {

        Plan with(Correction c) {
            return new Plan(receivedOn, applicant, outcome, open, c, consultation, extending, late, answerFrom);
        }

        Plan with(Consultation c) {
            return new Plan(receivedOn, applicant, outcome, open, correction, c, extending, late, answerFrom);
        }

        Plan with(Extending e) {
            return new Plan(receivedOn, applicant, outcome, open, correction, consultation, e, late, answerFrom);
        }

        Plan late(boolean l) {
            return new Plan(receivedOn, applicant, outcome, open, correction, consultation, extending, l, answerFrom);
        }

        Plan applicant(ApplicantType a) {
            return new Plan(receivedOn, a, outcome, open, correction, consultation, extending, late, answerFrom);
        }
    }

    private static final RequestOutcome[] OUTCOMES = RequestOutcome.values();
    /** How often each outcome comes, in {@link RequestOutcome} order; the last weight is 撤回. */
    private static final int[] OUTCOME_WEIGHTS = {
            40, 14, 1, 3, 2, 5, 2, 4, 2, 3,   // 予以公开, 部分公开, 不予公开 1-8
            10, 3, 1,                          // 无法提供 1-3
            1, 2, 1, 1, 1,                     // 不予处理 1-5
            3, 1, 1,                           // 其他处理 1-3
            3};                                // 撤回
    private static final ApplicantType[] APPLICANTS = ApplicantType.values();
    private static final int[] APPLICANT_WEIGHTS = {62, 12, 3, 4, 12, 7};
    private static final RequestChannel[] CHANNELS = {RequestChannel.ONLINE, RequestChannel.POST,
            RequestChannel.IN_PERSON, RequestChannel.EMAIL, RequestChannel.FAX};
    private static final int[] CHANNEL_WEIGHTS = {50, 20, 22, 5, 3};

    private final Random random;
    private final Instant now;
    private final LocalDate today;
    private final WorkingDayCalendar calendar;
    private final RequestRules rules;
    private final EventCodec codec = new EventCodec();

    DemoRequests(long seed, Instant now, WorkingDayCalendar calendar) {
        this.random = new Random(seed);
        this.now = now;
        this.today = now.atZone(BEIJING).toLocalDate();
        this.calendar = calendar;
        this.rules = RequestRules.statutory(calendar);
    }

    /** The office answering {@code region}'s requests; a region without one gets a plain one named after its items. */
    static Office office(String region, List<ItemCreated> items) {
        Office known = OFFICES.get(region);
        if (known != null) {
            return known;
        }
        String body = items.stream().filter(i -> i.region().equals(region)).map(ItemCreated::responsibleBody)
                .findFirst().orElse("政府信息公开工作机构");
        return new Office(region, "r" + region, body, "本地区", List.of("某街道"));
    }

    /** Every request of {@code office}'s region received by {@code now}, by receipt date; none with an event after {@code now}. */
    List<DemoRequest> requests(Office office, List<ItemCreated> items) {
        RegionCode region = RegionCode.of(office.region());
        List<String> itemIds = items.stream().filter(i -> i.region().equals(office.region())
                && i.mode() == DisclosureMode.ACTIVE).map(ItemCreated::itemId).toList();
        List<Plan> plans = new ArrayList<>();
        plans.addAll(year2024(region));
        plans.addAll(year2025(region));
        plans.addAll(year2026(region));
        plans.addAll(aroundToday(region));
        plans.removeIf(p -> p.receivedOn().isAfter(today));
        plans.sort(Comparator.comparing(Plan::receivedOn));
        List<DemoRequest> requests = new ArrayList<>();
        int[] numbers = new int[3000];
        for (Plan plan : plans) {
            int year = plan.receivedOn().getYear();
            String id = "%s-ysq-%d-%04d".formatted(office.slug(), year, ++numbers[year]);
            String itemId = !itemIds.isEmpty() && random.nextInt(3) == 0 ? itemIds.get(random.nextInt(itemIds.size()))
                    : null;
            List<RequestEvent> events = new Timeline(id, region).play(office, plan, itemId).stream()
                    .filter(e -> !e.occurredAt().toInstant().isAfter(now)).toList();
            if (!events.isEmpty()) { // received later today
                requests.add(new DemoRequest(id, office.region(), events));
            }
        }
        return requests;
    }

    /** The request's events as CloudEvents records of {@code disclosure.requests}, key = requestId. */
    List<DemoRecord> records(DemoRequest request) {
        return request.events().stream().map(this::record).toList();
    }

    private DemoRecord record(RequestEvent data) {
        OffsetDateTime time = data.occurredAt().plusSeconds(1);
        CloudEvent<EventData> event = new CloudEvent<>(UUID.nameUUIDFromBytes((data.eventType() + "/" + data.key()
                + "/" + data.occurredAt()).getBytes(StandardCharsets.UTF_8)).toString(), SOURCE,
                data.eventType(), data.key(), time, data);
        return new DemoRecord(data.key(), codec.encode(event));
    }

    // ---- the plans of each year

    private List<Plan> year2024(RegionCode region) {
        List<Plan> plans = new ArrayList<>();
        for (int i = 0, n = 28 + random.nextInt(8); i < n; i++) {
            plans.add(randomPlan(receiptDay(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 11, 29), region), region));
        }
        // 上年结转 of 2025: received late in December, answered in January
        LocalDate january = LocalDate.of(2025, 1, 2);
        for (int i = 0; i < 3; i++) {
            Plan plan = randomAnswered(receiptDay(LocalDate.of(2024, 12, 16), LocalDate.of(2024, 12, 27), region), region);
            plans.add(new Plan(plan.receivedOn(), plan.applicant(), plan.outcome(), false, Correction.NONE,
                    i == 0 ? Consultation.AGENCY : Consultation.NONE, Extending.NONE, false, january));
        }
        return plans;
    }

    private List<Plan> year2025(RegionCode region) {
        LocalDate from = LocalDate.of(2025, 1, 2);
        LocalDate to = LocalDate.of(2025, 11, 28);
        // the longest path of the outcomes dealt below takes about 60 working days: answered in 2025
        LocalDate dealtBy = LocalDate.of(2025, 9, 26);
        List<Plan> plans = new ArrayList<>();
        // every outcome of the form once, each on the path that leads to it, then withdrawals and the rest at random
        for (RequestOutcome outcome : OUTCOMES) {
            Plan plan = new Plan(receiptDay(from, dealtBy, region), applicant(), outcome, false, Correction.NONE,
                    Consultation.NONE, Extending.NONE, false, null);
            plans.add(switch (outcome) {
                case OTHER_NOT_CORRECTED -> plan.with(Correction.LAPSED);
                case UNAVAILABLE_STILL_UNCLEAR -> plan.with(Correction.CORRECTED);
                case WITHHELD_THIRD_PARTY_RIGHTS -> plan.with(Consultation.THIRD_PARTY_LONG);
                case PARTLY_DISCLOSED -> plan.with(Consultation.THIRD_PARTY).with(Extending.IN_CONSULTATION);
                case DISCLOSED -> plan.with(Extending.WHILE_OPEN).late(true);
                case UNAVAILABLE_WOULD_NEED_CREATING -> plan.with(Extending.WHILE_OPEN);
                case WITHHELD_PROCESS_INFORMATION -> plan.with(Consultation.AGENCY);
                case NOT_HANDLED_PETITION -> plan.late(true);
                default -> plan;
            });
        }
        for (int i = 0; i < 2; i++) {
            plans.add(new Plan(receiptDay(from, to, region), applicant(), null, false,
                    i == 0 ? Correction.CORRECTED : Correction.NONE, Consultation.NONE, Extending.NONE, false, null));
        }
        for (int i = 0, n = 28 + random.nextInt(8); i < n; i++) {
            plans.add(randomPlan(receiptDay(from, to, region), region));
        }
        // each applicant type at least once
        Collections.shuffle(plans, random);
        for (int i = 0; i < APPLICANTS.length; i++) {
            plans.set(i, plans.get(i).applicant(APPLICANTS[i]));
        }
        // 结转下年度: received in December, answered in January 2026
        LocalDate january = LocalDate.of(2026, 1, 5);
        for (int i = 0; i < 3; i++) {
            Plan plan = randomAnswered(receiptDay(LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 26), region),
                    region);
            plans.add(new Plan(plan.receivedOn(), plan.applicant(), plan.outcome(), false,
                    i == 0 ? Correction.CORRECTED : Correction.NONE, Consultation.NONE,
                    i == 1 ? Extending.WHILE_OPEN : Extending.NONE, false, january));
        }
        return plans;
    }

    private List<Plan> year2026(RegionCode region) {
        List<Plan> plans = new ArrayList<>();
        LocalDate from = LocalDate.of(2026, 1, 5);
        LocalDate last = today.minusDays(1).isAfter(LocalDate.of(2026, 12, 31)) ? LocalDate.of(2026, 12, 31)
                : today.minusDays(1);
        if (last.isBefore(from)) {
            return plans;
        }
        int n = (int) Math.round(44 * (last.toEpochDay() - from.toEpochDay()) / 365.0) + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            plans.add(randomPlan(receiptDay(from, last, region), region));
        }
        return plans;
    }

    /** Open requests that the answer clock shows now: due soon, overdue, waiting for a correction, in consultation. */
    private List<Plan> aroundToday(RegionCode region) {
        LocalDate lastWorkingDay = calendar.nthWorkingDayBack(today, 1, region).date();
        return List.of(
                // received 18-19 working days before the last one: due in 1-2 working days
                open(calendar.nthWorkingDayBack(lastWorkingDay, 19 + random.nextInt(2), region).date()),
                // received 22-25 working days before: overdue by 2-5 working days
                open(calendar.nthWorkingDayBack(lastWorkingDay, 23 + random.nextInt(4), region).date()),
                // an open request stops where its twist begins: still waiting for the correction asked 1-5 days after receipt
                open(calendar.nthWorkingDayBack(lastWorkingDay, 7, region).date()).with(Correction.CORRECTED),
                // and still consulting the third party asked 2-7 working days after receipt
                open(calendar.nthWorkingDayBack(lastWorkingDay, 9, region).date()).with(Consultation.THIRD_PARTY));
    }

    private Plan open(LocalDate receivedOn) {
        return new Plan(receivedOn, applicant(), null, true, Correction.NONE, Consultation.NONE, Extending.NONE, false,
                null);
    }

    private Plan randomAnswered(LocalDate receivedOn, RegionCode region) {
        Plan plan;
        do {
            plan = randomPlan(receivedOn, region);
        } while (plan.outcome() == null || plan.correction() != Correction.NONE);
        return plan;
    }

    private Plan randomPlan(LocalDate receivedOn, RegionCode region) {
        int pick = weighted(OUTCOME_WEIGHTS);
        RequestOutcome outcome = pick < OUTCOMES.length ? OUTCOMES[pick] : null;
        Correction correction = outcome == RequestOutcome.OTHER_NOT_CORRECTED ? Correction.LAPSED
                : outcome == RequestOutcome.UNAVAILABLE_STILL_UNCLEAR || chance(10) ? Correction.CORRECTED
                : Correction.NONE;
        Consultation consultation = outcome == RequestOutcome.WITHHELD_THIRD_PARTY_RIGHTS
                ? (chance(25) ? Consultation.THIRD_PARTY_LONG : Consultation.THIRD_PARTY)
                : chance(7) ? (chance(70) ? Consultation.THIRD_PARTY : Consultation.AGENCY) : Consultation.NONE;
        Extending extending = !chance(12) ? Extending.NONE
                : consultation != Consultation.NONE && chance(40) ? Extending.IN_CONSULTATION : Extending.WHILE_OPEN;
        return new Plan(receivedOn, applicant(), outcome, false, correction, consultation, extending, chance(6), null);
    }

    // ---- one request's events, each checked by the request's clock

    private final class Timeline {

        private final String id;
        private final RegionCode region;
        private RequestHistory history = RequestHistory.empty();
        private final List<RequestEvent> events = new ArrayList<>();
        private LocalDate day;

        Timeline(String id, RegionCode region) {
            this.id = id;
            this.region = region;
        }

        List<RequestEvent> play(Office office, Plan plan, String itemId) {
            day = plan.receivedOn();
            RequestChannel channel = CHANNELS[weighted(CHANNEL_WEIGHTS)];
            if (!calendar.isWorkingDay(day, region).workingDay()) {
                channel = RequestChannel.ONLINE; // only the online platform confirms receipt on a day off
            }
            add(new RequestReceived(id, office.region(), office.body(), at(day), channel, plan.applicant(),
                    RequestSubjects.of(random, office, plan.outcome(), plan.receivedOn().getYear()), itemId));
            if (plan.correction() != Correction.NONE) {
                add(new RequestCorrectionRequested(id, at(next(1 + random.nextInt(5))), pick(
                        "申请内容未写明所需信息的名称、文号或者便于查询的其他特征性描述",
                        "未明确所需信息的年度和地域范围，请补正",
                        "申请表未填写申请人身份证明信息，请补充")));
                if (plan.open()) {
                    return events;
                }
                if (plan.correction() == Correction.LAPSED) {
                    LocalDate lastDay = clock().correctionDeadline(rules).orElseThrow();
                    day = calendar.due(lastDay, 1 + random.nextInt(4), region).date();
                    add(new RequestAnswered(id, at(day), RequestOutcome.OTHER_NOT_CORRECTED));
                    return events;
                }
                add(new RequestCorrected(id, at(next(2 + random.nextInt(10)))));
            }
            if (plan.consultation() != Consultation.NONE && !consult(office, plan)) {
                return events;
            }
            if (plan.extending() == Extending.WHILE_OPEN) {
                LocalDate dueOn = clock().dueOn().orElseThrow();
                LocalDate approve = calendar.nthWorkingDayBack(dueOn, 2 + random.nextInt(3), region).date();
                day = approve.isAfter(day) ? approve : next(1);
                add(extension());
            }
            if (plan.open()) {
                return events;
            }
            LocalDate dueOn = clock().dueOn().orElseThrow();
            LocalDate from = plan.answerFrom() != null && plan.answerFrom().isAfter(day)
                    ? calendar.nthWorkingDayBack(plan.answerFrom(), 1, region).date() : day;
            int room = calendar.workingDaysBetween(from, dueOn, region).workingDays();
            day = plan.late() || room < 1 ? calendar.due(dueOn, 1 + random.nextInt(6), region).date()
                    : calendar.due(from, Math.max(1, room - random.nextInt(Math.min(room, 12))), region).date();
            add(plan.outcome() == null ? new RequestWithdrawn(id, at(day)) : new RequestAnswered(id, at(day),
                    plan.outcome()));
            return events;
        }

        /** @return false when the consultation is still running (an open request) */
        private boolean consult(Office office, Plan plan) {
            LocalDate started = next(2 + random.nextInt(6));
            boolean third = plan.consultation() != Consultation.AGENCY;
            String town = office.towns().get(random.nextInt(office.towns().size()));
            add(new RequestConsultationStarted(id, at(started), third
                    ? office.place() + town + pick("某建筑工程有限公司", "某劳务派遣有限公司", "某商贸有限责任公司")
                    : office.place() + pick("财政局", "医疗保障局", "住房和城乡建设局"),
                    third ? PartyKind.THIRD_PARTY : PartyKind.AGENCY));
            if (plan.open()) {
                return false;
            }
            int length = switch (plan.consultation()) {
                case THIRD_PARTY -> 5 + random.nextInt(10);
                case THIRD_PARTY_LONG -> 17 + random.nextInt(4);
                default -> 3 + random.nextInt(8);
            };
            if (plan.extending() == Extending.IN_CONSULTATION) {
                next(1 + random.nextInt(3));
                add(extension());
            }
            day = calendar.due(started, length, region).date();
            if (!day.isAfter(events.getLast().occurredAt().atZoneSameInstant(BEIJING).toLocalDate())) {
                next(1);
            }
            add(new RequestConsultationEnded(id, at(day)));
            return true;
        }

        private RequestExtended extension() {
            int left = 20 - clock().extensionDays();
            int days = Math.min(left, 5 * (1 + random.nextInt(4)));
            return new RequestExtended(id, at(day), days, pick("政务公开办公室主任", "分管政务公开工作的副局长"),
                    pick("申请内容涉及多个科室，需汇总核实", "需调取历年档案资料进行检索", "申请信息量较大，需进一步查找和整理"));
        }

        private LocalDate next(int workingDays) {
            day = calendar.due(day, workingDays, region).date();
            return day;
        }

        private RequestClock clock() {
            return history.current().orElseThrow();
        }

        private void add(RequestEvent event) {
            RequestHistory next = history.apply(event, rules);
            if (next.refusals().size() > history.refusals().size()) {
                throw new IllegalStateException("the demo made an event its clock refuses: " + next.refusals().getLast());
            }
            history = next;
            events.add(event);
        }
    }

    // ---- days and chances

    /** A receipt day in [from, to]: a working day, or now and then a day off (online). */
    private LocalDate receiptDay(LocalDate from, LocalDate to, RegionCode region) {
        LocalDate day = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
        if (calendar.isWorkingDay(day, region).workingDay() || chance(15)) {
            return day;
        }
        LocalDate working = calendar.nthWorkingDayBack(day, 1, region).date();
        return working.isBefore(from) ? calendar.nextWorkingDay(day, region).date() : working;
    }

    /** An instant in office hours (9:00–17:30) of {@code day}, Beijing time. */
    private OffsetDateTime at(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(510))).atZone(BEIJING).toOffsetDateTime();
    }

    private ApplicantType applicant() {
        return APPLICANTS[weighted(APPLICANT_WEIGHTS)];
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private int weighted(int[] weights) {
        int roll = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
