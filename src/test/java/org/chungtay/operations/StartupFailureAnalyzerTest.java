package org.chungtay.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class StartupFailureAnalyzerTest {

    private final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

    @Test
    void aRefusedConnectionIsAnUnreachableDatabase() {
        var failure = new IllegalStateException("context", new SQLException("Communications link failure", "08S01",
                new ConnectException("Connection refused")));

        assertThat(analyzer.analyze(failure).getDescription()).contains("cannot be reached", "Connection refused");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }
}
