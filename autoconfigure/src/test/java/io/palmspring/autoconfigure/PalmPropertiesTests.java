package io.palmspring.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the documented defaults: changing one is a change users see.
 */
class PalmPropertiesTests {

	@Test
	void serverDefaults() {
		PalmServerProperties properties = new PalmServerProperties();
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getName()).isNull();
		assertThat(properties.getDbAddress()).isEqualTo("tcp://127.0.0.1:5555");
		assertThat(properties.getPullAddress()).isEqualTo("tcp://127.0.0.1:5556");
		assertThat(properties.getPubAddress()).isEqualTo("tcp://127.0.0.1:5557");
		assertThat(properties.isPipelined()).isFalse();
		assertThat(properties.getShutdownTimeout()).hasSeconds(10);
		assertThat(properties.getLinger()).hasSeconds(1);
	}

	@Test
	void clientDefaults() {
		PalmClientProperties properties = new PalmClientProperties();
		assertThat(properties.getServerName()).isNull();
		assertThat(properties.getDbAddress()).isNull();
		assertThat(properties.getTimeout()).hasSeconds(10);
		assertThat(properties.getMaxInFlight()).isEqualTo(200);
		assertThat(properties.isProbe()).isTrue();
	}

	@Test
	void loggingDefaults() {
		PalmLoggingProperties properties = new PalmLoggingProperties();
		assertThat(properties.getLevel()).isNull();
		assertThat(properties.getPattern()).isNull();
	}

}
