package io.textmfa.graph;

/** Graph answered a request with an error: its status, OData code and message, and the path asked. */
public class GraphCallException extends Exception {
    private final int status;
    private final String code;
    private final String path;

    public GraphCallException(int status, String code, String message, String path) {
        super(message);
        this.status = status;
        this.code = code;
        this.path = path;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String path() {
        return path;
    }
}
