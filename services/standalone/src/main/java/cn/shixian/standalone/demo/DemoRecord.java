package cn.shixian.standalone.demo;

import java.nio.charset.StandardCharsets;

/** One Kafka record of the demo for {@code disclosure.items}: key = itemId, value = the event's JSON (or junk). */
record DemoRecord(String key, byte[] value) {

    static DemoRecord of(String key, String value) {
        return new DemoRecord(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
