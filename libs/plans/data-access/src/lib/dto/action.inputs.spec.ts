import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { CarryForwardActionsInput, CreateActionInput, UpdateActionInput } from './action.inputs';

const id = '7d1f3c9e-5b1a-4c7e-9f3a-2b8d6e4a1c00';
const valid = {
  planId: id,
  areaId: id,
  reference: '3.2',
  title: { en: 'Careers campaign', cy: null },
  leadOrganisation: 'JOINT',
  ownerIds: [id],
  startDate: '2025-04-01',
  dueDate: '2026-03-31',
  themes: ['INCLUSION'],
  milestones: [{ title: { cy: 'Lansio' }, dueDate: '2025-09-30' }],
};

async function invalidFields<T extends object>(
  type: new () => T,
  input: object,
): Promise<string[]> {
  const errors = await validate(plainToInstance(type, input));
  const paths = (list: typeof errors, prefix = ''): string[] =>
    list.flatMap((error) => {
      const field = prefix + error.property;
      return [...(error.constraints ? [field] : []), ...paths(error.children ?? [], `${field}.`)];
    });
  return paths(errors);
}

describe('action inputs', () => {
  it('accept a complete, well-formed action', async () => {
    expect(await invalidFields(CreateActionInput, valid)).toEqual([]);
  });

  it.each([
    [{ reference: '3' }, ['reference']],
    [{ reference: '9.1' }, ['reference']],
    [{ title: { en: '', cy: '' } }, ['title']],
    [{ ownerIds: [id, id] }, ['ownerIds']],
    [{ ownerIds: Array.from({ length: 11 }, () => id) }, ['ownerIds']],
    [{ dueDate: '31/03/2026' }, ['dueDate']],
    [{ themes: ['INCLUSION', 'INCLUSION'] }, ['themes']],
    [{ milestones: [{ title: { en: 'x' }, dueDate: '2025-13-01' }] }, ['milestones.0.dueDate']],
    [{ leadOrganisation: 'NHS' }, ['leadOrganisation']],
  ])('reject %j', async (change, fields) => {
    expect(await invalidFields(CreateActionInput, { ...valid, ...change })).toEqual(fields);
  });

  it('let an update name only the fields it changes', async () => {
    expect(
      await invalidFields(UpdateActionInput, { id, expectedVersion: 3, dueDate: '2026-06-30' }),
    ).toEqual([]);
    expect(await invalidFields(UpdateActionInput, { id, dueDate: '2026-06-30' })).toEqual([
      'expectedVersion',
    ]);
    expect(
      await invalidFields(UpdateActionInput, { id, expectedVersion: 1, ownerIds: [] }),
    ).toEqual(['ownerIds']);
  });

  it('carry forward between 1 and 200 distinct actions', async () => {
    expect(
      await invalidFields(CarryForwardActionsInput, { actionIds: [id], targetPlanId: id }),
    ).toEqual([]);
    expect(
      await invalidFields(CarryForwardActionsInput, { actionIds: [], targetPlanId: id }),
    ).toEqual(['actionIds']);
    expect(
      await invalidFields(CarryForwardActionsInput, { actionIds: ['x'], targetPlanId: id }),
    ).toEqual(['actionIds']);
  });
});
