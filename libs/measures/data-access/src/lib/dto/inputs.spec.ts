import { invalidProperties } from '@cynnydd/shared/testing';

import { SubmitMeasureValueInput } from './measure-value.inputs';
import { CreateMeasureInput } from './measure.inputs';

const id = '7d1f3c9e-5b1a-4c7e-9f3a-2b8d6e4a1c00';

describe('measure input', () => {
  const valid = {
    reference: 'M4.1',
    name: { cy: 'Cyfradd swyddi gwag' },
    unit: 'PERCENTAGE',
    direction: 'LOWER_IS_BETTER',
    frequency: 'QUARTERLY',
    ownerId: id,
    areaIds: [id],
    redTolerance: 1.5,
    targets: [{ financialYear: '2026-27', value: 6 }],
  };

  it('accepts a name in Welsh only', async () => {
    expect(await invalidProperties(CreateMeasureInput, valid)).toEqual([]);
  });

  it.each([
    [{ reference: '4.1' }, 'reference'],
    [{ unit: 'FURLONGS' }, 'unit'],
    [{ redTolerance: -0.5 }, 'redTolerance'],
    [{ redTolerance: 1.23456 }, 'redTolerance'],
    [{ areaIds: [id, id] }, 'areaIds'],
    [{ targets: [{ financialYear: '2026', value: 6 }] }, 'targets.0.financialYear'],
    [{ baseline: { value: Number.NaN, date: '2024-03-31' } }, 'baseline.value'],
  ])('rejects %j', async (change, property) => {
    expect(await invalidProperties(CreateMeasureInput, { ...valid, ...change })).toEqual([
      property,
    ]);
  });
});

describe('figure input', () => {
  const valid = { measureId: id, periodStart: '2026-07-01', value: 6.4, quality: 'PROVISIONAL' };

  it('accepts a figure with breakdowns', async () => {
    const breakdowns = [{ label: { en: 'HEIW' }, value: 3.1 }];
    expect(await invalidProperties(SubmitMeasureValueInput, { ...valid, breakdowns })).toEqual([]);
  });

  it.each([
    [{ periodStart: '1 July 2026' }, 'periodStart'],
    [{ value: 1e11 }, 'value'],
    [{ quality: 'GUESSED' }, 'quality'],
    [{ revises: 'the last one' }, 'revises'],
    [{ breakdowns: [{ label: { en: '' }, value: 1 }] }, 'breakdowns.0.label'],
  ])('rejects %j', async (change, property) => {
    expect(await invalidProperties(SubmitMeasureValueInput, { ...valid, ...change })).toEqual([
      property,
    ]);
  });
});
