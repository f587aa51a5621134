package io.palmspring.sample;

import org.springframework.boot.ExitCodeGenerator;

/**
 * A role that runs once and exits with its code, such as a client scenario.
 */
public interface OneShot extends ExitCodeGenerator {

}
