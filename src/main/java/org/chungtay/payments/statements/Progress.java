package org.chungtay.payments.statements;

import java.util.function.DoubleConsumer;

/**
 * Tells the caller how far reading has come, from 0 to 1: only forwards, and at most once per
 * hundredth, however often the reader reports.
 */
final class Progress {

    private static final double STEP = 0.01;

    private final DoubleConsumer listener;
    private final double from;
    private final double to;
    private final double[] reported;

    private Progress(DoubleConsumer listener, double from, double to, double[] reported) {
        this.listener = listener;
        this.from = from;
        this.to = to;
        this.reported = reported;
    }

    static Progress of(DoubleConsumer listener) {
        return new Progress(listener == null ? fraction -> { } : listener, 0, 1, new double[] {-1});
    }

    /** A part of the whole: its 0 to 1 is the whole's {@code from} to {@code to}. */
    Progress part(double partFrom, double partTo) {
        return new Progress(listener, from + (to - from) * partFrom, from + (to - from) * partTo, reported);
    }

    void at(double fraction) {
        double whole = from + (to - from) * Math.clamp(fraction, 0.0, 1.0);
        if (whole >= reported[0] + STEP || (whole >= 1.0 && reported[0] < 1.0)) {
            reported[0] = whole;
            listener.accept(whole);
        }
    }

    void done() {
        at(1.0);
    }
}
