package uk.caseview.sdk.outbox;

/** Hears each status change of the outbox's writes. Called on the outbox's thread: hop to the UI thread. */
@FunctionalInterface
public interface OutboxListener {

    void onChange(OutboxEvent event);
}
