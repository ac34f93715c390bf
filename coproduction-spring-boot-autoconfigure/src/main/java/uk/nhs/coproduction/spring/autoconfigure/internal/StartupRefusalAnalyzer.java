package uk.nhs.coproduction.spring.autoconfigure.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows a {@link StartupRefusal} in Boot's "APPLICATION FAILED TO START" report as what is wrong
 * and what to do, on Boot 4.0 and 3.5 alike (both have this API in {@code spring-boot}).
 */
public final class StartupRefusalAnalyzer extends AbstractFailureAnalyzer<StartupRefusal> {

    /** Made by Spring Boot from {@code META-INF/spring.factories}. */
    public StartupRefusalAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupRefusal cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
