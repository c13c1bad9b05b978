package io.accountsuite.gateway.composition;

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

    /** For the page's templates, which read properties the bean way. */
    public String getStatus() {
        return status;
    }

    public Object getData() {
        return data;
    }
}
