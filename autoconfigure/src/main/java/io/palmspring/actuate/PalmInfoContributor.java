package io.palmspring.actuate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds a {@code palm} section to the actuator's {@code info}: the role, its name, its
 * bound addresses and its function names.
 *
 * @since 0.1.0
 */
public final class PalmInfoContributor implements InfoContributor {

	private final String role;

	private final String name;

	private final Supplier<Map<String, String>> addresses;

	private final Supplier<Set<String>> functions;

	/**
	 * Create the contributor.
	 * @param role the role
	 * @param name the role's name
	 * @param addresses the bound addresses by property, read at each request
	 * @param functions the function names, read at each request
	 */
	public PalmInfoContributor(String role, String name, Supplier<Map<String, String>> addresses,
			Supplier<Set<String>> functions) {
		this.role = role;
		this.name = name;
		this.addresses = addresses;
		this.functions = functions;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> palm = new LinkedHashMap<>();
		palm.put("role", this.role);
		palm.put("name", this.name);
		palm.put("addresses", this.addresses.get());
		palm.put("functions", this.functions.get());
		builder.withDetail("palm", palm);
	}

}
