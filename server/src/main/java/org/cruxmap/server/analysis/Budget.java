package org.cruxmap.server.analysis;

import java.time.Duration;

/** How long a search for preferred or stable labellings may run, and how many labellings it may keep. */
public record Budget(Duration timeLimit, int maxLabellings) {
    /** The default: five seconds and 10,000 labellings. */
    public static final Budget DEFAULT = new Budget(Duration.ofSeconds(5), 10_000);

    public Budget {
        if (timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("the time limit must be positive");
        if (maxLabellings < 1) throw new IllegalArgumentException("at least one labelling must be allowed");
    }

    /** A budget with this time limit in milliseconds and the default labelling cap. */
    public static Budget millis(long ms) { return new Budget(Duration.ofMillis(ms), DEFAULT.maxLabellings); }
}
