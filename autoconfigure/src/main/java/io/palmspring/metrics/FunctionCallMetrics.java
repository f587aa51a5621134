package io.palmspring.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.palmspring.function.FunctionCallListener;
import org.jspecify.annotations.Nullable;

/**
 * Times every function call into {@link PalmMeters#FUNCTION_CALLS}, tagged with the
 * server, the function, the outcome ({@code success}, {@code error},
 * {@code not_found}, {@code bad_message}) and the exception's simple class name.
 *
 * @since 0.1.0
 */
public final class FunctionCallMetrics implements FunctionCallListener {

	private final MeterRegistry registry;

	private final String server;

	private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

	/** The common case, successful calls, looked up by function name alone: no key to build. */
	private final Map<String, Timer> successes = new ConcurrentHashMap<>();

	/**
	 * Create the listener.
	 * @param registry where the timers go
	 * @param server the server's (or worker's) name
	 */
	public FunctionCallMetrics(MeterRegistry registry, String server) {
		this.registry = registry;
		this.server = server;
	}

	@Override
	public void called(String function, Outcome outcome, @Nullable Throwable error, long nanos) {
		if (outcome == Outcome.SUCCESS) {
			Timer timer = this.successes.get(function);
			if (timer == null) {
				timer = this.successes.computeIfAbsent(function, (name) -> timer(new Key(name, outcome, "none")));
			}
			timer.record(nanos, TimeUnit.NANOSECONDS);
			return;
		}
		Key key = new Key(function, outcome, (error != null) ? error.getClass().getSimpleName() : "none");
		this.timers.computeIfAbsent(key, this::timer).record(nanos, TimeUnit.NANOSECONDS);
	}

	private Timer timer(Key key) {
		return Timer.builder(PalmMeters.FUNCTION_CALLS)
			.description("Calls of PALM functions")
			.tag("server", this.server)
			.tag("function", key.function())
			.tag("outcome", key.outcome().tag())
			.tag("exception", key.exception().isEmpty() ? "none" : key.exception())
			.register(this.registry);
	}

	private record Key(String function, Outcome outcome, String exception) {
	}

}
