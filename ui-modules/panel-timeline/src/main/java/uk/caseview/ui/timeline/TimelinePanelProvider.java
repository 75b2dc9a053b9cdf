package uk.caseview.ui.timeline;

import java.util.function.Function;
import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.Placement;

public final class TimelinePanelProvider implements PanelProvider {

    private final Function<PanelContext, TimelineFetches> fetches;

    public TimelinePanelProvider() {
        this(TimelineFetches::over);
    }

    /** For tests: the timeline's own reads answered without an SDK. */
    TimelinePanelProvider(Function<PanelContext, TimelineFetches> fetches) {
        this.fetches = fetches;
    }

    @Override
    public String id() {
        return "timeline";
    }

    @Override
    public String title() {
        return "Timeline";
    }

    /** After the five source panels: it summarises them, so it is read after them. */
    @Override
    public int order() {
        return 60;
    }

    /** Tall and list-like: down the right on a wide window, under the grid otherwise. */
    @Override
    public Placement placement() {
        return Placement.RAIL;
    }

    @Override
    public CustomerPanel create(PanelContext context) {
        return new TimelinePanel(context, title(), fetches.apply(context));
    }
}
