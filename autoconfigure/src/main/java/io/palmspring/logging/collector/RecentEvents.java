package io.palmspring.logging.collector;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The last events in memory, for queries and live views.
 *
 * @since 0.1.0
 */
public final class RecentEvents implements LogEventSink {

	private final int capacity;

	private final ArrayDeque<CollectedEvent> events;

	/**
	 * Create a store.
	 * @param capacity how many events to keep
	 */
	public RecentEvents(int capacity) {
		this.capacity = capacity;
		this.events = new ArrayDeque<>(Math.min(capacity, 1 << 16));
	}

	@Override
	public synchronized void accept(CollectedEvent event) {
		if (this.events.size() == this.capacity) {
			this.events.removeFirst();
		}
		this.events.addLast(event);
	}

	/**
	 * Find the newest matching events.
	 * @param query the filter and limit
	 * @return the events, oldest first
	 */
	public synchronized List<CollectedEvent> find(EventQuery query) {
		List<CollectedEvent> found = new ArrayList<>();
		Iterator<CollectedEvent> newestFirst = this.events.descendingIterator();
		while (newestFirst.hasNext() && found.size() < query.limit()) {
			CollectedEvent event = newestFirst.next();
			if (event.id() <= query.after()) {
				break;
			}
			if (query.matches(event)) {
				found.add(event);
			}
		}
		java.util.Collections.reverse(found);
		return found;
	}

	/**
	 * Return how many events are kept now.
	 * @return the size
	 */
	public synchronized int size() {
		return this.events.size();
	}

}
