package org.cruxmap.server.api;

/** A client mistake or a failure, answered as JSON {@code {"error": ..., "detail": ...}} with its status. */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String detail;

    public ApiError(int status, String error, String detail) {
        super(error);
        this.status = status;
        this.detail = detail;
    }

    public static ApiError badRequest(String error, String detail) { return new ApiError(400, error, detail); }

    public static ApiError notFound(String what) { return new ApiError(404, "not found", what); }

    public int status() { return status; }

    public String detail() { return detail; }
}
