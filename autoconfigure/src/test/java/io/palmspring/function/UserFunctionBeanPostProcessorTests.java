package io.palmspring.function;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class UserFunctionBeanPostProcessorTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(UserFunctionRegistry.class)
		.withBean(UserFunctionBeanPostProcessor.class);

	@Test
	void annotatedMethodsAreRegisteredUnderTheirNamesAndOthersAreNot() throws Exception {
		this.runner.withBean("good", Good.class).run((context) -> {
			UserFunctionRegistry registry = context.getBean(UserFunctionRegistry.class);
			assertThat(registry.names()).containsExactly("echo", "meta", "renamed", "upper");
			assertThat((byte[]) registry.find("upper").orElseThrow().function().apply(new byte[] { 'a' }))
				.containsExactly('A');
			assertThat(registry.find("helper")).isEmpty();
			assertThat(registry.find("renamed").orElseThrow().origin())
				.isEqualTo("bean 'good' method '" + Good.class.getName() + ".other'");
		});
	}

	@Test
	void functionsOfProxiedBeansAreFound() {
		this.runner.withUserConfiguration(ProxiedConfiguration.class).run((context) -> {
			UserFunctionRegistry registry = context.getBean(UserFunctionRegistry.class);
			assertThat((byte[]) registry.find("upper").orElseThrow().function().apply(new byte[] { 'b' }))
				.containsExactly('B');
		});
	}

	@Test
	void userFunctionNamedEchoReplacesTheBuiltIn() {
		this.runner.withBean(OwnEcho.class).run((context) -> {
			UserFunctionRegistry registry = context.getBean(UserFunctionRegistry.class);
			assertThat((byte[]) registry.find("echo").orElseThrow().function().apply(new byte[] { 'x' }))
				.containsExactly('y');
		});
	}

	@Test
	void duplicateNameStopsStartupNamingBothMethods() {
		this.runner.withBean("good", Good.class).withBean("clash", Clash.class).run((context) -> {
			assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidUserFunctionException.class)
				.hasMessageContaining("cannot be registered as 'upper'")
				.hasMessageContaining("bean 'clash' method '" + Clash.class.getName() + ".upper'")
				.hasMessageContaining("bean 'good' method '" + Good.class.getName() + ".upper' already has that name");
		});
	}

	@Test
	void wrongSignatureStopsStartupNamingBeanMethodAndRule() {
		this.runner.withBean("wrong", WrongSignature.class).run((context) -> {
			assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidUserFunctionException.class)
				.hasMessageStartingWith("@UserFunction on bean 'wrong' method '" + WrongSignature.class.getName()
						+ ".text' has signature")
				.hasMessageContaining("a user function must be 'byte[] text(byte[] payload)', or return List, Iterable"
						+ " or Stream of byte[] (or byte[][]) to send several results");
		});
	}

	@Test
	void muxFunctionsMayReturnSeveralPayloadsButNotOtherTypes() {
		this.runner.withBean("mux", Mux.class).run((context) -> {
			UserFunctionRegistry registry = context.getBean(UserFunctionRegistry.class);
			assertThat(registry.names()).contains("list", "stream", "array");
		});
		this.runner.withBean("strings", ListOfStrings.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidUserFunctionException.class)
				.hasMessageContaining("method '" + ListOfStrings.class.getName() + ".strings' has signature"));
	}

	@Test
	void nameWithADotStopsStartup() {
		this.runner.withBean("dotted", Dotted.class).run((context) -> {
			assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("has name 'a.b'; a function name must not be empty or contain dots or spaces");
		});
	}

	@Test
	void registryIsFrozenOnceStarted() {
		this.runner.run((context) -> {
			UserFunctionRegistry registry = context.getBean(UserFunctionRegistry.class);
			assertThat(org.assertj.core.api.Assertions.catchThrowable(
					() -> registry.register(new RegisteredFunction("late", (payload) -> payload, null, null))))
				.isInstanceOf(InvalidUserFunctionException.class)
				.hasMessageContaining("frozen");
		});
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@UserFunction
	@interface PalmOperation {

	}

	static class Good {

		@UserFunction
		byte[] upper(byte[] payload) {
			return new String(payload).toUpperCase().getBytes();
		}

		@UserFunction("renamed")
		byte[] other(byte[] payload) {
			return payload;
		}

		@PalmOperation
		byte[] meta(byte[] payload) {
			return payload;
		}

		byte[] helper(byte[] payload) {
			return payload;
		}

	}

	static class Clash {

		@UserFunction
		byte[] upper(byte[] payload) {
			return payload;
		}

	}

	static class OwnEcho {

		@UserFunction
		byte[] echo(byte[] payload) {
			return new byte[] { 'y' };
		}

	}

	static class WrongSignature {

		@UserFunction
		String text(String payload) {
			return payload;
		}

	}

	static class Mux {

		@UserFunction
		java.util.List<byte[]> list(byte[] payload) {
			return java.util.List.of(payload, payload);
		}

		@UserFunction
		java.util.stream.Stream<byte[]> stream(byte[] payload) {
			return java.util.stream.Stream.of(payload);
		}

		@UserFunction
		byte[][] array(byte[] payload) {
			return new byte[][] { payload };
		}

	}

	static class ListOfStrings {

		@UserFunction
		java.util.List<String> strings(byte[] payload) {
			return java.util.List.of();
		}

	}

	static class Dotted {

		@UserFunction("a.b")
		byte[] dotted(byte[] payload) {
			return payload;
		}

	}

	public interface Upper {

		byte[] upper(byte[] payload);

	}

	public static class UpperImpl implements Upper {

		@Override
		@UserFunction
		public byte[] upper(byte[] payload) {
			return new String(payload).toUpperCase().getBytes();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ProxiedConfiguration {

		@Bean
		Upper upper() {
			ProxyFactory factory = new ProxyFactory(new UpperImpl());
			factory.addInterface(Upper.class);
			return (Upper) factory.getProxy();
		}

	}

}
