package org.chungtay.people;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords in a row: the account waits before it accepts another attempt. */
public class SignInThrottledException extends AuthenticationException {

    private final long secondsToWait;

    SignInThrottledException(Duration wait) {
        super("Sign-in attempts are being slowed down");
        this.secondsToWait = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    public long secondsToWait() {
        return secondsToWait;
    }
}
