package io.palmspring.protocol;

/**
 * Wire names shared with pylm: the keys a server presets in its cache and the cache
 * operations. They keep pylm's spelling ({@code pull_address}); Spring properties are
 * kebab-case ({@code pull-address}).
 *
 * @since 0.1.0
 */
public final class CacheKeys {

	/** Key of the server's name. */
	public static final String NAME = "name";

	/** Key of the address of the server's PULL socket. */
	public static final String PULL_ADDRESS = "pull_address";

	/** Key of the address of the server's PUB socket. */
	public static final String PUB_ADDRESS = "pub_address";

	/** Key of the address of the server's cache (REP) socket. */
	public static final String DB_ADDRESS = "db_address";

	/** Key of the address where a master pushes jobs to workers. */
	public static final String WORKER_PUSH_ADDRESS = "worker_push_address";

	/** Key of the address where a master pulls results from workers. */
	public static final String WORKER_PULL_ADDRESS = "worker_pull_address";

	/** Key of the address of a pipeline's or hub's SUB side. */
	public static final String SUB_ADDRESS = "sub_address";

	/** Cache operation storing {@code payload} under {@code cache}. */
	public static final String SET = "set";

	/** Cache operation reading the key in {@code payload}. */
	public static final String GET = "get";

	/** Cache operation removing the key in {@code payload}. */
	public static final String DELETE = "delete";

	/** The server part that workers put before a cache operation. */
	public static final String ANY_SERVER = "_";

	private CacheKeys() {
	}

}
