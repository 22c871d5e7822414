package org.chungtay.setup;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * In zero-setup mode outgoing mail goes through the real JavaMail path to an SMTP server inside
 * the portal (GreenMail), which keeps it instead of delivering it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ZeroSetup.WithCapturedMail.class)
class CapturedMail {

    private static final Logger LOG = LoggerFactory.getLogger(CapturedMail.class);

    @Bean(destroyMethod = "stop")
    GreenMail capturedMailServer(@Value("${spring.mail.port}") int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        LOG.info("Zero-setup mode: outgoing mail is captured by an embedded SMTP server on 127.0.0.1:{}", port);
        return server;
    }
}
