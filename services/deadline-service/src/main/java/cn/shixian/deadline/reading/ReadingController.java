package cn.shixian.deadline.reading;

import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.InvalidEventException;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.contracts.Violation;
import cn.shixian.web.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT /api/items/{itemId}/time-limit}: an officer sets how an item's time limit is read (时限认定). */
@RestController
class ReadingController {

    private final ItemReadings readings;
    private final CurrentUsers users;
    private final EventCodec codec;

    ReadingController(ItemReadings readings, CurrentUsers users, EventCodec codec) {
        this.readings = readings;
        this.users = users;
        this.codec = codec;
    }

    @Operation(summary = "Set how an item's time limit is read (role OFFICER of its region, or ADMIN)", description = """
            The body is a reading in the shape of the item events' timeLimit: kind (WORKING_DAYS with workingDays, \
            CALENDAR_DAYS with calendarDays, IMMEDIATE, FIXED_DATE or PERIODIC with schedule, CONTINUOUS), held \
            to the same schema; its text is the item's. The item's latest version is counted again as if it had \
            been read so from the start: its open obligations move (deadline.recomputed), new periods open, \
            obligations the reading does not open are cancelled; closed ones stay. Recorded with who and when \
            (disclosure.deadline.time-limit-set); it holds for later revisions with the same text. 400 for a \
            body that is no reading, 404 for an unknown item or one outside the caller's regions, 409 for a \
            retired item or one published on request.""")
    @PutMapping(path = "/api/items/{itemId}/time-limit", consumes = MediaType.APPLICATION_JSON_VALUE)
    ItemReadings.ReadingSet set(@PathVariable String itemId, @RequestBody byte[] body,
                                @Parameter(hidden = true) Principal caller) {
        TimeLimit stated = read(body);
        return readings.set(itemId, stated, caller.getName(), users.scopeOf(caller));
    }

    private TimeLimit read(byte[] body) {
        TimeLimit stated;
        try {
            stated = codec.decodeTimeLimit(body);
        } catch (InvalidEventException e) {
            throw new InvalidReading(e.violations());
        }
        if (stated.kind() == null) {
            // the text alone is what the parser already read: a reading names how to count it
            throw new InvalidReading(List.of(new Violation("/kind", "required",
                    "a reading names its kind: WORKING_DAYS, CALENDAR_DAYS, IMMEDIATE, FIXED_DATE, PERIODIC or CONTINUOUS")));
        }
        return stated;
    }
}
