package uk.caseview.sdk.http;

import feign.FeignException;
import feign.RetryableException;
import feign.codec.DecodeException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.caseview.sdk.error.ApiException;
import uk.caseview.sdk.error.ApiUnreachableException;
import uk.caseview.sdk.error.MalformedResponseException;
import uk.caseview.sdk.error.ServerErrorException;
import uk.caseview.sdk.view.Source;

/**
 * Wraps a Feign client so that each call gets one correlation id (kept across retries), runs
 * through its API's {@link ApiResilience}, and fails only with an {@link ApiException}: the UI
 * and the view service never see a Feign, Jackson or Resilience4j type.
 */
final class GuardedApi implements InvocationHandler {

    private final Object delegate;
    private final Source source;
    private final String name;
    private final ApiResilience resilience;
    private final Map<Method, CallKind> kinds = new ConcurrentHashMap<>();

    private GuardedApi(Object delegate, Source source, String name, ApiResilience resilience) {
        this.delegate = delegate;
        this.source = source;
        this.name = name;
        this.resilience = resilience;
    }

    static <T> T wrap(Class<T> type, T delegate, Source source, ApiResilience resilience) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new GuardedApi(delegate, source, type.getSimpleName(), resilience)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "toString" -> name + "[" + source + "]";
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> method.invoke(this, args);
            };
        }
        String cid = CorrelationId.next();
        boolean repeatable = kinds.computeIfAbsent(method, CallKind::of).repeatable(args);
        return ScopedValue.where(CorrelationId.CURRENT, cid).call(() ->
                resilience.call(() -> invokeTranslated(method, args, cid), repeatable, cid));
    }

    private Object invokeTranslated(Method method, Object[] args, String cid) {
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw translate(e.getCause(), cid);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Finds the SDK exception Feign wrapped, or names what happened in SDK terms. */
    RuntimeException translate(Throwable failure, String cid) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
        }
        return switch (failure) {
            case RetryableException e -> new ApiUnreachableException(source, cid, e);
            case DecodeException e -> MalformedResponseException.unreadable(
                    source, e.status(), cid, e.getClass().getSimpleName(), null);
            case FeignException e when e.status() >= 400 -> new ServerErrorException(source, e.status(), null, cid);
            case FeignException e -> new ApiUnreachableException(source, cid, e);
            case RuntimeException e -> e;
            case Error e -> throw e;
            default -> new IllegalStateException(failure);
        };
    }
}
