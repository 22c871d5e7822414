package org.chungtay.communications;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** application.properties over the given environment variables, as Spring Boot resolves them, for settings tests. */
final class ApplicationSettings {

    private ApplicationSettings() {
    }

    static PropertyResolver over(Map<String, Object> environment) {
        Properties application = new Properties();
        try (InputStream in = ApplicationSettings.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new SystemEnvironmentPropertySource("environment", environment));
        sources.addLast(new PropertiesPropertySource("application", application));
        return new PropertySourcesPropertyResolver(sources);
    }
}
