package io.palmspring.function;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.log.LogAccessor;
import org.springframework.util.StringUtils;

/**
 * Finds {@link UserFunction @UserFunction} methods on every bean and registers them,
 * then freezes the registry once all singletons exist. Classes without functions are
 * remembered so each is inspected once; proxies are looked through to the target
 * class.
 *
 * @since 0.1.0
 */
public final class UserFunctionBeanPostProcessor implements BeanPostProcessor, SmartInitializingSingleton {

	private static final LogAccessor logger = new LogAccessor(UserFunctionBeanPostProcessor.class);

	private final ObjectProvider<UserFunctionRegistry> registry;

	private final Set<Class<?>> classesWithoutFunctions = ConcurrentHashMap.newKeySet();

	/**
	 * Create a post-processor.
	 * @param registry the registry to fill, looked up lazily so that it is an ordinary bean
	 */
	public UserFunctionBeanPostProcessor(ObjectProvider<UserFunctionRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Class<?> targetClass = AopUtils.getTargetClass(bean);
		if (this.classesWithoutFunctions.contains(targetClass)) {
			return bean;
		}
		Map<Method, UserFunction> annotated = MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<UserFunction>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, UserFunction.class));
		if (annotated.isEmpty()) {
			this.classesWithoutFunctions.add(targetClass);
			return bean;
		}
		UserFunctionRegistry target = this.registry.getObject();
		annotated.forEach((method, annotation) -> {
			String name = StringUtils.hasText(annotation.name()) ? annotation.name() : method.getName();
			checkSignature(beanName, method, name);
			Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
			target.register(new RegisteredFunction(name, new MethodFunction(bean, invocable), beanName, method));
			logger.trace(() -> "Registered user function '" + name + "' from bean '" + beanName + "'");
		});
		return bean;
	}

	private static void checkSignature(String beanName, Method method, String name) {
		String where = "@UserFunction on bean '" + beanName + "' method '" + method.getDeclaringClass().getName() + "."
				+ method.getName() + "'";
		if (!name.matches("[^\\s.]+")) {
			throw new InvalidUserFunctionException(where + " has name '" + name
					+ "'; a function name must not be empty or contain dots or spaces");
		}
		if (Modifier.isStatic(method.getModifiers())) {
			throw new InvalidUserFunctionException(where + " is static; a user function must be an instance method");
		}
		if (method.getParameterCount() != 1 || method.getParameterTypes()[0] != byte[].class
				|| !FunctionResults.isSupportedReturnType(method)) {
			throw new InvalidUserFunctionException(where + " has signature '" + method.toGenericString()
					+ "'; a user function must be 'byte[] " + method.getName() + "(byte[] payload)', or return"
					+ " List, Iterable or Stream of byte[] (or byte[][]) to send several results");
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		UserFunctionRegistry target = this.registry.getObject();
		target.freeze();
		logger.debug(() -> "User functions: " + target.names());
	}

}
