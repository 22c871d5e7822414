package org.chungtay.shared;

import java.util.function.Consumer;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * A check of settings that runs before any bean is made, so that a bad setting stops the start with one
 * sentence ({@link StartRefused}) before the database or a mail server is touched. Declare it from a static
 * {@code @Bean} method: post-processors are made before dependency injection exists, so the environment comes
 * through {@link EnvironmentAware}.
 */
public final class StartCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private final Consumer<Environment> check;
    private Environment environment;

    private StartCheck(Consumer<Environment> check) {
        this.check = check;
    }

    /** A check that reads the settings from the environment and throws {@link StartRefused} for a bad one. */
    public static StartCheck of(Consumer<Environment> check) {
        return new StartCheck(check);
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check.accept(environment);
    }
}
