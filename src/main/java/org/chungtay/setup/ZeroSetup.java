package org.chungtay.setup;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Zero-setup mode: no DB_URL given, so the portal runs on its own H2 file database with demo
 * data. Demo data and demo passwords exist only in this mode.
 */
class ZeroSetup implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isBlank(context.getEnvironment().getProperty("DB_URL"));
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Zero-setup mode without an SMTP server of the user's: mail is captured by an embedded one. */
    static class WithCapturedMail extends ZeroSetup {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return super.matches(context, metadata) && isBlank(context.getEnvironment().getProperty("SMTP_HOST"));
        }
    }
}
