package cn.shixian.workcalendar;

import java.util.Locale;

/**
 * What a notice year's days rest on (可信度), from the surest to the least sure. A year resting on a
 * {@link #THIRD_PARTY_DATASET} keeps its days but stays provisional: nobody here read the notice,
 * only someone's transcription of it (a dataset, an unofficial page), which has been wrong by a day
 * before; so the deadlines it decides are recounted when the notice's own text is loaded.
 */
public enum Confidence {
    /** The notice's text: the government's publication or a faithful reprint of it. */
    OFFICIAL_TEXT,
    /** A news report of the notice (e.g. 中新社), naming its days. */
    NEWS_REPORT,
    /** A third-party dataset or an unofficial page; also a transcription marked {@code unverified}. */
    THIRD_PARTY_DATASET;

    /**
     * The level a notice's {@code confidence} text states: "official text (reprint)", "official",
     * "secondary copy of official notice" → {@link #OFFICIAL_TEXT}; "news report of the notice" →
     * {@link #NEWS_REPORT}; "third-party dataset or unofficial page", "unverified …" →
     * {@link #THIRD_PARTY_DATASET}. A blank text is official (what a loader sends by default).
     */
    public static Confidence of(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("unverified") || lower.contains("third-party") || lower.contains("unofficial")) {
            return THIRD_PARTY_DATASET;
        }
        return lower.contains("news") ? NEWS_REPORT : OFFICIAL_TEXT;
    }

    /** Whether days of this level are taken as final. */
    public boolean isFinal() {
        return this != THIRD_PARTY_DATASET;
    }
}
