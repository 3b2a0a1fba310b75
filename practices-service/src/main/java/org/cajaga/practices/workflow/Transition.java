package org.cajaga.practices.workflow;

import org.cajaga.practices.practice.PracticeStatus;

/** The moves of the publication workflow, who may make them, and whether the record leaves the public. */
public enum Transition {
    SUBMIT(PracticeStatus.DRAFT, PracticeStatus.SUBMITTED, "SUBMITTED", false, null),
    PUBLISH(PracticeStatus.SUBMITTED, PracticeStatus.PUBLISHED, "PUBLISHED", true, null),
    REQUEST_CHANGES(PracticeStatus.SUBMITTED, PracticeStatus.DRAFT, "CHANGES_REQUESTED", true, null),
    WITHDRAW(PracticeStatus.PUBLISHED, PracticeStatus.DRAFT, "WITHDRAWN", true, PublicationTombstone.Reason.WITHDRAWN),
    ARCHIVE(PracticeStatus.PUBLISHED, PracticeStatus.ARCHIVED, "ARCHIVED", true, PublicationTombstone.Reason.ARCHIVED);

    final PracticeStatus from;
    final PracticeStatus to;
    final String action;
    final boolean editorsOnly;
    final PublicationTombstone.Reason leavesPublic;

    Transition(PracticeStatus from, PracticeStatus to, String action, boolean editorsOnly,
               PublicationTombstone.Reason leavesPublic) {
        this.from = from;
        this.to = to;
        this.action = action;
        this.editorsOnly = editorsOnly;
        this.leavesPublic = leavesPublic;
    }
}
