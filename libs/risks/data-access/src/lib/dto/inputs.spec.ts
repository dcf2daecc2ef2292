import { invalidProperties } from '@cynnydd/shared/testing';

import { CreateRiskInput, ReviewRiskInput, SetRiskAppetiteInput } from './risk.inputs';

const id = '7d1f3c9e-5b1a-4c7e-9f3a-2b8d6e4a1c00';

describe('risk input', () => {
  const valid = {
    title: { cy: 'Prinder nyrsys ardal' },
    category: 'WORKFORCE',
    ownerId: id,
    areaIds: [id],
    current: { likelihood: 4, consequence: 3 },
    target: { likelihood: 2, consequence: 3, date: '2027-03-31' },
  };

  it('accepts a title in Welsh only, the reference left to be numbered', async () => {
    expect(await invalidProperties(CreateRiskInput, valid)).toEqual([]);
  });

  it.each([
    [{ reference: 'RISK-1' }, 'reference'],
    [{ category: 'WEATHER' }, 'category'],
    [{ current: { likelihood: 6, consequence: 3 } }, 'current.likelihood'],
    [{ current: { likelihood: 2.5, consequence: 3 } }, 'current.likelihood'],
    [{ inherent: { likelihood: 3, consequence: 0 } }, 'inherent.consequence'],
    [{ target: { likelihood: 2, consequence: 3, date: '31/03/2027' } }, 'target.date'],
    [{ reviewEveryMonths: 2 }, 'reviewEveryMonths'],
    [{ threatenedActionIds: [id, id] }, 'threatenedActionIds'],
    [
      { mitigations: [{ description: { en: 'x' }, ownerId: id, dueDate: 'soon' }] },
      'mitigations.0.dueDate',
    ],
  ])('rejects %j', async (change, property) => {
    expect(await invalidProperties(CreateRiskInput, { ...valid, ...change })).toEqual([property]);
  });
});

describe('review and appetite input', () => {
  it('needs commentary and a score on the matrix for a review', async () => {
    const review = { riskId: id, expectedVersion: 2, current: { likelihood: 5, consequence: 5 } };
    expect(
      await invalidProperties(ReviewRiskInput, { ...review, commentary: { en: 'Worse.' } }),
    ).toEqual([]);
    expect(
      await invalidProperties(ReviewRiskInput, { ...review, commentary: { en: ' ' } }),
    ).toEqual(['commentary']);
  });

  it('keeps an appetite on the 1 to 25 scale', async () => {
    const appetite = { category: 'FINANCIAL', expectedVersion: 1 };
    expect(await invalidProperties(SetRiskAppetiteInput, { ...appetite, appetite: 25 })).toEqual(
      [],
    );
    expect(await invalidProperties(SetRiskAppetiteInput, { ...appetite, appetite: 26 })).toEqual([
      'appetite',
    ]);
  });
});
