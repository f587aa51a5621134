package io.palmspring.function;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;

/**
 * Marks a bean method as a PALM function that clients call as {@code server.name}.
 * The method takes the payload and returns the reply payload:
 * {@code byte[] fn(byte[] payload)}. Only annotated methods are callable.
 * <p>
 * May also be used as a meta-annotation.
 *
 * @since 0.1.0
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UserFunction {

	/**
	 * Alias for {@link #name()}.
	 * @return the function name
	 */
	@AliasFor("name")
	String value() default "";

	/**
	 * The name clients call; defaults to the method name.
	 * @return the function name
	 */
	@AliasFor("value")
	String name() default "";

}
