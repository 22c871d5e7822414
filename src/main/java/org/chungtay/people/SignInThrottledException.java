package org.chungtay.people;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * Too many wrong passwords for the account, or from the client address. A kind of wrong credentials,
 * so that the sign-in page answers exactly as for a wrong password or an unknown username.
 */
public class SignInThrottledException extends BadCredentialsException {

    SignInThrottledException() {
        super("Sign-in attempts are being slowed down");
    }
}
