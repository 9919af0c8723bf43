package cn.shixian.alerting.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How many obligations are in which state (公开义务统计), overall, per region and per responsible
 * body, from the read model at {@code asOf}.
 *
 * @param region            the region prefix asked for, null for all
 * @param byState           every state, in lifecycle order, with 0 for none
 * @param onTimeRate        MET / (MET + MET_LATE): the share of publications made in time; null when none
 * @param byRegion          per GB/T 2260 code, ordered by code: the region × state counts
 * @param byResponsibleBody per 公开主体, ordered by name
 */
record ObligationSummary(String region, Instant asOf, long total, Map<String, Long> byState, Double onTimeRate,
                         List<RegionCounts> byRegion, List<BodyCounts> byResponsibleBody) {

    record RegionCounts(String region, long total, Map<String, Long> byState, Double onTimeRate) {
    }

    record BodyCounts(String responsibleBody, long total, Map<String, Long> byState, Double onTimeRate) {
    }
}
