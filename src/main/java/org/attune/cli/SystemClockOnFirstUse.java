package org.attune.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the default time zone, looked up the first time it is read: finding the zone reads
 * the time-zone database (about 10 ms at start-up), and no first screen needs the time.
 */
final class SystemClockOnFirstUse extends Clock {
    private volatile Clock clock;

    private Clock clock() {
        Clock found = clock;
        if (found == null) {
            found = Clock.systemDefaultZone();
            clock = found;
        }
        return found;
    }

    @Override
    public ZoneId getZone() {
        return clock().getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }
}
