import {
  canDelegate,
  canReportOn,
  hasPermission,
  passwordProblem,
  Permission,
  Role,
  type Actor,
} from './access';

const actor = (role: Role, personId: string | null = 'p1'): Actor => ({
  userId: 'u1',
  email: 'ceri.morgan@heiw.example.wales',
  role,
  personId,
});

describe('access rules', () => {
  it('lets only the operational group manage plans and only admins manage users', () => {
    expect(
      Object.values(Role).filter((role) => hasPermission(role, Permission.MANAGE_PLANS)),
    ).toEqual([Role.PROGRAMME_OFFICE]);
    expect(
      Object.values(Role).filter((role) => hasPermission(role, Permission.MANAGE_USERS)),
    ).toEqual([Role.ADMIN]);
    expect(Object.values(Role).every((role) => hasPermission(role, Permission.READ))).toBe(true);
  });

  it('lets a lead report on actions they own or are delegated, and no others', () => {
    const action = { ownerIds: ['p1'], delegateIds: ['p2'] };
    expect(canReportOn(actor(Role.LEAD, 'p1'), action)).toBe(true);
    expect(canReportOn(actor(Role.LEAD, 'p2'), action)).toBe(true);
    expect(canReportOn(actor(Role.LEAD, 'p3'), action)).toBe(false);
    expect(canReportOn(actor(Role.LEAD, null), action)).toBe(false);
    expect(canReportOn(actor(Role.VIEWER, 'p1'), action)).toBe(false);
    expect(canReportOn(actor(Role.PROGRAMME_OFFICE, null), action)).toBe(true);
  });

  it('lets owners, not delegates, name delegates', () => {
    const action = { ownerIds: ['p1'], delegateIds: ['p2'] };
    expect(canDelegate(actor(Role.LEAD, 'p1'), action)).toBe(true);
    expect(canDelegate(actor(Role.LEAD, 'p2'), action)).toBe(false);
    expect(canDelegate(actor(Role.BOARD_MEMBER, 'p1'), action)).toBe(false);
    expect(canDelegate(actor(Role.PROGRAMME_OFFICE, null), action)).toBe(true);
  });

  it('checks passwords for length and guessability', () => {
    expect(passwordProblem('short', 'a@b.c')).toBe('must be at least 12 characters');
    expect(passwordProblem('aaaaaaaaaaaaaaaa', 'a@b.c')).toBe('is too easy to guess');
    expect(passwordProblem('ceri.morgan-2026!', 'ceri.morgan@heiw.example.wales')).toBe(
      'must not contain your email address',
    );
    expect(
      passwordProblem('correct horse battery staple', 'ceri.morgan@heiw.example.wales'),
    ).toBeNull();
  });
});
