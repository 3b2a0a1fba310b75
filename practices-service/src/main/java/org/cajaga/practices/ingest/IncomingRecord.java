package org.cajaga.practices.ingest;

import org.cajaga.practices.practice.PracticeInput;

/** One record as read from a bulk push: its line, its external id and content, or why it could not be read. */
record IncomingRecord(long line, String externalId, PracticeInput input, BulkReport.RecordProblem unreadable) {

    static IncomingRecord unreadable(long line, String externalId, String detailEs, String detailEn) {
        return new IncomingRecord(line, externalId, null, RecordProblems.malformed(detailEs, detailEn));
    }
}
