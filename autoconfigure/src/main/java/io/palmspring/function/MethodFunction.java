package io.palmspring.function;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ReflectionUtils;

/**
 * Calls a {@code @UserFunction} bean method, rethrowing what the method throws as it
 * was thrown.
 */
final class MethodFunction implements PalmFunction {

	private final Object bean;

	private final Method method;

	MethodFunction(Object bean, Method method) {
		this.bean = bean;
		this.method = method;
		ReflectionUtils.makeAccessible(method);
	}

	@Override
	public @Nullable Object apply(byte[] payload) throws Exception {
		try {
			return this.method.invoke(this.bean, (Object) payload);
		}
		catch (InvocationTargetException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof Exception exception) {
				throw exception;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	@Override
	public String toString() {
		return this.method.toGenericString();
	}

}
