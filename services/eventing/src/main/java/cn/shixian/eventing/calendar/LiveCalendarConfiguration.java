package cn.shixian.eventing.calendar;

import cn.shixian.contracts.EventCodec;
import cn.shixian.workcalendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live working-day calendar and the listener that keeps it in step with {@code disclosure.calendars}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarSettings.class)
public class LiveCalendarConfiguration {

    @Bean
    LiveCalendar liveCalendar(CalendarSettings settings) {
        return new LiveCalendar(WorkingDayCalendar.bundled(), settings.zone());
    }

    @Bean
    CalendarTopicListener calendarTopicListener(EventCodec codec, LiveCalendar calendar) {
        return new CalendarTopicListener(codec, calendar);
    }
}
