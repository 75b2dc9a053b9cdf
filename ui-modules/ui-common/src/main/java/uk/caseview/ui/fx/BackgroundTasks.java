package uk.caseview.ui.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one way Caseview UI code does blocking work: {@code work} runs on a virtual thread, and
 * {@code onSuccess} / {@code onFailure} run on the FX Application Thread. Keep those callbacks
 * light; anything heavy belongs in {@code work}.
 */
public final class BackgroundTasks {

    private final Executor worker;
    private final Executor fxThread;

    public BackgroundTasks(Executor worker, Executor fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** Virtual threads for work, {@link Platform#runLater} for results. */
    public static BackgroundTasks onVirtualThreads() {
        return new BackgroundTasks(Executors.newVirtualThreadPerTaskExecutor(), Platform::runLater);
    }

    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, worker);
        future.whenComplete((value, error) -> fxThread.execute(() -> {
            if (error == null) {
                onSuccess.accept(value);
            } else {
                onFailure.accept(unwrap(error));
            }
        }));
        return future;
    }

    /** Hops a callback from any thread onto the FX thread. */
    public void onFxThread(Runnable runnable) {
        fxThread.execute(runnable);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.CompletionException
                        || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
