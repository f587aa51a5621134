package io.palmspring.function;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;

/**
 * What a user function may return: one {@code byte[]}, or several (a <em>mux</em>
 * function) as an {@code Iterable}, {@code Stream} or array of {@code byte[]}.
 */
final class FunctionResults {

	private FunctionResults() {
	}

	static boolean isSupportedReturnType(Method method) {
		Class<?> type = method.getReturnType();
		if (type == byte[].class || type == byte[][].class) {
			return true;
		}
		if (Iterable.class.isAssignableFrom(type) || Stream.class.isAssignableFrom(type)) {
			ResolvableType returned = ResolvableType.forMethodReturnType(method);
			ResolvableType element = Stream.class.isAssignableFrom(type) ? returned.as(Stream.class).getGeneric(0)
					: returned.as(Iterable.class).getGeneric(0);
			return element.resolve() == byte[].class;
		}
		return false;
	}

	/**
	 * Turn a function's result into payloads.
	 * @return the payloads, or {@code null} for a {@code null} result
	 */
	static @Nullable List<byte[]> payloads(@Nullable Object result) {
		if (result == null) {
			return null;
		}
		if (result instanceof byte[] single) {
			return List.of(single);
		}
		List<byte[]> payloads = new ArrayList<>();
		if (result instanceof byte[][] array) {
			payloads.addAll(List.of(array));
		}
		else if (result instanceof Iterable<?> iterable) {
			iterable.forEach((item) -> payloads.add((byte[]) item));
		}
		else if (result instanceof Stream<?> stream) {
			try (stream) {
				Iterator<?> items = stream.iterator();
				items.forEachRemaining((item) -> payloads.add((byte[]) item));
			}
		}
		else {
			throw new IllegalStateException("A user function returned a " + result.getClass().getName()
					+ "; expected byte[] or several byte[]");
		}
		return payloads;
	}

}
