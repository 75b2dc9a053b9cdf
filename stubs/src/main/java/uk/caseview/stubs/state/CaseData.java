package uk.caseview.stubs.state;

import uk.caseview.stubs.data.CitizenData;
import uk.caseview.stubs.data.CitizenDirectory;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.data.Ids;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Reply;

/**
 * What the endpoints read and write citizens through: the seeded data with the request's
 * training session on top. Answers 404 problems for anyone the stub does not know, so endpoints
 * never handle a missing citizen themselves.
 */
public final class CaseData {

    private final CitizenDirectory directory;
    private final Classroom classroom;
    private final ReadCache cache = new ReadCache();

    public CaseData(CitizenDirectory directory, Classroom classroom) {
        this.directory = directory;
        this.classroom = classroom;
    }

    /**
     * A read of one citizen's data, served from the cache unless this request's session has
     * changed the citizen. The key must identify the reply completely (path and query).
     */
    public Reply read(String session, String nino, String key, java.util.function.Supplier<Reply> build) {
        if (changedIn(session, nino)) {
            return build.get();
        }
        // A write can land while the reply is being built; such a reply may hold the changed
        // citizen and must not be cached as seeded data for everyone else.
        return cache.get(key, build, () -> !changedIn(session, nino));
    }

    private boolean changedIn(String session, String nino) {
        Session s = classroom.existing(session);
        return s != null && s.changed(nino) != null;
    }

    public CitizenDirectory directory() {
        return directory;
    }

    public Classroom classroom() {
        return classroom;
    }

    /** The citizen as the given training session sees them (null session: the shared data). */
    public CitizenData require(String session, String nino) {
        Session s = classroom.existing(session);
        CitizenRecord changed = s == null ? null : s.changed(nino);
        if (changed != null) {
            return changed;
        }
        CitizenData data = directory.find(nino);
        if (data == null) {
            throw ApiProblem.notFound("No citizen has this National Insurance number.");
        }
        return data;
    }

    /** The citizen in full, ready to be changed by a write in this session. */
    public CitizenRecord requireForWrite(Session session, String nino) {
        CitizenRecord changed = session.changed(nino);
        if (changed != null) {
            return changed;
        }
        CitizenData data = directory.find(nino);
        if (data == null) {
            throw ApiProblem.notFound("No citizen has this National Insurance number.");
        }
        return CitizenRecord.copyOf(data);
    }

    /** The NINO that owns a debt id, or a 404 problem. */
    public String ninoOfDebt(String debtId) {
        String nino = directory.ninoOfKey(Ids.keyOfDebtId(debtId));
        if (nino == null) {
            throw ApiProblem.notFound("No debt has this id.");
        }
        return nino;
    }

    public String ninoOfEvidence(String evidenceId) {
        String nino = directory.ninoOfKey(Ids.keyOfEvidenceId(evidenceId));
        if (nino == null) {
            throw ApiProblem.notFound("No document has this id.");
        }
        return nino;
    }
}
