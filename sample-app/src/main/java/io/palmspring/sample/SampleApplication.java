package io.palmspring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * pylm's examples as Spring profiles: run one role per process with
 * {@code --spring.profiles.active=ROLE}. One-shot roles (the clients) exit when done.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class, args);
		if (context.getBeanNamesForType(OneShot.class).length > 0) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
