import type { ApolloClient } from '@apollo/client';
import { createRoutesFromElements, matchRoutes, Navigate, Route, Routes } from 'react-router';

import { preloadActionPage, preloadMyActions } from './features/actions/preload';
import { preloadAreaPage } from './features/areas/preload';
import { RequireAuth } from './features/auth/components/require-auth';
import { preloadCurrentUser } from './features/auth/hooks/use-current-user';
import { Layout } from './features/layout/components/layout';
import { preloadOverview } from './features/overview/preload';
import { lazyPage, preloadOf } from './ui/lazy-page';
import { loadedWhenUsed, type PageDataPreload, type PageHandle } from './ui/page-data';

const SignInPage = lazyPage(() => import('./features/auth/pages/sign-in-page'));
const OverviewPage = lazyPage(() => import('./features/overview/pages/overview-page'));
const MyActionsPage = lazyPage(() => import('./features/actions/pages/my-actions-page'));
const AreaPage = lazyPage(() => import('./features/areas/pages/area-page'));
const ActionPage = lazyPage(() => import('./features/actions/pages/action-page'));
const MeasuresPage = lazyPage(() => import('./features/measures/pages/measures-page'));
const MeasurePage = lazyPage(() => import('./features/measures/pages/measure-page'));
const NewMeasurePage = lazyPage(() => import('./features/measures/pages/new-measure-page'));
const EditMeasurePage = lazyPage(() => import('./features/measures/pages/edit-measure-page'));
const ReportFigurePage = lazyPage(() => import('./features/measures/pages/report-figure-page'));
const MeasureValuesImportPage = lazyPage(
  () => import('./features/imports/pages/measure-values-import-page'),
);
const RisksPage = lazyPage(() => import('./features/risks/pages/risks-page'));
const RiskPage = lazyPage(() => import('./features/risks/pages/risk-page'));
const NewRiskPage = lazyPage(() => import('./features/risks/pages/new-risk-page'));
const EditRiskPage = lazyPage(() => import('./features/risks/pages/edit-risk-page'));
const RaiseRiskPage = lazyPage(() => import('./features/risks/pages/raise-risk-page'));
const RiskAppetitePage = lazyPage(() => import('./features/risks/pages/risk-appetite-page'));
const MeetingsPage = lazyPage(() => import('./features/meetings/pages/meetings-page'));
const MeetingPage = lazyPage(() => import('./features/meetings/pages/meeting-page'));
const ScheduleMeetingPage = lazyPage(
  () => import('./features/meetings/pages/schedule-meeting-page'),
);
const AttendanceAuditPage = lazyPage(
  () => import('./features/meetings/pages/attendance-audit-page'),
);
const ForumsPage = lazyPage(() => import('./features/meetings/pages/forums-page'));
const PartnershipPage = lazyPage(() => import('./features/partnership/pages/partnership-page'));
const PublicationsPage = lazyPage(() => import('./features/publications/pages/publications-page'));
const PublicationPage = lazyPage(() => import('./features/publications/pages/publication-page'));
const StatusUpdatePage = lazyPage(() => import('./features/actions/pages/status-update-page'));
const PlansPage = lazyPage(() => import('./features/plans/pages/plans-page'));
const PlanPage = lazyPage(() => import('./features/plans/pages/plan-page'));
const NewActionPage = lazyPage(() => import('./features/plans/pages/new-action-page'));
const PlanImportPage = lazyPage(() => import('./features/imports/pages/plan-import-page'));
const StatusUpdateImportPage = lazyPage(
  () => import('./features/imports/pages/status-update-import-page'),
);
const EditActionPage = lazyPage(() => import('./features/plans/pages/edit-action-page'));
const ReportingPeriodsPage = lazyPage(
  () => import('./features/periods/pages/reporting-periods-page'),
);
const RoundPage = lazyPage(() => import('./features/round/pages/round-page'));
const NotificationsPage = lazyPage(
  () => import('./features/notifications/pages/notifications-page'),
);
const ReportsPage = lazyPage(() => import('./features/reports/pages/reports-page'));
const ReportPage = lazyPage(() => import('./features/reports/pages/report-page'));
const BoardPaperSettingsPage = lazyPage(
  () => import('./features/reports/pages/board-paper-settings-page'),
);
const FollowUpsPage = lazyPage(() => import('./features/review/pages/follow-ups-page'));
const AdminPage = lazyPage(() => import('./features/admin/pages/admin-page'));
const AuditLogPage = lazyPage(() => import('./features/audit/pages/audit-log-page'));
const AccountsPage = lazyPage(() => import('./features/accounts/pages/accounts-page'));
const InviteAccountPage = lazyPage(() => import('./features/accounts/pages/invite-account-page'));
const AccountPage = lazyPage(() => import('./features/accounts/pages/account-page'));
const PeoplePage = lazyPage(() => import('./features/directory/pages/people-page'));
const PersonPage = lazyPage(() => import('./features/directory/pages/person-page'));
const OrganisationsPage = lazyPage(() => import('./features/directory/pages/organisations-page'));
const OrganisationPage = lazyPage(() => import('./features/directory/pages/organisation-page'));
const AreasAdminPage = lazyPage(() => import('./features/areas/pages/areas-admin-page'));
const AreaEditPage = lazyPage(() => import('./features/areas/pages/area-edit-page'));
const ForgottenPasswordPage = lazyPage(
  () => import('./features/auth/pages/forgotten-password-page'),
);
const SetPasswordPage = lazyPage(() => import('./features/auth/pages/set-password-page'));
const AccessibilityPage = lazyPage(() => import('./features/legal/pages/accessibility-page'));
const PrivacyPage = lazyPage(() => import('./features/legal/pages/privacy-page'));
const CookiesPage = lazyPage(() => import('./features/legal/pages/cookies-page'));

const preloadRisksPage = loadedWhenUsed(() =>
  import('./features/risks/preload').then((module) => module.preloadRisksPage),
);

const preloadRoundPage = loadedWhenUsed(() =>
  import('./features/round/preload').then((module) => module.preloadRoundPage),
);

const preloadReportPage = loadedWhenUsed(() =>
  import('./features/reports/preload').then((module) => module.preloadReportPage),
);

const preloadMeetingsPage = loadedWhenUsed(() =>
  import('./features/meetings/preload').then((module) => module.preloadMeetingsPage),
);

const preloadMeasuresPage = loadedWhenUsed(() =>
  import('./features/measures/preload').then((module) => module.preloadMeasuresPage),
);

const drawnOnServer = (preloadData: PageDataPreload): PageHandle => ({
  preloadData,
  drawnOnServer: true,
});

const ROUTES = (
  <Route element={<Layout />}>
    <Route path="sign-in" element={<SignInPage />} />
    <Route path="forgotten-password" element={<ForgottenPasswordPage />} />
    <Route path="set-password" element={<SetPasswordPage />} />
    <Route path="accessibility" element={<AccessibilityPage />} />
    <Route path="privacy" element={<PrivacyPage />} />
    <Route path="cookies" element={<CookiesPage />} />
    <Route element={<RequireAuth />}>
      <Route index element={<OverviewPage />} handle={drawnOnServer(preloadOverview)} />
      <Route
        path="my-actions"
        element={<MyActionsPage />}
        handle={drawnOnServer(preloadMyActions)}
      />
      <Route path="areas/:number" element={<AreaPage />} handle={drawnOnServer(preloadAreaPage)} />
      <Route
        path="actions/:id"
        element={<ActionPage />}
        handle={drawnOnServer(preloadActionPage)}
      />
      <Route path="actions/:id/update" element={<StatusUpdatePage />} />
      <Route path="actions/:id/edit" element={<EditActionPage />} />
      <Route
        path="measures"
        element={<MeasuresPage />}
        handle={drawnOnServer(preloadMeasuresPage)}
      />
      <Route path="measures/import" element={<MeasureValuesImportPage />} />
      <Route path="measures/new" element={<NewMeasurePage />} />
      <Route path="measures/:id" element={<MeasurePage />} />
      <Route path="measures/:id/report" element={<ReportFigurePage />} />
      <Route path="measures/:id/edit" element={<EditMeasurePage />} />
      <Route path="risks" element={<RisksPage />} handle={drawnOnServer(preloadRisksPage)} />
      <Route path="risks/new" element={<NewRiskPage />} />
      <Route path="risks/raise" element={<RaiseRiskPage />} />
      <Route path="risks/appetite" element={<RiskAppetitePage />} />
      <Route path="risks/:id" element={<RiskPage />} />
      <Route path="risks/:id/edit" element={<EditRiskPage />} />
      <Route
        path="meetings"
        element={<MeetingsPage />}
        handle={drawnOnServer(preloadMeetingsPage)}
      />
      <Route path="meetings/new" element={<ScheduleMeetingPage />} />
      <Route path="meetings/attendance" element={<AttendanceAuditPage />} />
      <Route path="meetings/forums" element={<ForumsPage />} />
      <Route path="meetings/:id" element={<MeetingPage />} />
      <Route path="partnership" element={<PartnershipPage />} />
      <Route path="publications" element={<PublicationsPage />} />
      <Route path="publications/:id" element={<PublicationPage />} />
      <Route path="plans" element={<PlansPage />} />
      <Route path="plans/:financialYear" element={<PlanPage />} />
      <Route path="plans/:financialYear/actions/new" element={<NewActionPage />} />
      <Route path="plans/:financialYear/import" element={<PlanImportPage />} />
      <Route path="plans/:financialYear/import-updates" element={<StatusUpdateImportPage />} />
      <Route path="reporting-periods" element={<ReportingPeriodsPage />} />
      <Route
        path="reporting-periods/:id/round"
        element={<RoundPage />}
        handle={drawnOnServer(preloadRoundPage)}
      />
      <Route path="notifications" element={<NotificationsPage />} />
      <Route path="reports" element={<ReportsPage />} />
      <Route
        path="reports/:id"
        element={<ReportPage />}
        handle={drawnOnServer(preloadReportPage)}
      />
      <Route path="reports/settings" element={<BoardPaperSettingsPage />} />
      <Route path="follow-ups" element={<FollowUpsPage />} />
      <Route path="admin" element={<AdminPage />} />
      <Route path="admin/audit" element={<AuditLogPage />} />
      <Route path="admin/accounts" element={<AccountsPage />} />
      <Route path="admin/accounts/invite" element={<InviteAccountPage />} />
      <Route path="admin/accounts/:id" element={<AccountPage />} />
      <Route path="admin/people" element={<PeoplePage />} />
      <Route path="admin/people/new" element={<PersonPage />} />
      <Route path="admin/people/:id" element={<PersonPage />} />
      <Route path="admin/organisations" element={<OrganisationsPage />} />
      <Route path="admin/organisations/new" element={<OrganisationPage />} />
      <Route path="admin/organisations/:id" element={<OrganisationPage />} />
      <Route path="admin/areas" element={<AreasAdminPage />} />
      <Route path="admin/areas/:number" element={<AreaEditPage />} />
    </Route>
    <Route path="*" element={<Navigate to="/" replace />} />
  </Route>
);

export function App() {
  return <Routes>{ROUTES}</Routes>;
}

const ROUTE_OBJECTS = createRoutesFromElements(ROUTES);

/** The innermost route a path leads to (its page), with the path's parameters. */
export function matchPage(pathname: string) {
  return matchRoutes(ROUTE_OBJECTS, pathname)?.at(-1);
}

type PageMatch = ReturnType<typeof matchPage>;

/** Starts downloading a matched page's code; settles when it has arrived. */
function preloadCode(match: PageMatch): Promise<void> {
  return (match && preloadOf(match.route.element)?.()) ?? Promise.resolve();
}

/**
 * Starts downloading a page's code; settles when it has arrived (at once for a page without a
 * chunk of its own).
 */
export function preloadPageCode(pathname: string): Promise<void> {
  return preloadCode(matchPage(pathname));
}

/**
 * Starts a first visit's downloads at once: the page's code, the signed-in user and, for the
 * pages that say how (their route's handle), the page's data. On a first visit they then arrive
 * together rather than one after another (RequireAuth renders the page only once the user is
 * known, and the page asks for its data only once drawn). `code` settles when the page's code
 * has arrived (at once for a page without a chunk of its own), `data` when the user's and the
 * page's data have.
 */
export function preloadPage(
  { pathname, search }: { pathname: string; search: string },
  client: ApolloClient,
): { code: Promise<void>; data: Promise<unknown> } {
  const user = preloadCurrentUser(client);
  const match = matchPage(pathname);
  if (!match) return { code: Promise.resolve(), data: user };
  const handle = match.route.handle as PageHandle | undefined;
  return {
    code: preloadCode(match),
    data: Promise.all([
      user,
      handle?.preloadData?.(client, match.params, new URLSearchParams(search)),
    ]),
  };
}
