package org.chungtay.setup;

import org.chungtay.shared.StartRefused;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Zero-setup mode only when it is asked for by name ({@code CHUNGTAY_DEMO=true}, which
 * {@code ./mvnw spring-boot:run} passes): a production node that lost its {@code DB_URL} (a typo, a
 * missing secret, a bare {@code docker run}) must stop, not open an empty database with the published
 * demo passwords. Checked before any bean is created, so no H2 file and no demo data appear.
 */
@Component
@Conditional(ZeroSetup.class)
class DemoMustBeChosen implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    /** Post-processors are made before dependency injection exists: the environment comes through this. */
    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!environment.getProperty("chungtay.demo", Boolean.class, false)) {
            throw new StartRefused("DB_URL is not set, and the demo was not asked for.",
                    "Set DB_URL, DB_USER and DB_PASSWORD to the portal's database. To try the demo instead (an H2 "
                            + "file under ./data with demo accounts whose password is published), set "
                            + "CHUNGTAY_DEMO=true, as ./mvnw spring-boot:run does.");
        }
    }
}
