import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';

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

import type { MeetingsVersionInput } from '../dto/meeting.inputs';
import { maySeeDrafts } from '../meeting-rules';
import type { Forum, Meeting } from '../meeting.entity';
import { MeetingsService } from '../meetings.service';
import { renderBriefingNote, type BriefingContent } from './briefing-note';
import { invitationMethod, meetingInvitation, parseMailbox } from './meeting-invitation';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Notifications raised in a transaction, and the calendar part their e-mails carry. */
interface RaisedNotice {
  ids: string[];
  method: 'REQUEST' | 'CANCEL';
  calendar: string;
}

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
    const { meeting, notice } = await this.dataSource.transaction(async (manager) => {
      const before = await this.meetings.getMeeting(meetingId, 'meetingId', manager);
      if (before.state !== MeetingState.SCHEDULED) {
        throw conflict('Notice is sent of a meeting not yet held', { field: 'meetingId' });
      }
      const members = await this.members(before, manager);
      if (!members.length) {
        throw conflict('The forum has no current members to notify', { field: 'meetingId' });
      }
      const after = await this.meetings.noticeSent(manager, actor, before);
      return { meeting: after, notice: await this.raiseNotice(manager, after, members) };
    });
    await this.deliver(notice);
    return meeting;
  }

  /**
   * Cancels a meeting not yet held. If its notice went out, the members are told, in the
   * dashboard and by e-mail with an iCalendar cancellation of the same UID and a higher SEQUENCE,
   * which takes the meeting out of their calendars.
   */
  async cancel(actor: Actor, input: MeetingsVersionInput): Promise<Meeting> {
    let notice: RaisedNotice | null = null;
    const meeting = await this.meetings.cancel(actor, input, async (cancelled, manager) => {
      if (!cancelled.noticeSentAt) return;
      notice = await this.raiseNotice(manager, cancelled, await this.members(cancelled, manager));
    });
    if (notice) await this.deliver(notice);
    return meeting;
  }

  private async members(meeting: Meeting, manager: EntityManager): Promise<Person[]> {
    return this.people(await this.meetings.currentMembers(meeting.forumId, manager));
  }

  /** The notice (or, for a cancelled meeting, the cancellation) raised for `members`. */
  private async raiseNotice(
    manager: EntityManager,
    meeting: Meeting,
    members: Person[],
  ): Promise<RaisedNotice> {
    const forum = await this.meetings.getForum(meeting.forumId, 'meetingId');
    const cancelled = meeting.state === MeetingState.CANCELLED;
    const title = {
      en: meeting.title.en ?? meeting.title.cy,
      cy: meeting.title.cy ?? meeting.title.en,
    };
    const subject = cancelled
      ? { en: `Meeting cancelled: ${title.en}`, cy: `Cyfarfod wedi’i ganslo: ${title.cy}` }
      : { en: `Meeting notice: ${title.en}`, cy: `Hysbysiad cyfarfod: ${title.cy}` };
    const description = cancelled
      ? this.cancellationBody(forum, meeting)
      : this.noticeBody(forum, meeting);
    const ids = await this.notifications.raise(
      manager,
      members.map((person): NotificationDraft => ({
        recipientId: person.id,
        kind: NotificationKind.MEETING_NOTICE,
        subject,
        body: description,
        link: `/meetings/${meeting.id}`,
      })),
    );
    const invitation = {
      meetingId: meeting.id,
      sequence: meeting.noticeSequence,
      title: meeting.title,
      description,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      location: meeting.location,
      onlineLink: meeting.onlineLink,
      organiser: parseMailbox(this.mailer.settings.from),
      attendees: members.map(({ name, email }) => ({ name, email })),
      cancelled,
    };
    return { ids, method: invitationMethod(invitation), calendar: meetingInvitation(invitation) };
  }

  /** After the commit, so no one is sent a notice that was rolled back. */
  private async deliver({ ids, method, calendar }: RaisedNotice): Promise<void> {
    await this.notifications.deliver(ids, {
      icalEvent: { method, filename: 'cyfarfod-meeting.ics', content: calendar },
    });
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

  private cancellationBody(forum: Forum, meeting: Meeting): Label {
    const at = when(meeting);
    return {
      cy: [
        `Mae cyfarfod ${forum.name.cy ?? forum.name.en} wedi’i ganslo: ${meeting.title.cy ?? meeting.title.en}.`,
        `Roedd i’w gynnal: ${at.cy}`,
      ].join('\n'),
      en: [
        `The meeting of ${forum.name.en ?? forum.name.cy} has been cancelled: ${meeting.title.en ?? meeting.title.cy}.`,
        `It was to be held: ${at.en}`,
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
