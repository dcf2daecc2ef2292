import { toUserFilter } from './use-account-filters';

describe('the accounts list filters', () => {
  it('ask the API for exactly what is chosen', () => {
    expect(
      toUserFilter({
        search: 'jones',
        role: null,
        organisation: 'org-1',
        state: 'deactivated',
        lastSignIn: 'NEVER',
      }),
    ).toEqual({
      search: 'jones',
      role: null,
      organisationId: 'org-1',
      active: false,
      lastSignIn: 'NEVER',
    });
  });

  it('leave out what is not chosen', () => {
    expect(
      toUserFilter({ search: null, role: null, organisation: null, state: null, lastSignIn: null }),
    ).toEqual({ search: null, role: null, organisationId: null, active: null, lastSignIn: null });
  });
});
