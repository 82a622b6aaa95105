package org.cruxmap.server.reliability;

import java.time.Duration;

/**
 * How long the timed reliability tests run: {@code -Dcruxmap.reliability.seconds=N} (default 30,
 * as issue 9 asks). CI may scale it down to 10 on a slow machine; the assertions do not change.
 */
final class Durations {
    private Durations() {}

    static Duration run() { return Duration.ofSeconds(Long.getLong("cruxmap.reliability.seconds", 30)); }
}
