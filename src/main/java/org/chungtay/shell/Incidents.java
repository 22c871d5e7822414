package org.chungtay.shell;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected error gets a short incident code: the user sees the code, never the stack trace,
 * and support finds the full trace in the log by that code.
 */
final class Incidents {

    private static final Logger LOG = LoggerFactory.getLogger(Incidents.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {
    }

    static String log(Throwable problem) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String code = HexFormat.of().withUpperCase().formatHex(bytes);
        LOG.error("Incident {}", code, problem);
        return code;
    }
}
