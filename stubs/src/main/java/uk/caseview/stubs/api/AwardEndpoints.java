package uk.caseview.stubs.api;

import java.util.Map;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.state.CaseData;

/** The award API. */
public final class AwardEndpoints {

    private final CaseData data;

    public AwardEndpoints(CaseData data) {
        this.data = data;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of("getAwards", this::getAwards);
    }

    Reply getAwards(RequestContext r) {
        return data.read(r.session(), r.path("nino"), r.target(), () ->
                Reply.json(200, new Awards(r.path("nino"), data.require(r.session(), r.path("nino")).awards())));
    }
}
