package io.accountsuite.gateway.composition;

import java.util.function.Supplier;

import io.accountsuite.platform.problem.ApiProblem;
import reactor.core.publisher.Mono;

/** One block of the page: {@code ok} with its data, {@code none} (nothing there yet), or {@code unavailable}. */
public record Block(String status, Object data) {

    public static Block ok(Object data) {
        return new Block("ok", data);
    }

    public static Block none() {
        return new Block("none", null);
    }

    public static Block unavailable() {
        return new Block("unavailable", null);
    }

    public boolean isOk() {
        return "ok".equals(status);
    }

    /**
     * The data of a block an operation cannot do without (an export, the admin settings), unlike the page, which
     * shows what it has: {@code whenNone} stands in for "nothing there" (null: that fails too), anything else but
     * {@code ok} fails with the {@code missing} problem.
     */
    @SuppressWarnings("unchecked")
    public <T> Mono<T> required(T whenNone, Supplier<ApiProblem> missing) {
        if (isOk()) {
            return Mono.just((T) data);
        }
        return "none".equals(status) && whenNone != null ? Mono.just(whenNone) : Mono.error(missing.get());
    }

    /** For the page's templates, which read properties the bean way. */
    public String getStatus() {
        return status;
    }

    public Object getData() {
        return data;
    }
}
