package uk.caseview.sdk.view;

/**
 * Told as each source of a view arrives, so panels fill independently. Called on an SDK
 * thread: a UI must hop to its own thread before touching controls.
 */
@FunctionalInterface
public interface CustomerViewListener {

    /** {@code view} already includes {@code source}'s new state. */
    void onSourceUpdated(CustomerView view, Source source);
}
