package uk.caseview.stubs.api;

import java.util.Map;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.stubs.content.EvidenceDocuments;
import uk.caseview.stubs.data.build.EvidenceBuilder;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.state.CaseData;
import uk.caseview.stubs.state.Session;

/** The evidence API's reads: the list and the documents themselves. */
public final class EvidenceEndpoints {

    private final CaseData data;

    public EvidenceEndpoints(CaseData data) {
        this.data = data;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of(
                "listEvidence", this::list,
                "getEvidenceContent", this::content);
    }

    Reply list(RequestContext r) {
        return data.read(r.session(), r.path("nino"), r.target(), () -> Reply.json(200,
                new EvidenceList(r.path("nino"), data.require(r.session(), r.path("nino")).evidence())));
    }

    Reply content(RequestContext r) {
        String id = r.path("evidenceId");
        EvidenceItem item = data.require(r.session(), data.ninoOfEvidence(id)).evidence().stream()
                .filter(e -> e.evidenceId().equals(id)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("No document has this id."));
        if (item.mediaType() == null) {
            throw ApiProblem.notFound("This document has been requested but not received yet.");
        }
        Session session = data.classroom().existing(r.session());
        Session.Upload upload = session == null ? null : session.upload(id);
        if (upload != null) {
            return Reply.bytes(200, upload.mediaType(), upload.bytes(),
                    new Reply.Header("Content-Disposition", "inline; filename=\"" + item.fileName() + "\""));
        }
        byte[] content = EvidenceDocuments.render(id, item.mediaType(), EvidenceBuilder.title(item.type()),
                item.description());
        return Reply.bytes(200, item.mediaType(), content,
                new Reply.Header("Content-Disposition", "inline; filename=\"" + item.fileName() + "\""));
    }
}
