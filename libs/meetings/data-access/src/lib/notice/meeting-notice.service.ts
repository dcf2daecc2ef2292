import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import { Person } from '@cynnydd/directory/data-access';
import {
  Mailer,
  NotificationsService,
  type NotificationDraft,
} from '@cynnydd/notifications/data-access';
import type { ExportLanguage } from '@cynnydd/reports/data-access';
import { conflict, forbidden } from '@cynnydd/server/core';
import {
  AttendanceStatus,
  MeetingState,
  NotificationKind,
  type Actor,
  type BilingualText,
  type Label,
  type ReviewEntryKind,
} from '@cynnydd/shared/domain';

import { maySeeDrafts } from '../meeting-rules';
import type { Forum, Meeting } from '../meeting.entity';
import { MeetingsService } from '../meetings.service';
import { renderBriefingNote, type BriefingContent } from './briefing-note';
import { meetingInvitation, parseMailbox } from './meeting-invitation';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface BriefingFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** "dydd Llun 1 Rhagfyr 2025 am 10:00" / "Monday 1 December 2025 at 10:00", Welsh time. */
function when(meeting: Meeting): Label {
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: 'Europe/London',
    }).format(meeting.startsAt);
  return { en: format('en-GB'), cy: format('cy') };
}

function place(meeting: Meeting): string {
  return [meeting.location, meeting.onlineLink].filter(Boolean).join(' · ');
}

/** Notices of meetings (with calendar invitations) and briefing notes for those not there. */
@Injectable()
export class MeetingNoticeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly notifications: NotificationsService,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
  ) {}

  /**
   * Tells every current member of the forum, in the dashboard and by e-mail with an iCalendar
   * invitation. Sent again after a change, the invitation keeps its UID with a higher SEQUENCE,
   * so calendars update the entry. Returns the meeting with its notice recorded.
   */
  async sendNotice(actor: Actor, meetingId: string): Promise<Meeting> {
    const { meeting, ids, invitation } = await this.dataSource.transaction(async (manager) => {
      const before = await this.meetings.getMeeting(meetingId, 'meetingId', manager);
      if (before.state !== MeetingState.SCHEDULED) {
        throw conflict('Notice is sent of a meeting not yet held', { field: 'meetingId' });
      }
      const forum = await this.meetings.getForum(before.forumId, 'meetingId');
      const members = await this.people(await this.meetings.currentMembers(forum.id, manager));
      if (!members.length) {
        throw conflict('The forum has no current members to notify', { field: 'meetingId' });
      }
      const after = await this.meetings.noticeSent(manager, actor, before);
      const subject = {
        en: `Meeting notice: ${after.title.en ?? after.title.cy}`,
        cy: `Hysbysiad cyfarfod: ${after.title.cy ?? after.title.en}`,
      };
      const description = this.noticeBody(forum, after);
      const raised = await this.notifications.raise(
        manager,
        members.map((person): NotificationDraft => ({
          recipientId: person.id,
          kind: NotificationKind.MEETING_NOTICE,
          subject,
          body: description,
          link: `/meetings/${after.id}`,
        })),
      );
      return {
        meeting: after,
        ids: raised,
        invitation: meetingInvitation({
          meetingId: after.id,
          sequence: after.noticeSequence,
          title: after.title,
          description,
          startsAt: after.startsAt,
          endsAt: after.endsAt,
          location: after.location,
          onlineLink: after.onlineLink,
          organiser: parseMailbox(this.mailer.settings.from),
          attendees: members.map(({ name, email }) => ({ name, email })),
        }),
      };
    });
    // After the commit, so no one is invited to a meeting whose notice was rolled back.
    await this.notifications.deliver(ids, {
      icalEvent: { method: 'REQUEST', filename: 'cyfarfod-meeting.ics', content: invitation },
    });
    return meeting;
  }

  private noticeBody(forum: Forum, meeting: Meeting): Label {
    const at = when(meeting);
    const where = place(meeting);
    return {
      cy: [
        `Fe’ch gwahoddir i gyfarfod ${forum.name.cy ?? forum.name.en}: ${meeting.title.cy ?? meeting.title.en}.`,
        `Pryd: ${at.cy}`,
        `Ble: ${where}`,
        'Os na allwch ddod, anfonwch eich ymddiheuriadau yn Cynnydd.',
      ].join('\n'),
      en: [
        `You are invited to a meeting of ${forum.name.en ?? forum.name.cy}: ${meeting.title.en ?? meeting.title.cy}.`,
        `When: ${at.en}`,
        `Where: ${where}`,
        'If you cannot come, send your apologies in Cynnydd.',
      ].join('\n'),
    };
  }

  /** The briefing note as a Word file, for whoever may see the meeting's minutes. */
  async briefingFile(actor: Actor, meetingId: string, language: ExportLanguage) {
    const meeting = await this.meetings.getMeeting(meetingId);
    if (meeting.state !== MeetingState.MINUTES_APPROVED) {
      const members = await this.meetings.currentMembers(meeting.forumId);
      if (
        !maySeeDrafts(
          actor,
          members.map((member) => member.personId),
        )
      ) {
        throw forbidden('The minutes of this meeting are not yet approved');
      }
    }
    return this.renderBriefing(meeting, language);
  }

  /**
   * E-mails the briefing note (in both languages) to the current members who were not at the
   * meeting themselves: represented by a deputy, apologies, absent, or nothing recorded.
   * Returns how many were sent it.
   */
  async sendBriefing(actor: Actor, meetingId: string): Promise<number> {
    const meeting = await this.meetings.getMeeting(meetingId, 'meetingId');
    if (meeting.state !== MeetingState.HELD && meeting.state !== MeetingState.MINUTES_APPROVED) {
      throw conflict('A briefing note is sent once the meeting is held', { field: 'meetingId' });
    }
    const file = await this.renderBriefing(meeting, 'both');
    const present: { memberId: string }[] = await this.dataSource.query(
      `SELECT member_id AS "memberId" FROM attendance WHERE meeting_id = $1 AND status = $2`,
      [meeting.id, AttendanceStatus.PRESENT],
    );
    const seats = (await this.meetings.currentMembers(meeting.forumId)).filter(
      (seat) => !present.some((row) => row.memberId === seat.id),
    );
    const recipients = await this.people(seats);
    const ids = await this.dataSource.transaction(async (manager) => {
      await this.audit.record(manager, actor, {
        action: AuditAction.CREATE,
        entityType: 'MeetingBriefing',
        entityId: meeting.id,
        after: { recipientIds: recipients.map((person) => person.id) },
      });
      return this.notifications.raise(
        manager,
        recipients.map((person) => ({
          recipientId: person.id,
          kind: NotificationKind.MEETING_BRIEFING,
          subject: {
            en: `Briefing note: ${meeting.title.en ?? meeting.title.cy}`,
            cy: `Nodyn briffio: ${meeting.title.cy ?? meeting.title.en}`,
          },
          body: {
            en: 'You were not at this meeting: its briefing note, with what was decided and who will do what by when, is attached.',
            cy: 'Nid oeddech yn y cyfarfod hwn: mae ei nodyn briffio, gyda’r hyn a benderfynwyd a phwy fydd yn gwneud beth erbyn pryd, ynghlwm.',
          },
          link: `/meetings/${meeting.id}`,
        })),
      );
    });
    await this.notifications.deliver(ids, {
      attachments: [{ filename: file.filename, content: file.body, contentType: file.contentType }],
    });
    return recipients.length;
  }

  private async renderBriefing(meeting: Meeting, language: ExportLanguage): Promise<BriefingFile> {
    const body = await renderBriefingNote(await this.briefingContent(meeting), language);
    const day = meeting.startsAt.toISOString().slice(0, 10);
    return {
      filename: `cynnydd-briefing-note-${day}-${language}.docx`,
      contentType: DOCX_TYPE,
      body,
    };
  }

  /** The note's content in three statements: the forum, the attendance, the decisions. */
  private async briefingContent(meeting: Meeting): Promise<BriefingContent> {
    const forum = await this.meetings.getForum(meeting.forumId);
    const attendance: {
      name: string;
      en: string | null;
      cy: string | null;
      status: AttendanceStatus | null;
      deputyName: string | null;
    }[] = await this.dataSource.query(
      `SELECT p.name, o.name_en AS en, o.name_cy AS cy, a.status, a.deputy_name AS "deputyName"
       FROM forum_member s
       JOIN person p ON p.id = s.person_id
       JOIN organisation o ON o.id = s.representing_id
       LEFT JOIN attendance a ON a.member_id = s.id AND a.meeting_id = $1
       WHERE s.forum_id = $2 AND (s.left_on IS NULL OR a.id IS NOT NULL)
       ORDER BY p.name`,
      [meeting.id, meeting.forumId],
    );
    const decisions: {
      id: string;
      kind: ReviewEntryKind;
      textEn: string | null;
      textCy: string | null;
      itemEn: string | null;
      itemCy: string | null;
      commitments: {
        title_en: string | null;
        title_cy: string | null;
        owner: string;
        due: string;
      }[];
    }[] = await this.dataSource.query(
      `SELECT r.id, r.kind, r.text_en AS "textEn", r.text_cy AS "textCy",
              i.title_en AS "itemEn", i.title_cy AS "itemCy",
              coalesce((SELECT json_agg(json_build_object('title_en', f.title_en,
                  'title_cy', f.title_cy, 'owner', p.name, 'due', f.due_date::text)
                  ORDER BY f.due_date, f.id)
                FROM follow_up f JOIN person p ON p.id = f.owner_id
                WHERE f.decision_id = r.id), '[]') AS commitments
       FROM review_entry r LEFT JOIN agenda_item i ON i.id = r.agenda_item_id
       WHERE r.meeting_id = $1
       ORDER BY i.position NULLS LAST, r.created_at, r.id`,
      [meeting.id],
    );
    const text = (en: string | null, cy: string | null): BilingualText => ({ en, cy });
    return {
      forumName: forum.name,
      title: meeting.title,
      startsAt: meeting.startsAt,
      place: place(meeting),
      minutesApproved: meeting.state === MeetingState.MINUTES_APPROVED,
      attendance: attendance.map((row) => ({
        name: row.name,
        organisation: text(row.en, row.cy),
        status: row.status ?? AttendanceStatus.ABSENT,
        deputyName: row.deputyName,
      })),
      decisions: decisions.map((row) => ({
        kind: row.kind,
        agendaItem: row.itemEn || row.itemCy ? text(row.itemEn, row.itemCy) : null,
        text: text(row.textEn, row.textCy),
        commitments: row.commitments.map((commitment) => ({
          title: text(commitment.title_en, commitment.title_cy),
          ownerName: commitment.owner,
          dueDate: commitment.due,
        })),
      })),
    };
  }

  private people(seats: { personId: string }[]): Promise<Person[]> {
    if (!seats.length) return Promise.resolve([]);
    return this.dataSource.manager.findBy(Person, {
      id: In(seats.map((seat) => seat.personId)),
    });
  }
}
