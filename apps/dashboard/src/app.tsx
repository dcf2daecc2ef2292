import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';

import { RequireAuth } from './features/auth/components/require-auth';
import { Layout } from './features/layout/components/layout';

const SignInPage = lazy(() => import('./features/auth/pages/sign-in-page'));
const OverviewPage = lazy(() => import('./features/overview/pages/overview-page'));
const MyActionsPage = lazy(() => import('./features/actions/pages/my-actions-page'));
const AreaPage = lazy(() => import('./features/areas/pages/area-page'));
const ActionPage = lazy(() => import('./features/actions/pages/action-page'));
const MeasuresPage = lazy(() => import('./features/measures/pages/measures-page'));
const MeasurePage = lazy(() => import('./features/measures/pages/measure-page'));
const NewMeasurePage = lazy(() => import('./features/measures/pages/new-measure-page'));
const EditMeasurePage = lazy(() => import('./features/measures/pages/edit-measure-page'));
const ReportFigurePage = lazy(() => import('./features/measures/pages/report-figure-page'));
const MeasureValuesImportPage = lazy(
  () => import('./features/imports/pages/measure-values-import-page'),
);
const RisksPage = lazy(() => import('./features/risks/pages/risks-page'));
const RiskPage = lazy(() => import('./features/risks/pages/risk-page'));
const NewRiskPage = lazy(() => import('./features/risks/pages/new-risk-page'));
const EditRiskPage = lazy(() => import('./features/risks/pages/edit-risk-page'));
const RaiseRiskPage = lazy(() => import('./features/risks/pages/raise-risk-page'));
const RiskAppetitePage = lazy(() => import('./features/risks/pages/risk-appetite-page'));
const MeetingsPage = lazy(() => import('./features/meetings/pages/meetings-page'));
const MeetingPage = lazy(() => import('./features/meetings/pages/meeting-page'));
const ScheduleMeetingPage = lazy(() => import('./features/meetings/pages/schedule-meeting-page'));
const AttendanceAuditPage = lazy(() => import('./features/meetings/pages/attendance-audit-page'));
const ForumsPage = lazy(() => import('./features/meetings/pages/forums-page'));
const PartnershipPage = lazy(() => import('./features/partnership/pages/partnership-page'));
const PublicationsPage = lazy(() => import('./features/publications/pages/publications-page'));
const PublicationPage = lazy(() => import('./features/publications/pages/publication-page'));
const StatusUpdatePage = lazy(() => import('./features/actions/pages/status-update-page'));
const PlansPage = lazy(() => import('./features/plans/pages/plans-page'));
const PlanPage = lazy(() => import('./features/plans/pages/plan-page'));
const NewActionPage = lazy(() => import('./features/plans/pages/new-action-page'));
const PlanImportPage = lazy(() => import('./features/imports/pages/plan-import-page'));
const StatusUpdateImportPage = lazy(
  () => import('./features/imports/pages/status-update-import-page'),
);
const EditActionPage = lazy(() => import('./features/plans/pages/edit-action-page'));
const ReportingPeriodsPage = lazy(() => import('./features/periods/pages/reporting-periods-page'));
const RoundPage = lazy(() => import('./features/round/pages/round-page'));
const NotificationsPage = lazy(() => import('./features/notifications/pages/notifications-page'));
const ReportsPage = lazy(() => import('./features/reports/pages/reports-page'));
const ReportPage = lazy(() => import('./features/reports/pages/report-page'));
const BoardPaperSettingsPage = lazy(
  () => import('./features/reports/pages/board-paper-settings-page'),
);
const FollowUpsPage = lazy(() => import('./features/review/pages/follow-ups-page'));
const AdminPage = lazy(() => import('./features/admin/pages/admin-page'));
const AuditLogPage = lazy(() => import('./features/audit/pages/audit-log-page'));
const AccountsPage = lazy(() => import('./features/accounts/pages/accounts-page'));
const InviteAccountPage = lazy(() => import('./features/accounts/pages/invite-account-page'));
const AccountPage = lazy(() => import('./features/accounts/pages/account-page'));
const PeoplePage = lazy(() => import('./features/directory/pages/people-page'));
const PersonPage = lazy(() => import('./features/directory/pages/person-page'));
const OrganisationsPage = lazy(() => import('./features/directory/pages/organisations-page'));
const OrganisationPage = lazy(() => import('./features/directory/pages/organisation-page'));
const AreasAdminPage = lazy(() => import('./features/areas/pages/areas-admin-page'));
const AreaEditPage = lazy(() => import('./features/areas/pages/area-edit-page'));
const ForgottenPasswordPage = lazy(() => import('./features/auth/pages/forgotten-password-page'));
const SetPasswordPage = lazy(() => import('./features/auth/pages/set-password-page'));
const AccessibilityPage = lazy(() => import('./features/legal/pages/accessibility-page'));
const PrivacyPage = lazy(() => import('./features/legal/pages/privacy-page'));
const CookiesPage = lazy(() => import('./features/legal/pages/cookies-page'));

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="forgotten-password" element={<ForgottenPasswordPage />} />
        <Route path="set-password" element={<SetPasswordPage />} />
        <Route path="accessibility" element={<AccessibilityPage />} />
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="cookies" element={<CookiesPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<OverviewPage />} />
          <Route path="my-actions" element={<MyActionsPage />} />
          <Route path="areas/:number" element={<AreaPage />} />
          <Route path="actions/:id" element={<ActionPage />} />
          <Route path="actions/:id/update" element={<StatusUpdatePage />} />
          <Route path="actions/:id/edit" element={<EditActionPage />} />
          <Route path="measures" element={<MeasuresPage />} />
          <Route path="measures/import" element={<MeasureValuesImportPage />} />
          <Route path="measures/new" element={<NewMeasurePage />} />
          <Route path="measures/:id" element={<MeasurePage />} />
          <Route path="measures/:id/report" element={<ReportFigurePage />} />
          <Route path="measures/:id/edit" element={<EditMeasurePage />} />
          <Route path="risks" element={<RisksPage />} />
          <Route path="risks/new" element={<NewRiskPage />} />
          <Route path="risks/raise" element={<RaiseRiskPage />} />
          <Route path="risks/appetite" element={<RiskAppetitePage />} />
          <Route path="risks/:id" element={<RiskPage />} />
          <Route path="risks/:id/edit" element={<EditRiskPage />} />
          <Route path="meetings" element={<MeetingsPage />} />
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
          <Route path="reporting-periods/:id/round" element={<RoundPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="reports" element={<ReportsPage />} />
          <Route path="reports/:id" element={<ReportPage />} />
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
    </Routes>
  );
}
