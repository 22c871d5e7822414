package org.chungtay.shared;

import java.util.Arrays;

/**
 * A rule the user broke, told in the user's language: the message is a translation key with
 * arguments, shown as it is by the views and the error handler, never as a stack trace.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
