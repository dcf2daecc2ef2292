import { plainToInstance } from 'class-transformer';

import { invalidProperties } from '@cynnydd/shared/testing';

import { ActionListArgs, ActionSortField, SortDirection } from './action-list.args';
import { SubmitStatusUpdateInput } from './status-update.inputs';

const id = '7d1f3c9e-5b1a-4c7e-9f3a-2b8d6e4a1c00';

describe('status update input', () => {
  const valid = {
    actionId: id,
    reportingPeriodId: id,
    rag: 'AMBER',
    percentComplete: 40,
    commentary: { cy: 'Ar y trywydd iawn' },
  };

  it('accepts commentary in Welsh only', async () => {
    expect(await invalidProperties(SubmitStatusUpdateInput, valid)).toEqual([]);
  });

  it.each([
    [{ percentComplete: -1 }, 'percentComplete'],
    [{ percentComplete: 100.5 }, 'percentComplete'],
    [{ rag: 'PURPLE' }, 'rag'],
    [{ commentary: { en: null, cy: null } }, 'commentary'],
    [{ actionId: 'mine' }, 'actionId'],
  ])('rejects %j', async (change, property) => {
    expect(await invalidProperties(SubmitStatusUpdateInput, { ...valid, ...change })).toEqual([
      property,
    ]);
  });
});

describe('action list arguments', () => {
  it('default to the first 25 by reference', () => {
    const args = plainToInstance(ActionListArgs, { sort: {} });
    expect(args.first).toBe(25);
    expect(args.sort).toMatchObject({
      field: ActionSortField.REFERENCE,
      direction: SortDirection.ASC,
    });
  });

  it('cap the page size and check the filter', async () => {
    expect(await invalidProperties(ActionListArgs, { first: 101 })).toEqual(['first']);
    expect(await invalidProperties(ActionListArgs, { first: 0 })).toEqual(['first']);
    expect(await invalidProperties(ActionListArgs, { filter: { areaNumber: 8 } })).toEqual([
      'filter.areaNumber',
    ]);
    expect(
      await invalidProperties(ActionListArgs, { filter: { financialYear: '2025-27' } }),
    ).toEqual(['filter.financialYear']);
  });
});
