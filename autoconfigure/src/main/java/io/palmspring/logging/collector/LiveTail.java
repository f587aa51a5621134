package io.palmspring.logging.collector;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands new events to live viewers on a thread of its own, so that a slow viewer
 * never holds up the collector: events wait in a bounded queue, and when viewers fall
 * too far behind the oldest waiting events are skipped (viewers can query them).
 *
 * @since 0.1.0
 */
public final class LiveTail implements LogEventSink, AutoCloseable {

	private final BlockingQueue<CollectedEvent> waiting;

	private final List<Consumer<List<CollectedEvent>>> viewers = new CopyOnWriteArrayList<>();

	private final Thread thread;

	private volatile boolean running = true;

	/**
	 * Create and start the tail.
	 * @param capacity how many events may wait for the viewers
	 */
	public LiveTail(int capacity) {
		this.waiting = new ArrayBlockingQueue<>(capacity);
		this.thread = new Thread(this::deliver, "palm-log-live-tail");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void accept(CollectedEvent event) {
		if (this.viewers.isEmpty()) {
			return;
		}
		while (!this.waiting.offer(event)) {
			this.waiting.poll();
		}
	}

	/**
	 * Add a viewer, called with each group of new events.
	 * @param viewer the viewer
	 */
	public void add(Consumer<List<CollectedEvent>> viewer) {
		this.viewers.add(viewer);
	}

	/**
	 * Remove a viewer.
	 * @param viewer the viewer
	 */
	public void remove(Consumer<List<CollectedEvent>> viewer) {
		this.viewers.remove(viewer);
	}

	private void deliver() {
		List<CollectedEvent> group = new java.util.ArrayList<>();
		while (this.running) {
			try {
				CollectedEvent first = this.waiting.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				this.waiting.drainTo(group, 499);
				List<CollectedEvent> copy = List.copyOf(group);
				group.clear();
				for (Consumer<List<CollectedEvent>> viewer : this.viewers) {
					try {
						viewer.accept(copy);
					}
					catch (RuntimeException ex) {
						this.viewers.remove(viewer);
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public void close() {
		this.running = false;
		this.thread.interrupt();
	}

}
