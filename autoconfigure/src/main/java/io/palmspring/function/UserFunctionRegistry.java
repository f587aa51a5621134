package io.palmspring.function;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The functions a server offers, by name. Filled during startup and frozen once all
 * singletons exist. Every registry also answers the built-in {@code echo} unless a
 * user function takes that name.
 *
 * @since 0.1.0
 */
public final class UserFunctionRegistry {

	/** The name of the built-in function that returns its payload. */
	public static final String ECHO = "echo";

	private static final RegisteredFunction ECHO_FUNCTION = new RegisteredFunction(ECHO, (payload) -> payload, null,
			null);

	private final Map<String, RegisteredFunction> functions = new ConcurrentHashMap<>();

	private volatile boolean frozen;

	/**
	 * Register a function.
	 * @param function the function
	 * @throws InvalidUserFunctionException when the name is taken or the registry is frozen
	 */
	public void register(RegisteredFunction function) {
		if (this.frozen) {
			throw new InvalidUserFunctionException(function.origin() + " cannot be registered as '" + function.name()
					+ "': the function registry is frozen once the application has started");
		}
		RegisteredFunction existing = this.functions.putIfAbsent(function.name(), function);
		if (existing != null) {
			throw new InvalidUserFunctionException(function.origin() + " cannot be registered as '" + function.name()
					+ "': " + existing.origin() + " already has that name; function names must be unique");
		}
	}

	/**
	 * Refuse further registrations.
	 */
	public void freeze() {
		this.frozen = true;
	}

	/**
	 * Find a function by name.
	 * @param name the function name (after the dot)
	 * @return the function, if any
	 */
	public Optional<RegisteredFunction> find(String name) {
		RegisteredFunction function = this.functions.get(name);
		if (function == null && ECHO.equals(name)) {
			return Optional.of(ECHO_FUNCTION);
		}
		return Optional.ofNullable(function);
	}

	/**
	 * Return the names of all callable functions, built-ins included, sorted.
	 * @return the names
	 */
	public Set<String> names() {
		Set<String> names = new TreeSet<>(this.functions.keySet());
		names.add(ECHO);
		return Collections.unmodifiableSet(names);
	}

	/**
	 * Return the user functions (without built-ins).
	 * @return the functions by name
	 */
	public Map<String, RegisteredFunction> userFunctions() {
		return Collections.unmodifiableMap(this.functions);
	}

}
