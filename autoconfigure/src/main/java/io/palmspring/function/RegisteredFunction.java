package io.palmspring.function;

import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;

/**
 * A function in the registry, with where it came from.
 *
 * @param name the name clients call
 * @param function the function
 * @param beanName the bean that declares it, or {@code null} for a built-in
 * @param method the declaring method, or {@code null} for a built-in
 * @since 0.1.0
 */
public record RegisteredFunction(String name, PalmFunction function, @Nullable String beanName,
		@Nullable Method method) {

	/**
	 * Describe where the function is declared, for error messages.
	 * @return e.g. {@code bean 'myFunctions' method 'foo(byte[])'}
	 */
	public String origin() {
		if (this.method == null) {
			return "built-in";
		}
		return "bean '" + this.beanName + "' method '" + this.method.getDeclaringClass().getName() + "."
				+ this.method.getName() + "'";
	}

}
