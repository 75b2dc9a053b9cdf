package uk.caseview.sdk.model.citizen;

import java.util.List;

public record ContactNoteList(List<ContactNote> notes) {

    public ContactNoteList {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
