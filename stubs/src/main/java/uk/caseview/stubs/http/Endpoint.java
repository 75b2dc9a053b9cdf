package uk.caseview.stubs.http;

/** The handler of one contract operation. Throws {@link ApiProblem} to answer with a problem. */
@FunctionalInterface
public interface Endpoint {
    Reply handle(RequestContext request) throws Exception;
}
