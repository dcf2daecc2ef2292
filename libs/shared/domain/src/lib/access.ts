import type { Label } from './language';

/** What a signed-in account may do in general; ownership narrows what a lead may change. */
export enum Role {
  ADMIN = 'ADMIN',
  PROGRAMME_OFFICE = 'PROGRAMME_OFFICE',
  LEAD = 'LEAD',
  BOARD_MEMBER = 'BOARD_MEMBER',
  VIEWER = 'VIEWER',
}

export const ROLE_LABELS: Record<Role, Label> = {
  [Role.ADMIN]: { en: 'Administrator', cy: 'Gweinyddwr' },
  [Role.PROGRAMME_OFFICE]: { en: 'Operational group', cy: 'Grŵp gweithredol' },
  [Role.LEAD]: { en: 'Action lead', cy: 'Arweinydd cam gweithredu' },
  [Role.BOARD_MEMBER]: { en: 'Board member', cy: 'Aelod o’r bwrdd' },
  [Role.VIEWER]: { en: 'Viewer', cy: 'Gwyliwr' },
};

export enum Permission {
  /** Every read query. */
  READ = 'READ',
  /** Plans, actions, milestones, carry-forward, delegates on any action. */
  MANAGE_PLANS = 'MANAGE_PLANS',
  MANAGE_REPORTING_PERIODS = 'MANAGE_REPORTING_PERIODS',
  /** Drafting and issuing progress reports; drafts are visible only with it. */
  MANAGE_REPORTS = 'MANAGE_REPORTS',
  /** Comments and decisions on issued reports, and follow-up actions. */
  REVIEW_REPORTS = 'REVIEW_REPORTS',
  /** Status updates and milestone progress on any action. */
  REPORT_ON_ANY_ACTION = 'REPORT_ON_ANY_ACTION',
  /** Status updates and milestone progress on actions one owns or is delegated. */
  REPORT_ON_OWN_ACTIONS = 'REPORT_ON_OWN_ACTIONS',
  /** Naming delegates on actions one owns. */
  DELEGATE_OWN_ACTIONS = 'DELEGATE_OWN_ACTIONS',
  MANAGE_USERS = 'MANAGE_USERS',
  /** Strategic areas, organisations and people. */
  MANAGE_REFERENCE_DATA = 'MANAGE_REFERENCE_DATA',
  READ_AUDIT_LOG = 'READ_AUDIT_LOG',
  /**
   * Forums, their members, meetings, agendas, notices, attendance and minutes, and social
   * partnership engagement. Chairs approve minutes and members give their own apologies without it.
   */
  MANAGE_MEETINGS = 'MANAGE_MEETINGS',
  /** Public progress pages: choosing what an issued report shows the public, publishing, withdrawing. */
  PUBLISH_PROGRESS = 'PUBLISH_PROGRESS',
}

/** The one table of who may do what; the API enforces it and the dashboard reads it. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.ADMIN]: [
    Permission.READ,
    Permission.MANAGE_USERS,
    Permission.MANAGE_REFERENCE_DATA,
    Permission.READ_AUDIT_LOG,
  ],
  [Role.PROGRAMME_OFFICE]: [
    Permission.READ,
    Permission.MANAGE_PLANS,
    Permission.MANAGE_REPORTING_PERIODS,
    Permission.MANAGE_REPORTS,
    // The operational group minutes the boards' decisions.
    Permission.REVIEW_REPORTS,
    Permission.REPORT_ON_ANY_ACTION,
    Permission.MANAGE_MEETINGS,
    Permission.PUBLISH_PROGRESS,
  ],
  [Role.LEAD]: [Permission.READ, Permission.REPORT_ON_OWN_ACTIONS, Permission.DELEGATE_OWN_ACTIONS],
  [Role.BOARD_MEMBER]: [Permission.READ, Permission.REVIEW_REPORTS],
  [Role.VIEWER]: [Permission.READ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Who is acting: the signed-in account and the person it stands for, if any. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  personId: string | null;
}

/** The people answerable for an action: its owners and the delegates they named. */
export interface ActionResponsibility {
  ownerIds: readonly string[];
  delegateIds: readonly string[];
}

/** May the actor record progress (status updates, milestones) on this action? */
export function canReportOn(actor: Actor, action: ActionResponsibility): boolean {
  if (hasPermission(actor.role, Permission.REPORT_ON_ANY_ACTION)) return true;
  if (!actor.personId || !hasPermission(actor.role, Permission.REPORT_ON_OWN_ACTIONS)) return false;
  return action.ownerIds.includes(actor.personId) || action.delegateIds.includes(actor.personId);
}

/** May the actor name or remove delegates on this action? Delegates may not delegate further. */
export function canDelegate(actor: Actor, action: ActionResponsibility): boolean {
  if (hasPermission(actor.role, Permission.MANAGE_PLANS)) return true;
  return (
    actor.personId !== null &&
    hasPermission(actor.role, Permission.DELEGATE_OWN_ACTIONS) &&
    action.ownerIds.includes(actor.personId)
  );
}

/** Local-account password rules (NCSC guidance: length over composition rules). */
export const PASSWORD_RULES = { minLength: 12, maxLength: 200 } as const;

export function passwordProblem(password: string, email: string): string | null {
  if (password.length < PASSWORD_RULES.minLength) {
    return `must be at least ${PASSWORD_RULES.minLength} characters`;
  }
  if (password.length > PASSWORD_RULES.maxLength) {
    return `must be at most ${PASSWORD_RULES.maxLength} characters`;
  }
  const localPart = email.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && password.toLowerCase().includes(localPart)) {
    return 'must not contain your email address';
  }
  if (new Set(password).size < 5) return 'is too easy to guess';
  return null;
}
