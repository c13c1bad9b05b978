package io.accountsuite.gateway.backend;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.accountsuite.platform.problem.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * One block of the page: {@code ok} with its data (the backend's JSON as maps and lists, passed on to the page as
 * it is), {@code none} (nothing there: the backend answered 4xx), or {@code unavailable} (down, slow, 5xx, 429, or
 * behind an open breaker).
 */
public record Block(String status, @Nullable Object data) {

    public static Block ok(Object data) {
        return new Block("ok", data);
    }

    public static Block none() {
        return new Block("none", null);
    }

    public static Block unavailable() {
        return new Block("unavailable", null);
    }

    /** The block a failed call stands for: a 4xx is an answer ("nothing there"), any other failure is trouble. */
    public static Mono<Block> failed(Throwable error) {
        return Mono.just(isFailure(error) ? unavailable() : none());
    }

    /** Only trouble on the backend's side counts against its breaker: its 4xx answers (but 429) are answers. */
    static boolean isFailure(Throwable error) {
        return !(error instanceof WebClientResponseException response && response.getStatusCode().is4xxClientError()
                && response.getStatusCode().value() != HttpStatus.TOO_MANY_REQUESTS.value());
    }

    /**
     * For a call that answers every signed-in caller (the overviews): a 4xx there does not mean "nothing there" but
     * that something is wrong (an older instance without the endpoint, a token it refuses), so {@code none} becomes
     * {@code unavailable}; the page says so, and an export, which must be whole, refuses rather than leave it out.
     */
    public Block noneAsUnavailable() {
        return "none".equals(status) ? unavailable() : this;
    }

    /** Not part of the block's JSON (API.md: {@code {status, data}}). */
    @JsonIgnore
    public boolean isOk() {
        return "ok".equals(status);
    }

    /** The first item of an ok list block (a customer's one membership or site), {@code none} for an empty list. */
    public Block firstItem() {
        if (!isOk() || !(data instanceof List<?> items)) {
            return this;
        }
        return items.isEmpty() ? none() : ok(items.get(0));
    }

    /**
     * The first item of an ok list block whose field at {@code path} ({@code siteId}, or nested:
     * {@code site.membershipId}) is {@code value}, {@code none} when there is none; other blocks keep their status.
     */
    public Block item(String path, String value) {
        if (!isOk() || !(data instanceof List<?> items)) {
            return withoutData();
        }
        return items.stream().filter(item -> value.equals(String.valueOf(at(item, path)))).findFirst()
                .map(Block::ok).orElseGet(Block::none);
    }

    private static @Nullable Object at(@Nullable Object value, String path) {
        for (String name : path.split("\\.")) {
            value = value instanceof Map<?, ?> object ? object.get(name) : null;
        }
        return value;
    }

    /** One field of an ok object block as a block of its own (a site's limits); other blocks keep their status. */
    public Block field(String name) {
        if (!isOk() || !(data instanceof Map<?, ?> object)) {
            return withoutData();
        }
        Object value = object.get(name);
        return value == null ? none() : ok(value);
    }

    /** The same status without data: what depends on a block that is not ok. */
    public Block withoutData() {
        return new Block(status, null);
    }

    /** The fields the gateway reads of an ok block, as {@code type}; empty for any other block. */
    public <T> Optional<T> read(Class<T> type, JsonMapper json) {
        return isOk() && data != null ? Optional.of(json.convertValue(data, type)) : Optional.empty();
    }

    /**
     * The data of a block an operation cannot do without (an export, the admin settings), unlike the page, which
     * shows what it has: {@code whenNone} stands in for "nothing there" (null: that fails too), anything else but
     * {@code ok} fails with the {@code missing} problem.
     */
    @SuppressWarnings("unchecked")
    public <T> Mono<T> required(@Nullable T whenNone, Supplier<ApiProblem> missing) {
        if (isOk()) {
            return Mono.just((T) data);
        }
        return "none".equals(status) && whenNone != null ? Mono.just(whenNone) : Mono.error(missing.get());
    }

    /** For the page's templates, which read properties the bean way. */
    public String getStatus() {
        return status;
    }

    public @Nullable Object getData() {
        return data;
    }
}
