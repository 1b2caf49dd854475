package org.privatefiles.application.port.in;

/** Use case: check that the service's dependencies answer. */
public interface HealthUseCase {
    HealthReport check();
}
