package cn.shixian.eventing.calendar;

import cn.shixian.contracts.CalendarLoaded;
import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.NoticeReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Picks up notices other instances loaded, from the compacted {@code disclosure.calendars}. Every
 * instance reads the whole topic (a group of its own): the instance that loaded a notice has
 * already done what the notice requires (recounting), the others only switch calendars.
 */
class CalendarTopicListener {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarTopicListener.class);

    private final EventCodec codec;
    private final LiveCalendar current;

    CalendarTopicListener(EventCodec codec, LiveCalendar current) {
        this.codec = codec;
        this.current = current;
    }

    @KafkaListener(id = "calendar-updates", topics = "#{T(cn.shixian.contracts.Topic).CALENDARS.topicName()}",
            groupId = "${spring.application.name}-calendars-#{T(java.util.UUID).randomUUID()}",
            properties = "auto.offset.reset=earliest")
    void onCalendarLoaded(ConsumerRecord<String, byte[]> record) {
        CloudEvent<?> event = codec.decode(record.value());
        if (event.data() instanceof CalendarLoaded loaded) {
            try {
                current.adopt(NoticeReader.notice(loaded.document().toString()));
            } catch (CalendarException e) {
                LOG.error("notice {} from {} does not fit this instance's calendar: {}", loaded.key(),
                        record.topic(), e.getMessage());
            }
        }
    }
}
