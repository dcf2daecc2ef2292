import { graphql } from '../../../gql';

/** A meeting as the lists show it. */
export const MEETING_ROW_FIELDS = graphql(`
  fragment MeetingRow on Meeting {
    id
    title {
      en
      cy
    }
    startsAt
    endsAt
    location
    onlineLink
    state
    forum {
      id
      kind
      name {
        en
        cy
      }
    }
  }
`);

/** The forums, for choosing one (the lists' filter, scheduling). */
export const FORUM_CHOICES = graphql(`
  query ForumChoices {
    forums {
      id
      kind
      active
      name {
        en
        cy
      }
    }
  }
`);

export const MEETINGS = graphql(`
  query Meetings($forumId: ID, $from: DateTime, $to: DateTime) {
    meetings(forumId: $forumId, from: $from, to: $to) {
      ...MeetingRow
    }
  }
`);

/**
 * The meetings page's list: those to come and a page of those over (`pastOffset`, `pastLimit`),
 * with how many are over. Small enough for the cache, so the page is drawn on the server with it.
 */
export const MEETING_SCHEDULE = graphql(`
  query MeetingSchedule($forumId: ID, $pastOffset: Int!, $pastLimit: Int!) {
    meetingSchedule(forumId: $forumId, pastOffset: $pastOffset, pastLimit: $pastLimit) {
      upcoming {
        ...MeetingRow
      }
      past {
        ...MeetingRow
      }
      pastCount
    }
  }
`);

export const MEETING_DETAILS = graphql(`
  query MeetingDetails($id: ID!) {
    meeting(id: $id) {
      ...MeetingRow
      version
      noticeSentAt
      noticeSequence
      minutesApprovedAt
      minutesApprovedBy {
        id
        name
      }
      minutesVisible
      canManage
      canApprove
      canSendApologies
      forum {
        id
        members {
          id
          isChair
          leftOn
          person {
            id
            name
          }
          representing {
            id
            name {
              en
              cy
            }
          }
        }
      }
      agenda {
        id
        version
        position
        title {
          en
          cy
        }
        minutes {
          en
          cy
        }
        presenter {
          id
          name
        }
        report {
          id
          audience
          edition
          reportingPeriod {
            id
            label
          }
        }
        actions {
          id
          reference
          title {
            en
            cy
          }
        }
        measures {
          id
          reference
          name {
            en
            cy
          }
        }
        risks {
          id
          reference
          title {
            en
            cy
          }
        }
      }
      attendance {
        id
        status
        deputyName
        member {
          id
        }
      }
      decisions {
        id
        kind
        text {
          en
          cy
        }
        followUps {
          ...FollowUpFields
        }
      }
      carriedCommitments {
        ...FollowUpFields
      }
    }
  }
`);

/** Issued reports, to table on an agenda. */
export const ISSUED_REPORTS = graphql(`
  query IssuedReports {
    reports {
      id
      state
      audience
      edition
      reportingPeriod {
        id
        label
      }
    }
  }
`);

export const SCHEDULE_MEETING = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
    }
  }
`);

export const UPDATE_MEETING = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      id
      version
    }
  }
`);

export const ADD_AGENDA_ITEM = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
    }
  }
`);

export const UPDATE_AGENDA_ITEM = graphql(`
  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
      id
      version
    }
  }
`);

export const MOVE_AGENDA_ITEM = graphql(`
  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {
    moveAgendaItem(input: $input) {
      id
      version
    }
  }
`);

export const REMOVE_AGENDA_ITEM = graphql(`
  mutation RemoveAgendaItem($input: MeetingsVersionInput!) {
    removeAgendaItem(input: $input) {
      id
    }
  }
`);

export const UPDATE_AGENDA_ITEM_MINUTES = graphql(`
  mutation UpdateAgendaItemMinutes($input: AgendaItemMinutesInput!) {
    updateAgendaItemMinutes(input: $input) {
      id
    }
  }
`);

export const MARK_MEETING_HELD = graphql(`
  mutation MarkMeetingHeld($input: MeetingsVersionInput!) {
    markMeetingHeld(input: $input) {
      id
    }
  }
`);

export const CANCEL_MEETING = graphql(`
  mutation CancelMeeting($input: MeetingsVersionInput!) {
    cancelMeeting(input: $input) {
      id
    }
  }
`);

export const APPROVE_MINUTES = graphql(`
  mutation ApproveMinutes($input: MeetingsVersionInput!) {
    approveMinutes(input: $input) {
      id
    }
  }
`);

export const RECORD_ATTENDANCE = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
    }
  }
`);

export const SEND_APOLOGIES = graphql(`
  mutation SendApologies($meetingId: ID!) {
    sendApologies(meetingId: $meetingId) {
      id
    }
  }
`);

export const RECORD_MEETING_DECISION = graphql(`
  mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {
    recordMeetingDecision(input: $input) {
      id
    }
  }
`);

export const SEND_MEETING_NOTICE = graphql(`
  mutation SendMeetingNotice($meetingId: ID!) {
    sendMeetingNotice(meetingId: $meetingId) {
      id
    }
  }
`);

export const SEND_BRIEFING_NOTE = graphql(`
  mutation SendBriefingNote($meetingId: ID!) {
    sendBriefingNote(meetingId: $meetingId)
  }
`);

/** Attendance by forum, organisation and member, and commitments kept, over a span of days. */
export const MEETINGS_AUDIT = graphql(`
  query MeetingsAudit($forumId: ID, $from: String!, $to: String!) {
    attendanceAudit(forumId: $forumId, from: $from, to: $to) {
      forumId
      forumName {
        en
        cy
      }
      figures {
        ...AttendanceFigureFields
      }
      organisations {
        organisationId
        organisationName {
          en
          cy
        }
        figures {
          ...AttendanceFigureFields
        }
      }
      members {
        memberId
        personName
        figures {
          ...AttendanceFigureFields
        }
      }
    }
    commitmentsKept(forumId: $forumId, from: $from, to: $to) {
      forumId
      forumName {
        en
        cy
      }
      total
      doneOnTime
      doneLate
      open
      overdue
    }
  }
`);

export const ATTENDANCE_FIGURE_FIELDS = graphql(`
  fragment AttendanceFigureFields on AttendanceFigures {
    meetings
    present
    represented
    apologies
    absent
    attendanceRate
    deputies
    longestMissedRun
    flagged
  }
`);

/** The forums with their seats, past and present, and the people and bodies to seat. */
export const FORUMS_ADMIN = graphql(`
  query ForumsAdmin {
    forums {
      id
      version
      kind
      active
      name {
        en
        cy
      }
      purpose {
        en
        cy
      }
      members {
        id
        version
        isChair
        joinedOn
        leftOn
        person {
          id
          name
        }
        representing {
          id
          name {
            en
            cy
          }
        }
      }
    }
    people {
      id
      name
      organisation {
        id
      }
    }
    organisations {
      id
      name {
        en
        cy
      }
    }
  }
`);

export const CREATE_FORUM = graphql(`
  mutation CreateForum($input: CreateForumInput!) {
    createForum(input: $input) {
      id
    }
  }
`);

export const UPDATE_FORUM = graphql(`
  mutation UpdateForum($input: UpdateForumInput!) {
    updateForum(input: $input) {
      id
      version
    }
  }
`);

export const UPDATE_FORUM_MEMBER = graphql(`
  mutation UpdateForumMember($input: UpdateForumMemberInput!) {
    updateForumMember(input: $input) {
      id
      version
    }
  }
`);

export const ADD_FORUM_MEMBER = graphql(`
  mutation AddForumMember($input: AddForumMemberInput!) {
    addForumMember(input: $input) {
      id
    }
  }
`);

export const END_FORUM_MEMBERSHIP = graphql(`
  mutation EndForumMembership($input: EndForumMembershipInput!) {
    endForumMembership(input: $input) {
      id
    }
  }
`);
