import { User } from '@cynnydd/access/data-access';
import { Person, PERSON_REFERENCES } from '@cynnydd/directory/data-access';
import { ForumMember, Meeting } from '@cynnydd/meetings/data-access';
import { ActionDelegate, ActionOwner } from '@cynnydd/plans/data-access';
import { StatusUpdate } from '@cynnydd/reporting/data-access';
import { Risk, RiskMitigation, RiskReview } from '@cynnydd/risks/data-access';
import { AttendanceStatus, MeetingState, PlanState, RagStatus, Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type Client, type TestApp } from './support/test-app';

const UPDATE_PERSON = `mutation ($input: UpdatePersonInput!) {
  updatePerson(input: $input) { id name email version jobTitle { en cy } organisation { code } }
}`;
const UPDATE_ORGANISATION = `mutation ($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) { id type version name { en cy } }
}`;
const MERGE = `mutation ($input: MergePeopleInput!) { mergePeople(input: $input) { id version } }`;

describe('people and organisations, administered', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let admin: Client;
  let area: StrategicArea;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(5) as StrategicArea;
    admin = await app.signedIn(Role.ADMIN);
  });
  afterAll(() => app.close());

  it('edits a person, keeping the other language of the job title, and refuses a stale version', async () => {
    const person = await fixtures.person();
    const other = await fixtures.organisation();
    const input = {
      id: person.id,
      expectedVersion: person.version,
      name: '  Siân  Pritchard ',
      email: 'SIAN.NEW@EXAMPLE.WALES',
      organisationId: other.id,
      jobTitle: { cy: 'Pennaeth y Gweithlu' },
    };
    const { updatePerson } = await admin.ok(UPDATE_PERSON, { input });
    expect(updatePerson).toMatchObject({
      name: 'Siân  Pritchard',
      email: 'sian.new@example.wales',
      version: person.version + 1,
      jobTitle: { en: person.jobTitle.en, cy: 'Pennaeth y Gweithlu' },
      organisation: { code: other.code },
    });
    expect(errorOf(await admin.gql(UPDATE_PERSON, { input }))).toMatchObject({
      code: 'CONFLICT',
      field: 'expectedVersion',
    });
  });

  it('refuses an e-mail address someone else has, and bad input, naming the field', async () => {
    const [a, b] = [await fixtures.person(), await fixtures.person()];
    expect(
      errorOf(
        await admin.gql(UPDATE_PERSON, {
          input: { id: a.id, expectedVersion: a.version, email: b.email },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(
      errorOf(
        await admin.gql(UPDATE_PERSON, {
          input: { id: a.id, expectedVersion: a.version, email: 'not an address' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect((await app.dataSource.getRepository(Person).findOneByOrFail({ id: a.id })).email).toBe(
      a.email,
    );
  });

  it('renames an organisation in one language and refuses to leave it with no name', async () => {
    const organisation = await fixtures.organisation();
    const { updateOrganisation } = await admin.ok(UPDATE_ORGANISATION, {
      input: {
        id: organisation.id,
        expectedVersion: organisation.version,
        name: { cy: 'Bwrdd Iechyd Prifysgol Bae Abertawe' },
      },
    });
    expect(updateOrganisation.name).toEqual({
      en: organisation.name.en,
      cy: 'Bwrdd Iechyd Prifysgol Bae Abertawe',
    });
    expect(
      errorOf(
        await admin.gql(UPDATE_ORGANISATION, {
          input: {
            id: organisation.id,
            expectedVersion: updateOrganisation.version,
            name: { en: null, cy: null },
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('is for administrators only', async () => {
    const person = await fixtures.person();
    const lead = await app.signedIn(Role.LEAD, person);
    expect(
      errorOf(
        await lead.gql(UPDATE_PERSON, {
          input: { id: person.id, expectedVersion: person.version, name: 'Me' },
        }),
      ).code,
    ).toBe('FORBIDDEN');
  });

  describe('merging duplicates', () => {
    it('moves ownerships, delegations, updates and the account to the person kept', async () => {
      const plan = await fixtures.plan(2025, PlanState.APPROVED);
      const [keep, duplicate, colleague] = [
        await fixtures.person(),
        await fixtures.person(),
        await fixtures.person(),
      ];
      const reference = () => `5.${Math.floor(Math.random() * 1e6)}`;
      const both = await fixtures.action({
        plan,
        area,
        reference: reference(),
        owners: [keep, duplicate],
      });
      const theirs = await fixtures.action({
        plan,
        area,
        reference: reference(),
        owners: [duplicate],
      });
      const delegated = await fixtures.action({
        plan,
        area,
        reference: reference(),
        owners: [colleague],
      });
      // The duplicate was the kept person's delegate on an action the kept person owns.
      await app.dataSource
        .getRepository(ActionDelegate)
        .insert({ actionId: both.id, personId: duplicate.id, delegatedByUserId: null });
      await app.dataSource
        .getRepository(ActionDelegate)
        .insert({ actionId: delegated.id, personId: duplicate.id, delegatedByUserId: null });
      await fixtures.update(theirs, await fixtures.period(2025, 1), duplicate, RagStatus.GREEN);
      const account = await fixtures.user(Role.LEAD, duplicate);

      const { mergePeople } = await admin.ok(MERGE, {
        input: { keepId: keep.id, expectedVersion: keep.version, duplicateId: duplicate.id },
      });
      expect(mergePeople).toEqual({ id: keep.id, version: keep.version + 1 });

      const owners = async (actionId: string) =>
        (await app.dataSource.getRepository(ActionOwner).findBy({ actionId })).map(
          (o) => o.personId,
        );
      expect(await owners(both.id)).toEqual([keep.id]);
      expect(await owners(theirs.id)).toEqual([keep.id]);
      expect(
        (await app.dataSource.getRepository(ActionDelegate).findBy({ actionId: delegated.id })).map(
          (d) => d.personId,
        ),
      ).toEqual([keep.id]);
      expect(
        (await app.dataSource.getRepository(StatusUpdate).findBy({ actionId: theirs.id })).map(
          (u) => u.authorId,
        ),
      ).toEqual([keep.id]);
      expect(
        (await app.dataSource.getRepository(User).findOneByOrFail({ id: account.id })).personId,
      ).toBe(keep.id);
      expect(
        await app.dataSource.getRepository(ActionDelegate).countBy({ actionId: both.id }),
      ).toBe(0);
      expect(await app.dataSource.getRepository(Person).countBy({ id: duplicate.id })).toBe(0);
      // Outside a merge, an update's author still cannot change.
      await expect(
        app.dataSource.query(`UPDATE status_update SET author_id = $1 WHERE action_id = $2`, [
          colleague.id,
          theirs.id,
        ]),
      ).rejects.toThrow(/append-only/);
      // Nor, even in a merge, anything but the author.
      await expect(
        app.dataSource.transaction(async (manager) => {
          await manager.query(`SELECT set_config('cynnydd.merging_people', 'on', true)`);
          await manager.query(
            `UPDATE status_update SET percent_complete = 1 WHERE action_id = $1`,
            [theirs.id],
          );
        }),
      ).rejects.toThrow(/append-only/);

      const { auditTrail } = await admin.ok(
        `query ($id: ID!) { auditTrail(entityType: "Person", entityId: $id) { action } }`,
        { id: duplicate.id },
      );
      expect(auditTrail).toEqual([{ action: 'DELETE' }]);
    });

    it('moves risks owned, escalated and reviewed, and their follow-ups, to the person kept', async () => {
      const [keep, duplicate] = [await fixtures.person(), await fixtures.person()];
      const risk = await fixtures.risk({ owner: duplicate, area, current: [4, 4] });
      await app.dataSource.getRepository(Risk).update(risk.id, {
        escalatedOn: '2026-06-01',
        escalatedById: duplicate.id,
        escalationReason: { en: 'Above appetite', cy: 'Uwchlaw’r archwaeth' },
      });
      await app.dataSource.getRepository(RiskMitigation).insert({
        riskId: risk.id,
        description: { en: 'Agree the funding', cy: 'Cytuno ar yr arian' },
        ownerId: duplicate.id,
        dueDate: '2026-09-30',
        completedOn: null,
      });
      const { version } = await app.dataSource.getRepository(Risk).findOneByOrFail({ id: risk.id });

      await admin.ok(MERGE, {
        input: { keepId: keep.id, expectedVersion: keep.version, duplicateId: duplicate.id },
      });

      const after = await app.dataSource.getRepository(Risk).findOneByOrFail({ id: risk.id });
      expect([after.ownerId, after.escalatedById]).toEqual([keep.id, keep.id]);
      // Changed for both columns, so an edit begun before the merge is refused as stale.
      expect(after.version).toBe(version + 2);
      const mitigations = await app.dataSource
        .getRepository(RiskMitigation)
        .findBy({ riskId: risk.id });
      expect(mitigations.map((m) => m.ownerId)).toEqual([keep.id]);
      const reviews = await app.dataSource.getRepository(RiskReview).findBy({ riskId: risk.id });
      expect(reviews.map((r) => [r.reviewerId, r.likelihood, r.consequence])).toEqual([
        [keep.id, 4, 4],
      ]);
      // Outside a merge a review stays as written.
      await expect(
        app.dataSource.query(`UPDATE risk_review SET reviewer_id = $1 WHERE risk_id = $2`, [
          duplicate.id,
          risk.id,
        ]),
      ).rejects.toThrow(/append-only/);
    });

    it('moves seats on forums to the person kept, ending the duplicate’s where both sit', async () => {
      const [keep, duplicate] = [await fixtures.person(), await fixtures.person()];
      const [shared, theirs] = [await fixtures.forum(), await fixtures.forum()];
      const kept = await fixtures.forumMember(shared, { person: keep });
      const doubled = await fixtures.forumMember(shared, { person: duplicate, isChair: true });
      const moved = await fixtures.forumMember(theirs, { person: duplicate });
      // Minutes the duplicate approved as chair stay approved, now in the kept person's name.
      const meeting = await fixtures.meeting(shared, '2025-10-01T10:00:00Z', MeetingState.HELD);
      await fixtures.attendance(meeting, doubled, AttendanceStatus.PRESENT);
      await app.dataSource.query(
        `UPDATE meeting SET state = 'MINUTES_APPROVED', minutes_approved_at = now(),
           minutes_approved_by_id = $2 WHERE id = $1`,
        [meeting.id, duplicate.id],
      );

      await admin.ok(MERGE, {
        input: { keepId: keep.id, expectedVersion: keep.version, duplicateId: duplicate.id },
      });

      const seats = await app.dataSource.getRepository(ForumMember).findBy({ personId: keep.id });
      const seat = (id: string) => seats.find((row) => row.id === id);
      expect(seats).toHaveLength(3);
      expect(seat(kept.id)?.leftOn).toBeNull();
      // Ended, as history: the attendance it carries at the approved meeting stays.
      expect(seat(doubled.id)?.leftOn).toBe('2025-11-15');
      expect(seat(moved.id)).toMatchObject({ forumId: theirs.id, leftOn: null });
      const approved = await app.dataSource
        .getRepository(Meeting)
        .findOneByOrFail({ id: meeting.id });
      expect(approved.minutesApprovedById).toBe(keep.id);
    });

    it('refuses, changing nothing, when both have accounts', async () => {
      const [keep, duplicate] = [await fixtures.person(), await fixtures.person()];
      await fixtures.user(Role.LEAD, keep);
      await fixtures.user(Role.VIEWER, duplicate);
      expect(
        errorOf(
          await admin.gql(MERGE, {
            input: { keepId: keep.id, expectedVersion: keep.version, duplicateId: duplicate.id },
          }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'duplicateId' });
      expect(await app.dataSource.getRepository(Person).countBy({ id: duplicate.id })).toBe(1);
    });

    it('refuses merging a person into themself', async () => {
      const person = await fixtures.person();
      expect(
        errorOf(
          await admin.gql(MERGE, {
            input: { keepId: person.id, expectedVersion: person.version, duplicateId: person.id },
          }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'duplicateId' });
    });

    it('knows every column that names a person', async () => {
      const references: { table: string; column: string }[] = await app.dataSource.query(
        `SELECT kcu.table_name AS table, kcu.column_name AS column
           FROM information_schema.referential_constraints rc
           JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name
           JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.unique_constraint_name
          WHERE ccu.table_name = 'person' AND kcu.table_schema = 'public'`,
      );
      const key = ({ table, column }: { table: string; column: string }) => `${table}.${column}`;
      expect(references.map(key).sort()).toEqual(PERSON_REFERENCES.map(key).sort());
    });
  });
});
