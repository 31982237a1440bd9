package io.textmfa.graph.mock;

/** Ends the handling of a request early with an OData error response. */
final class GraphFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient GraphResponse response;

    GraphFault(GraphResponse response) {
        super(response.status() + " " + response.errorCode(), null, false, false);
        this.response = response;
    }

    static GraphFault badRequest(String code, String message) {
        return new GraphFault(GraphResponse.error(400, code, message));
    }

    GraphResponse response() {
        return response;
    }
}
