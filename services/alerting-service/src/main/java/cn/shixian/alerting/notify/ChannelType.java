package cn.shixian.alerting.notify;

/** The kinds of channel, with whether people read them (and so get the daily digest). */
enum ChannelType {
    EMAIL(true), WEBHOOK(false), DINGTALK(true), WECOM(true);

    private final boolean readByPeople;

    ChannelType(boolean readByPeople) {
        this.readByPeople = readByPeople;
    }

    /** A generic webhook feeds machines: it gets alert events, not the digest written for people. */
    boolean getsDigest() {
        return readByPeople;
    }

    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
