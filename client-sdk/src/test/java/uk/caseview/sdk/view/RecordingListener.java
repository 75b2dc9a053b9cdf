package uk.caseview.sdk.view;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every (source, state) the view service announced, in order. */
final class RecordingListener implements CustomerViewListener {

    record Update(Source source, SourceState<?> state, CustomerView view) {}

    private final List<Update> updates = new CopyOnWriteArrayList<>();

    @Override
    public void onSourceUpdated(CustomerView view, Source source) {
        updates.add(new Update(source, view.state(source), view));
    }

    List<Update> updates() {
        return List.copyOf(updates);
    }

    List<SourceState<?>> statesOf(Source source) {
        return updates.stream().filter(u -> u.source() == source).map(Update::state).toList();
    }
}
