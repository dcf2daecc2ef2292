import type { MigrationInterface } from 'typeorm';

import { InitialSchema1795411118918 } from './1795411118918-initial-schema';
import { StatusUpdateAppendOnly1795411200000 } from './1795411200000-status-update-append-only';
import { AccessAuditDelegation1795413444608 } from './1795413444608-access-audit-delegation';
import { OidcLogin1795414198947 } from './1795414198947-oidc-login';
import { OidcSubject1795415107919 } from './1795415107919-oidc-subject';
import { ReportingPeriodRound1795500000000 } from './1795500000000-reporting-period-round';
import { Notifications1795500000001 } from './1795500000001-notifications';
import { Reports1795500000002 } from './1795500000002-reports';
import { BoardReview1795500000003 } from './1795500000003-board-review';
import { ThrottleCounter1795500000004 } from './1795500000004-throttle-counter';
import { LargeDataIndexes1795600000000 } from './1795600000000-large-data-indexes';
import { ActionPeriodStatus1795700000000 } from './1795700000000-action-period-status';
import { DataChangeNotify1795700000001 } from './1795700000001-data-change-notify';
import { MilestoneOpenDue1795800000000 } from './1795800000000-milestone-open-due';
import { AccessChangeNotify1795900000000 } from './1795900000000-access-change-notify';
import { StrategicAreaShortTitle1796100000000 } from './1796100000000-strategic-area-short-title';
import { AccountLink1796300000000 } from './1796300000000-account-link';
import { ReferenceDataVersions1796300000001 } from './1796300000001-reference-data-versions';
import { StatusUpdateAuthorMerge1796300000002 } from './1796300000002-status-update-author-merge';
import { Measures1796400000000 } from './1796400000000-measures';
import { Risks1796500000000 } from './1796500000000-risks';
import { Meetings1796600000000 } from './1796600000000-meetings';
import { MeetingNotice1796600000001 } from './1796600000001-meeting-notice';
import { Partnership1796700000000 } from './1796700000000-partnership';
import { FutureGenerationsTags1796800000000 } from './1796800000000-future-generations-tags';
import { Publications1796900000000 } from './1796900000000-publications';
import { BoardPaperCoverSheet1797000000000 } from './1797000000000-board-paper-cover-sheet';

/** Every migration, in order. Listed explicitly because the API is bundled (no glob loading). */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795411118918,
  StatusUpdateAppendOnly1795411200000,
  AccessAuditDelegation1795413444608,
  OidcLogin1795414198947,
  OidcSubject1795415107919,
  ReportingPeriodRound1795500000000,
  Notifications1795500000001,
  Reports1795500000002,
  BoardReview1795500000003,
  ThrottleCounter1795500000004,
  LargeDataIndexes1795600000000,
  ActionPeriodStatus1795700000000,
  DataChangeNotify1795700000001,
  MilestoneOpenDue1795800000000,
  AccessChangeNotify1795900000000,
  StrategicAreaShortTitle1796100000000,
  AccountLink1796300000000,
  ReferenceDataVersions1796300000001,
  StatusUpdateAuthorMerge1796300000002,
  Measures1796400000000,
  Risks1796500000000,
  Meetings1796600000000,
  MeetingNotice1796600000001,
  Partnership1796700000000,
  FutureGenerationsTags1796800000000,
  Publications1796900000000,
  BoardPaperCoverSheet1797000000000,
];
