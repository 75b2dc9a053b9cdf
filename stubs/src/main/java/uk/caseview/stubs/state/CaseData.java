package uk.caseview.stubs.state;

import uk.caseview.stubs.data.CitizenData;
import uk.caseview.stubs.data.CitizenDirectory;
import uk.caseview.stubs.data.Ids;
import uk.caseview.stubs.http.ApiProblem;

/**
 * What the endpoints read citizens through. Answers 404 problems for anyone the stub does not
 * know, so endpoints never handle a missing citizen themselves.
 */
public final class CaseData {

    private final CitizenDirectory directory;

    public CaseData(CitizenDirectory directory) {
        this.directory = directory;
    }

    public CitizenDirectory directory() {
        return directory;
    }

    /** The citizen as the given training session sees them (null session: the shared data). */
    public CitizenData require(String session, String nino) {
        CitizenData data = directory.find(nino);
        if (data == null) {
            throw ApiProblem.notFound("No citizen has this National Insurance number.");
        }
        return data;
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
