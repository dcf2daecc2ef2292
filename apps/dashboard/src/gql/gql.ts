/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment AccountSummary on User {\n    id\n    email\n    role\n    disabled\n    invitationPending\n    lastSignedInAt\n    version\n    person {\n      id\n      name\n      organisation {\n        id\n        name {\n          en\n          cy\n        }\n      }\n    }\n  }\n': typeof types.AccountSummaryFragmentDoc;
  '\n  query Accounts($filter: UserFilterInput) {\n    users(filter: $filter) {\n      ...AccountSummary\n    }\n  }\n': typeof types.AccountsDocument;
  '\n  query AccountChoices {\n    organisations {\n      id\n      name {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      email\n    }\n  }\n': typeof types.AccountChoicesDocument;
  '\n  query Account($id: ID!) {\n    user(id: $id) {\n      ...AccountSummary\n      openActionsOwned {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n      }\n    }\n  }\n': typeof types.AccountDocument;
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...AccountSummary\n    }\n  }\n': typeof types.InviteUserDocument;
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AccountSummary\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  mutation ResendInvitation($input: AccountVersionInput!) {\n    resendInvitation(input: $input) {\n      ...AccountSummary\n    }\n  }\n': typeof types.ResendInvitationDocument;
  '\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      ...AccountSummary\n      openActionsOwned {\n        id\n      }\n    }\n  }\n': typeof types.DeactivateUserDocument;
  '\n  mutation ReactivateUser($input: AccountVersionInput!) {\n    reactivateUser(input: $input) {\n      ...AccountSummary\n    }\n  }\n': typeof types.ReactivateUserDocument;
  '\n  fragment RiskSummaryFields on Risk {\n    id\n    reference\n    title {\n      en\n      cy\n    }\n    current {\n      score\n      band\n    }\n  }\n': typeof types.RiskSummaryFieldsFragmentDoc;
  '\n  query MyAccount {\n    me {\n      id\n      permissions\n      person {\n        id\n      }\n    }\n  }\n': typeof types.MyAccountDocument;
  '\n  query ReportingContext {\n    currentReportingPeriod {\n      id\n      label\n      financialYear\n      updateDeadline\n    }\n  }\n': typeof types.ReportingContextDocument;
  '\n  query ReportingRound {\n    currentReportingPeriod {\n      id\n      label\n      financialYear\n      updateDeadline\n      state\n      closedAt\n      figuresDue(mine: true) {\n        measure {\n          id\n          reference\n          name {\n            en\n            cy\n          }\n        }\n        periodStart\n        periodLabel {\n          en\n          cy\n        }\n      }\n      riskReviewsDue(mine: true) {\n        ...RiskSummaryFields\n        nextReviewDue\n      }\n    }\n  }\n': typeof types.ReportingRoundDocument;
  '\n  fragment OverdueFacts on Action {\n    isOverdue\n    dueDate\n    milestones {\n      id\n      title {\n        en\n        cy\n      }\n      dueDate\n      completedOn\n    }\n  }\n': typeof types.OverdueFactsFragmentDoc;
  '\n  query MyActions($financialYear: String!, $personId: ID!, $reportingPeriodId: ID!) {\n    actions(filter: { financialYear: $financialYear, responsiblePersonId: $personId }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          currentStatus {\n            id\n            rag\n          }\n          statusInPeriod(reportingPeriodId: $reportingPeriodId) {\n            id\n          }\n          ...OverdueFacts\n        }\n      }\n    }\n  }\n': typeof types.MyActionsDocument;
  '\n  query ActionForUpdate($id: ID!) {\n    action(id: $id) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      owners {\n        id\n      }\n      delegates {\n        id\n      }\n    }\n  }\n': typeof types.ActionForUpdateDocument;
  '\n  mutation SubmitStatusUpdate($input: SubmitStatusUpdateInput!) {\n    submitStatusUpdate(input: $input) {\n      id\n      rag\n      percentComplete\n    }\n  }\n': typeof types.SubmitStatusUpdateDocument;
  '\n  query ActionDetails($id: ID!) {\n    action(id: $id) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n      area {\n        id\n        number\n        title {\n          en\n          cy\n        }\n      }\n      leadOrganisation\n      startDate\n      dueDate\n      isOverdue\n      themes\n      wellBeingGoals\n      waysOfWorking\n      owners {\n        id\n        name\n      }\n      delegates {\n        id\n        name\n      }\n      milestones {\n        id\n        title {\n          en\n          cy\n        }\n        dueDate\n        completedOn\n      }\n      risks {\n        ...RiskSummaryFields\n      }\n      statusHistory {\n        id\n        rag\n        percentComplete\n        commentary {\n          en\n          cy\n        }\n        author {\n          id\n          name\n        }\n        risks {\n          en\n          cy\n        }\n        raisedRisks {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n        submittedAt\n        reportingPeriod {\n          id\n          label\n          startDate\n        }\n      }\n    }\n  }\n': typeof types.ActionDetailsDocument;
  '\n  query ActionAuditTrail($id: ID!) {\n    auditTrail(entityType: "Action", entityId: $id) {\n      id\n      action\n      actorEmail\n      occurredAt\n      changes {\n        field\n      }\n    }\n  }\n': typeof types.ActionAuditTrailDocument;
  '\n  query StrategicArea($number: Int!) {\n    strategicArea(number: $number) {\n      id\n      number\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n    }\n  }\n': typeof types.StrategicAreaDocument;
  '\n  query AreaActions($filter: ActionFilter!, $sort: ActionSort) {\n    actions(filter: $filter, sort: $sort, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          leadOrganisation\n          owners {\n            id\n            name\n          }\n          currentStatus {\n            id\n            rag\n          }\n          ...OverdueFacts\n        }\n      }\n    }\n  }\n': typeof types.AreaActionsDocument;
  '\n  fragment AreaTexts on StrategicArea {\n    id\n    number\n    version\n    title {\n      en\n      cy\n    }\n    shortTitle {\n      en\n      cy\n    }\n    description {\n      en\n      cy\n    }\n  }\n': typeof types.AreaTextsFragmentDoc;
  '\n  query AreasForEditing {\n    strategicAreas {\n      ...AreaTexts\n    }\n  }\n': typeof types.AreasForEditingDocument;
  '\n  mutation UpdateStrategicArea($input: UpdateStrategicAreaInput!) {\n    updateStrategicArea(input: $input) {\n      ...AreaTexts\n    }\n  }\n': typeof types.UpdateStrategicAreaDocument;
  '\n  query AuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          actorEmail\n          action\n          entityType\n          entityId\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  query AuditLogChoices {\n    auditRecordTypes\n    users {\n      id\n      email\n    }\n  }\n': typeof types.AuditLogChoicesDocument;
  '\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    preferredLanguage\n  }\n': typeof types.CurrentUserFragmentDoc;
  '\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  query AccountLink($token: String!) {\n    accountLink(token: $token) {\n      email\n      purpose\n    }\n  }\n': typeof types.AccountLinkDocument;
  '\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n': typeof types.SetPasswordDocument;
  '\n  fragment DirectoryOrganisation on Organisation {\n    id\n    code\n    type\n    version\n    name {\n      en\n      cy\n    }\n  }\n': typeof types.DirectoryOrganisationFragmentDoc;
  '\n  fragment DirectoryPerson on Person {\n    id\n    name\n    email\n    version\n    jobTitle {\n      en\n      cy\n    }\n    organisation {\n      ...DirectoryOrganisation\n    }\n  }\n': typeof types.DirectoryPersonFragmentDoc;
  '\n  query Directory {\n    people {\n      ...DirectoryPerson\n    }\n    organisations {\n      ...DirectoryOrganisation\n    }\n  }\n': typeof types.DirectoryDocument;
  '\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...DirectoryPerson\n    }\n  }\n': typeof types.CreatePersonDocument;
  '\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...DirectoryPerson\n    }\n  }\n': typeof types.UpdatePersonDocument;
  '\n  mutation MergePeople($input: MergePeopleInput!) {\n    mergePeople(input: $input) {\n      ...DirectoryPerson\n    }\n  }\n': typeof types.MergePeopleDocument;
  '\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...DirectoryOrganisation\n    }\n  }\n': typeof types.CreateOrganisationDocument;
  '\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...DirectoryOrganisation\n    }\n  }\n': typeof types.UpdateOrganisationDocument;
  '\n  fragment PlanImportResult on PlanImport {\n    fileName\n    newCount\n    changedCount\n    unchangedCount\n    errorCount\n    imported\n    rows {\n      row\n      reference\n      status\n      changes\n      problems {\n        cell\n        message\n      }\n    }\n  }\n': typeof types.PlanImportResultFragmentDoc;
  '\n  query PlanImportPreview($input: PlanImportInput!) {\n    preview: planImportPreview(input: $input) {\n      ...PlanImportResult\n    }\n  }\n': typeof types.PlanImportPreviewDocument;
  '\n  mutation ImportPlan($input: PlanImportInput!) {\n    imported: importPlan(input: $input) {\n      ...PlanImportResult\n    }\n  }\n': typeof types.ImportPlanDocument;
  '\n  query StatusUpdateImportPreview($input: PlanImportInput!) {\n    preview: statusUpdateImportPreview(input: $input) {\n      ...PlanImportResult\n    }\n  }\n': typeof types.StatusUpdateImportPreviewDocument;
  '\n  mutation ImportStatusUpdates($input: PlanImportInput!) {\n    imported: importStatusUpdates(input: $input) {\n      ...PlanImportResult\n    }\n  }\n': typeof types.ImportStatusUpdatesDocument;
  '\n  query MeasureValueImportPreview($input: ImportFileInput!) {\n    preview: measureValueImportPreview(input: $input) {\n      ...PlanImportResult\n    }\n  }\n': typeof types.MeasureValueImportPreviewDocument;
  '\n  mutation ImportMeasureValues($input: ImportFileInput!) {\n    imported: importMeasureValues(input: $input) {\n      ...PlanImportResult\n    }\n  }\n': typeof types.ImportMeasureValuesDocument;
  '\n  mutation SetPreferredLanguage($language: Language!) {\n    setPreferredLanguage(language: $language) {\n      ...CurrentUser\n    }\n  }\n': typeof types.SetPreferredLanguageDocument;
  '\n  fragment MeasureFigure on MeasureValue {\n    id\n    periodStart\n    periodEnd\n    periodLabel {\n      en\n      cy\n    }\n    value\n    quality\n    revised\n    target\n    rag\n  }\n': typeof types.MeasureFigureFragmentDoc;
  '\n  query MeasureAreas {\n    strategicAreas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n  }\n': typeof types.MeasureAreasDocument;
  '\n  fragment MeasureRow on Measure {\n    id\n    reference\n    name {\n      en\n      cy\n    }\n    unit\n    direction\n    frequency\n    contextual\n    areas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n    latest {\n      ...MeasureFigure\n    }\n    trend {\n      sincePrevious\n      sinceBaseline\n    }\n    recentFigures {\n      periodStart\n      periodLabel {\n        en\n        cy\n      }\n      value\n    }\n  }\n': typeof types.MeasureRowFragmentDoc;
  '\n  query MeasurePage($areaId: ID, $wellBeingGoals: [WellBeingGoal!], $offset: Int!, $limit: Int!) {\n    measurePage(areaId: $areaId, wellBeingGoals: $wellBeingGoals, offset: $offset, limit: $limit) {\n      totalCount\n      measures {\n        ...MeasureRow\n      }\n    }\n  }\n': typeof types.MeasurePageDocument;
  '\n  query MeasureDetails($id: ID!) {\n    measure(id: $id) {\n      id\n      reference\n      name {\n        en\n        cy\n      }\n      definition {\n        en\n        cy\n      }\n      calculation {\n        en\n        cy\n      }\n      dataSource {\n        en\n        cy\n      }\n      unit\n      direction\n      frequency\n      themes\n      wellBeingGoals\n      waysOfWorking\n      contextual\n      canReportFigures\n      tolerance {\n        amber\n        red\n      }\n      baseline {\n        value\n        date\n      }\n      targets {\n        financialYear\n        value\n      }\n      owner {\n        id\n        name\n      }\n      areas {\n        id\n        number\n        shortTitle {\n          en\n          cy\n        }\n      }\n      trend {\n        sincePrevious\n        sinceBaseline\n      }\n      values {\n        ...MeasureFigure\n        ragExplanation {\n          en\n          cy\n        }\n        commentary {\n          en\n          cy\n        }\n        notAvailableReason {\n          en\n          cy\n        }\n        breakdowns {\n          label {\n            en\n            cy\n          }\n          value\n        }\n      }\n      revisions {\n        ...MeasureFigure\n        submittedAt\n        author {\n          id\n          name\n        }\n      }\n      actions {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n        currentStatus {\n          id\n          rag\n        }\n      }\n    }\n  }\n': typeof types.MeasureDetailsDocument;
  '\n  query MeasureForReport($id: ID!) {\n    measure(id: $id) {\n      id\n      reference\n      name {\n        en\n        cy\n      }\n      unit\n      frequency\n      canReportFigures\n      targets {\n        financialYear\n      }\n      values {\n        ...MeasureFigure\n        submittedAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.MeasureForReportDocument;
  '\n  mutation SubmitMeasureValue($input: SubmitMeasureValueInput!) {\n    submitMeasureValue(input: $input) {\n      ...MeasureFigure\n    }\n  }\n': typeof types.SubmitMeasureValueDocument;
  '\n  query MeasuresSummary {\n    measuresSummary {\n      counts {\n        red\n        amber\n        green\n        contextual\n        noFigure\n        total\n      }\n      worsened {\n        id\n        reference\n        name {\n          en\n          cy\n        }\n        unit\n        latest {\n          ...MeasureFigure\n        }\n      }\n    }\n  }\n': typeof types.MeasuresSummaryDocument;
  '\n  query MeasureFormOptions {\n    strategicAreas {\n      id\n      number\n      title {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      email\n    }\n  }\n': typeof types.MeasureFormOptionsDocument;
  '\n  query MeasureForEdit($id: ID!) {\n    measure(id: $id) {\n      ...EditableMeasure\n    }\n  }\n': typeof types.MeasureForEditDocument;
  '\n  fragment EditableMeasure on Measure {\n    id\n    version\n    reference\n    name {\n      en\n      cy\n    }\n    definition {\n      en\n      cy\n    }\n    calculation {\n      en\n      cy\n    }\n    dataSource {\n      en\n      cy\n    }\n    unit\n    direction\n    frequency\n    themes\n    wellBeingGoals\n    waysOfWorking\n    owner {\n      id\n    }\n    areas {\n      id\n    }\n    tolerance {\n      amber\n      red\n    }\n    baseline {\n      value\n      date\n    }\n    targets {\n      financialYear\n      value\n    }\n  }\n': typeof types.EditableMeasureFragmentDoc;
  '\n  mutation CreateMeasure($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      id\n      reference\n    }\n  }\n': typeof types.CreateMeasureDocument;
  '\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...EditableMeasure\n    }\n  }\n': typeof types.UpdateMeasureDocument;
  '\n  fragment MeetingRow on Meeting {\n    id\n    title {\n      en\n      cy\n    }\n    startsAt\n    endsAt\n    location\n    onlineLink\n    state\n    forum {\n      id\n      kind\n      name {\n        en\n        cy\n      }\n    }\n  }\n': typeof types.MeetingRowFragmentDoc;
  '\n  query ForumChoices {\n    forums {\n      id\n      kind\n      active\n      name {\n        en\n        cy\n      }\n    }\n  }\n': typeof types.ForumChoicesDocument;
  '\n  query Meetings($forumId: ID, $from: DateTime, $to: DateTime) {\n    meetings(forumId: $forumId, from: $from, to: $to) {\n      ...MeetingRow\n    }\n  }\n': typeof types.MeetingsDocument;
  '\n  query MeetingSchedule($forumId: ID, $pastOffset: Int!, $pastLimit: Int!) {\n    meetingSchedule(forumId: $forumId, pastOffset: $pastOffset, pastLimit: $pastLimit) {\n      upcoming {\n        ...MeetingRow\n      }\n      past {\n        ...MeetingRow\n      }\n      pastCount\n    }\n  }\n': typeof types.MeetingScheduleDocument;
  '\n  query MeetingDetails($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingRow\n      version\n      noticeSentAt\n      noticeSequence\n      minutesApprovedAt\n      minutesApprovedBy {\n        id\n        name\n      }\n      minutesVisible\n      canManage\n      canApprove\n      canSendApologies\n      forum {\n        id\n        members {\n          id\n          isChair\n          leftOn\n          person {\n            id\n            name\n          }\n          representing {\n            id\n            name {\n              en\n              cy\n            }\n          }\n        }\n      }\n      agenda {\n        id\n        version\n        position\n        title {\n          en\n          cy\n        }\n        minutes {\n          en\n          cy\n        }\n        presenter {\n          id\n          name\n        }\n        report {\n          id\n          audience\n          edition\n          reportingPeriod {\n            id\n            label\n          }\n        }\n        actions {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n        measures {\n          id\n          reference\n          name {\n            en\n            cy\n          }\n        }\n        risks {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n      }\n      attendance {\n        id\n        status\n        deputyName\n        member {\n          id\n        }\n      }\n      decisions {\n        id\n        kind\n        text {\n          en\n          cy\n        }\n        followUps {\n          ...FollowUpFields\n        }\n      }\n      carriedCommitments {\n        ...FollowUpFields\n      }\n    }\n  }\n': typeof types.MeetingDetailsDocument;
  '\n  query IssuedReports {\n    reports {\n      id\n      state\n      audience\n      edition\n      reportingPeriod {\n        id\n        label\n      }\n    }\n  }\n': typeof types.IssuedReportsDocument;
  '\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n    }\n  }\n': typeof types.ScheduleMeetingDocument;
  '\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.UpdateMeetingDocument;
  '\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n': typeof types.AddAgendaItemDocument;
  '\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.UpdateAgendaItemDocument;
  '\n  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {\n    moveAgendaItem(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.MoveAgendaItemDocument;
  '\n  mutation RemoveAgendaItem($input: MeetingsVersionInput!) {\n    removeAgendaItem(input: $input) {\n      id\n    }\n  }\n': typeof types.RemoveAgendaItemDocument;
  '\n  mutation UpdateAgendaItemMinutes($input: AgendaItemMinutesInput!) {\n    updateAgendaItemMinutes(input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateAgendaItemMinutesDocument;
  '\n  mutation MarkMeetingHeld($input: MeetingsVersionInput!) {\n    markMeetingHeld(input: $input) {\n      id\n    }\n  }\n': typeof types.MarkMeetingHeldDocument;
  '\n  mutation CancelMeeting($input: MeetingsVersionInput!) {\n    cancelMeeting(input: $input) {\n      id\n    }\n  }\n': typeof types.CancelMeetingDocument;
  '\n  mutation ApproveMinutes($input: MeetingsVersionInput!) {\n    approveMinutes(input: $input) {\n      id\n    }\n  }\n': typeof types.ApproveMinutesDocument;
  '\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordAttendanceDocument;
  '\n  mutation SendApologies($meetingId: ID!) {\n    sendApologies(meetingId: $meetingId) {\n      id\n    }\n  }\n': typeof types.SendApologiesDocument;
  '\n  mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {\n    recordMeetingDecision(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordMeetingDecisionDocument;
  '\n  mutation SendMeetingNotice($meetingId: ID!) {\n    sendMeetingNotice(meetingId: $meetingId) {\n      id\n    }\n  }\n': typeof types.SendMeetingNoticeDocument;
  '\n  mutation SendBriefingNote($meetingId: ID!) {\n    sendBriefingNote(meetingId: $meetingId)\n  }\n': typeof types.SendBriefingNoteDocument;
  '\n  query MeetingsAudit($forumId: ID, $from: String!, $to: String!) {\n    attendanceAudit(forumId: $forumId, from: $from, to: $to) {\n      forumId\n      forumName {\n        en\n        cy\n      }\n      figures {\n        ...AttendanceFigureFields\n      }\n      organisations {\n        organisationId\n        organisationName {\n          en\n          cy\n        }\n        figures {\n          ...AttendanceFigureFields\n        }\n      }\n      members {\n        memberId\n        personName\n        figures {\n          ...AttendanceFigureFields\n        }\n      }\n    }\n    commitmentsKept(forumId: $forumId, from: $from, to: $to) {\n      forumId\n      forumName {\n        en\n        cy\n      }\n      total\n      doneOnTime\n      doneLate\n      open\n      overdue\n    }\n  }\n': typeof types.MeetingsAuditDocument;
  '\n  fragment AttendanceFigureFields on AttendanceFigures {\n    meetings\n    present\n    represented\n    apologies\n    absent\n    attendanceRate\n    deputies\n    longestMissedRun\n    flagged\n  }\n': typeof types.AttendanceFigureFieldsFragmentDoc;
  '\n  query ForumsAdmin {\n    forums {\n      id\n      version\n      kind\n      active\n      name {\n        en\n        cy\n      }\n      purpose {\n        en\n        cy\n      }\n      members {\n        id\n        version\n        isChair\n        joinedOn\n        leftOn\n        person {\n          id\n          name\n        }\n        representing {\n          id\n          name {\n            en\n            cy\n          }\n        }\n      }\n    }\n    people {\n      id\n      name\n      organisation {\n        id\n      }\n    }\n    organisations {\n      id\n      name {\n        en\n        cy\n      }\n    }\n  }\n': typeof types.ForumsAdminDocument;
  '\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateForumDocument;
  '\n  mutation UpdateForum($input: UpdateForumInput!) {\n    updateForum(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.UpdateForumDocument;
  '\n  mutation UpdateForumMember($input: UpdateForumMemberInput!) {\n    updateForumMember(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.UpdateForumMemberDocument;
  '\n  mutation AddForumMember($input: AddForumMemberInput!) {\n    addForumMember(input: $input) {\n      id\n    }\n  }\n': typeof types.AddForumMemberDocument;
  '\n  mutation EndForumMembership($input: EndForumMembershipInput!) {\n    endForumMembership(input: $input) {\n      id\n    }\n  }\n': typeof types.EndForumMembershipDocument;
  '\n  query NotificationCount {\n    myNotifications(first: 1) {\n      unreadCount\n    }\n  }\n': typeof types.NotificationCountDocument;
  '\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      unreadCount\n      notifications {\n        id\n        kind\n        subject {\n          en\n          cy\n        }\n        body {\n          en\n          cy\n        }\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n': typeof types.MyNotificationsDocument;
  '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  fragment RagCountFields on RagCounts {\n    red\n    amber\n    green\n    notStarted\n    complete\n    noUpdate\n    total\n  }\n': typeof types.RagCountFieldsFragmentDoc;
  '\n  fragment RagMovementCountFields on RagMovementCounts {\n    improved\n    worsened\n    unchanged\n    newlyRed\n    newlyComplete\n    notCompared\n  }\n': typeof types.RagMovementCountFieldsFragmentDoc;
  '\n  query CurrentProgressSummary {\n    currentProgressSummary {\n      asOf\n      reportingPeriod {\n        id\n        label\n        startDate\n        endDate\n        updateDeadline\n        state\n        closedAt\n      }\n      plan {\n        id\n        financialYear\n      }\n      overall {\n        ...RagCountFields\n      }\n      areas {\n        area {\n          id\n          number\n          shortTitle {\n            en\n            cy\n          }\n        }\n        counts {\n          ...RagCountFields\n        }\n        movement {\n          ...RagMovementCountFields\n        }\n      }\n      movement {\n        previousPeriod {\n          id\n          label\n        }\n        counts {\n          ...RagMovementCountFields\n        }\n      }\n    }\n  }\n': typeof types.CurrentProgressSummaryDocument;
  '\n  query CurrentProgressLists {\n    currentProgressSummary {\n      movement {\n        changes {\n          action {\n            id\n            reference\n            title {\n              en\n              cy\n            }\n          }\n          previous\n          current\n          direction\n        }\n      }\n      overdueMilestones {\n        id\n        dueDate\n        title {\n          en\n          cy\n        }\n        action {\n          id\n          reference\n        }\n      }\n      actionsWithoutUpdate {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n      }\n    }\n  }\n': typeof types.CurrentProgressListsDocument;
  '\n  fragment EngagementFields on EngagementRecord {\n    id\n    subjectKind\n    subjectId\n    engagedOn\n    forumId\n    meetingId\n    outcome\n    consultedOn {\n      en\n      cy\n    }\n    agreed {\n      en\n      cy\n    }\n    disagreement {\n      en\n      cy\n    }\n    nextSteps {\n      en\n      cy\n    }\n    partners {\n      id\n      code\n      name {\n        en\n        cy\n      }\n    }\n    version\n  }\n': typeof types.EngagementFieldsFragmentDoc;
  '\n  query SubjectEngagements($subjectKind: EngagementSubjectKind!, $subjectId: ID!) {\n    engagementRecords(subjectKind: $subjectKind, subjectId: $subjectId) {\n      ...EngagementFields\n    }\n  }\n': typeof types.SubjectEngagementsDocument;
  '\n  query PartnerChoices {\n    organisations {\n      id\n      code\n      type\n      name {\n        en\n        cy\n      }\n    }\n  }\n': typeof types.PartnerChoicesDocument;
  '\n  mutation CreateEngagementRecord($input: CreateEngagementRecordInput!) {\n    createEngagementRecord(input: $input) {\n      ...EngagementFields\n    }\n  }\n': typeof types.CreateEngagementRecordDocument;
  '\n  mutation UpdateEngagementRecord($input: UpdateEngagementRecordInput!) {\n    updateEngagementRecord(input: $input) {\n      ...EngagementFields\n    }\n  }\n': typeof types.UpdateEngagementRecordDocument;
  '\n  mutation DeleteEngagementRecord($id: ID!, $expectedVersion: Int!) {\n    deleteEngagementRecord(id: $id, expectedVersion: $expectedVersion)\n  }\n': typeof types.DeleteEngagementRecordDocument;
  '\n  query PlanPartnershipCheck($financialYear: String!) {\n    annualPlan(financialYear: $financialYear) {\n      id\n      state\n      version\n      partnershipWaiver {\n        en\n        cy\n      }\n    }\n    actions(filter: { financialYear: $financialYear }, first: 100) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          needsPartnershipConsultation\n          engagements {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.PlanPartnershipCheckDocument;
  '\n  mutation WaivePartnershipConsultation(\n    $planId: ID!\n    $reason: BilingualLongTextInput!\n    $expectedVersion: Int\n  ) {\n    waivePartnershipConsultation(\n      planId: $planId\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      version\n      partnershipWaiver {\n        en\n        cy\n      }\n    }\n  }\n': typeof types.WaivePartnershipConsultationDocument;
  '\n  query PartnershipForums {\n    forums {\n      id\n      kind\n      active\n      name {\n        en\n        cy\n      }\n    }\n    partnershipStatements {\n      id\n      version\n      position\n      active\n      text {\n        en\n        cy\n      }\n    }\n  }\n': typeof types.PartnershipForumsDocument;
  '\n  query ForumAssessments($forumId: ID!) {\n    partnershipAssessments(forumId: $forumId) {\n      id\n      assessedOn\n      meetingId\n      average\n      version\n    }\n    partnershipAssessmentComparison(forumId: $forumId) {\n      assessments {\n        id\n        assessedOn\n        average\n      }\n      statements {\n        statement {\n          id\n          position\n          text {\n            en\n            cy\n          }\n        }\n        scores {\n          assessmentId\n          assessedOn\n          score\n        }\n        latest\n        change\n      }\n    }\n    meetings(forumId: $forumId) {\n      id\n      startsAt\n      title {\n        en\n        cy\n      }\n    }\n  }\n': typeof types.ForumAssessmentsDocument;
  '\n  mutation RecordPartnershipAssessment($input: RecordPartnershipAssessmentInput!) {\n    recordPartnershipAssessment(input: $input) {\n      id\n      assessedOn\n      average\n      version\n    }\n  }\n': typeof types.RecordPartnershipAssessmentDocument;
  '\n  query PartnershipReport($year: String!) {\n    partnershipReport(year: $year) {\n      financialYear\n      from\n      to\n      engagementCount\n      bySubject {\n        subjectKind\n        count\n      }\n      byPartner {\n        id\n        code\n        name {\n          en\n          cy\n        }\n        count\n      }\n      outcomes {\n        outcome\n        count\n      }\n      forumMeetings\n      attendance {\n        status\n        count\n      }\n      commitments {\n        status\n        count\n      }\n    }\n  }\n': typeof types.PartnershipReportDocument;
  '\n  mutation CreatePartnershipStatement($input: CreatePartnershipStatementInput!) {\n    createPartnershipStatement(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.CreatePartnershipStatementDocument;
  '\n  mutation UpdatePartnershipStatement($input: UpdatePartnershipStatementInput!) {\n    updatePartnershipStatement(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.UpdatePartnershipStatementDocument;
  '\n  fragment PeriodFields on ReportingPeriod {\n    id\n    label\n    financialYear\n    quarter\n    startDate\n    endDate\n    updateDeadline\n    state\n    closedAt\n    reopenReason\n    version\n  }\n': typeof types.PeriodFieldsFragmentDoc;
  '\n  query ReportingPeriods {\n    reportingPeriods {\n      ...PeriodFields\n    }\n  }\n': typeof types.ReportingPeriodsDocument;
  '\n  mutation CreateReportingPeriod($input: CreateReportingPeriodInput!) {\n    createReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n': typeof types.CreateReportingPeriodDocument;
  '\n  mutation CloseReportingPeriod($input: ReportingPeriodVersionInput!) {\n    closeReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n': typeof types.CloseReportingPeriodDocument;
  '\n  mutation ReopenReportingPeriod($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n': typeof types.ReopenReportingPeriodDocument;
  '\n  mutation UpdateReportingPeriod($input: UpdateReportingPeriodInput!) {\n    updateReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n': typeof types.UpdateReportingPeriodDocument;
  '\n  fragment PlanFields on AnnualPlan {\n    id\n    financialYear\n    title {\n      en\n      cy\n    }\n    state\n    actionCount\n    startDate\n    endDate\n    approvedAt\n    closedAt\n    version\n  }\n': typeof types.PlanFieldsFragmentDoc;
  '\n  query AnnualPlans {\n    annualPlans {\n      ...PlanFields\n    }\n  }\n': typeof types.AnnualPlansDocument;
  '\n  query AnnualPlan($financialYear: String!) {\n    annualPlan(financialYear: $financialYear) {\n      ...PlanFields\n    }\n  }\n': typeof types.AnnualPlanDocument;
  '\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n': typeof types.CreatePlanDocument;
  '\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...PlanFields\n    }\n  }\n': typeof types.UpdatePlanDocument;
  '\n  mutation ApprovePlan($id: ID!, $expectedVersion: Int!) {\n    approvePlan(id: $id, expectedVersion: $expectedVersion) {\n      ...PlanFields\n    }\n  }\n': typeof types.ApprovePlanDocument;
  '\n  mutation ClosePlan($id: ID!, $expectedVersion: Int!) {\n    closePlan(id: $id, expectedVersion: $expectedVersion) {\n      ...PlanFields\n    }\n  }\n': typeof types.ClosePlanDocument;
  '\n  query PlanActions($planId: ID!, $after: String) {\n    actions(filter: { planId: $planId }, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          area {\n            id\n            number\n            title {\n              en\n              cy\n            }\n          }\n          leadOrganisation\n          owners {\n            id\n            name\n          }\n          currentStatus {\n            id\n            rag\n          }\n          carriedForwardFrom {\n            id\n            reference\n            plan {\n              id\n              financialYear\n            }\n          }\n          carriedForwardTo {\n            id\n            reference\n            plan {\n              id\n              financialYear\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.PlanActionsDocument;
  '\n  mutation CarryForwardActions($input: CarryForwardActionsInput!) {\n    carryForwardActions(input: $input) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      carriedForwardFrom {\n        id\n        reference\n      }\n    }\n  }\n': typeof types.CarryForwardActionsDocument;
  '\n  query ActionFormOptions {\n    strategicAreas {\n      id\n      number\n      title {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      organisation {\n        id\n        code\n      }\n    }\n  }\n': typeof types.ActionFormOptionsDocument;
  '\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n      reference\n    }\n  }\n': typeof types.CreateActionDocument;
  '\n  fragment EditableMilestone on Milestone {\n    id\n    title {\n      en\n      cy\n    }\n    dueDate\n    completedOn\n    version\n  }\n': typeof types.EditableMilestoneFragmentDoc;
  '\n  query ActionForEdit($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      reference\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n      area {\n        id\n        number\n      }\n      leadOrganisation\n      startDate\n      dueDate\n      themes\n      wellBeingGoals\n      waysOfWorking\n      needsPartnershipConsultation\n      owners {\n        id\n        name\n      }\n      plan {\n        id\n        financialYear\n        state\n        startDate\n        endDate\n      }\n      milestones {\n        ...EditableMilestone\n      }\n    }\n  }\n': typeof types.ActionForEditDocument;
  '\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      id\n      version\n      reference\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n      area {\n        id\n        number\n      }\n      leadOrganisation\n      startDate\n      dueDate\n      themes\n      wellBeingGoals\n      waysOfWorking\n      needsPartnershipConsultation\n      owners {\n        id\n        name\n      }\n    }\n  }\n': typeof types.UpdateActionDocument;
  '\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) {\n      ...EditableMilestone\n    }\n  }\n': typeof types.AddMilestoneDocument;
  '\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...EditableMilestone\n    }\n  }\n': typeof types.UpdateMilestoneDocument;
  '\n  fragment PublicationFields on Publication {\n    id\n    state\n    number\n    version\n    introduction {\n      en\n      cy\n    }\n    areaSummaries {\n      areaNumber\n      summary {\n        en\n        cy\n      }\n    }\n    excludedActionIds\n    showOwnerNames\n    includeMeasures\n    publishedAt\n    withdrawnAt\n    withdrawalReason {\n      en\n      cy\n    }\n    addresses {\n      en\n      cy\n    }\n    report {\n      id\n      audience\n      edition\n      reportingPeriod {\n        id\n        label\n      }\n    }\n  }\n': typeof types.PublicationFieldsFragmentDoc;
  '\n  query Publications {\n    publications {\n      ...PublicationFields\n    }\n    reports {\n      id\n      audience\n      edition\n      state\n      reportingPeriod {\n        id\n        label\n      }\n    }\n  }\n': typeof types.PublicationsDocument;
  '\n  query Publication($id: ID!) {\n    publication(id: $id) {\n      ...PublicationFields\n      report {\n        id\n        content {\n          areas {\n            number\n            title {\n              en\n              cy\n            }\n          }\n          actions {\n            actionId\n            reference\n            areaNumber\n            rag\n            title {\n              en\n              cy\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.PublicationDocument;
  '\n  mutation CreatePublication($input: CreatePublicationInput!) {\n    createPublication(input: $input) {\n      id\n    }\n  }\n': typeof types.CreatePublicationDocument;
  '\n  mutation UpdatePublication($input: UpdatePublicationInput!) {\n    updatePublication(input: $input) {\n      ...PublicationFields\n    }\n  }\n': typeof types.UpdatePublicationDocument;
  '\n  mutation PublishPublication($input: PublicationVersionInput!) {\n    publishPublication(input: $input) {\n      ...PublicationFields\n    }\n  }\n': typeof types.PublishPublicationDocument;
  '\n  mutation WithdrawPublication($input: WithdrawPublicationInput!) {\n    withdrawPublication(input: $input) {\n      ...PublicationFields\n    }\n  }\n': typeof types.WithdrawPublicationDocument;
  '\n  mutation DeletePublication($input: PublicationVersionInput!) {\n    deletePublication(input: $input)\n  }\n': typeof types.DeletePublicationDocument;
  '\n  fragment ReportSummaryFields on Report {\n    id\n    audience\n    edition\n    state\n    issuedAt\n    createdAt\n    version\n    reportingPeriod {\n      id\n      label\n      startDate\n    }\n  }\n': typeof types.ReportSummaryFieldsFragmentDoc;
  '\n  query Reports($filter: ReportFilter) {\n    reports(filter: $filter) {\n      ...ReportSummaryFields\n    }\n  }\n': typeof types.ReportsDocument;
  '\n  query ReportFormOptions {\n    reportingPeriods {\n      id\n      label\n      state\n    }\n  }\n': typeof types.ReportFormOptionsDocument;
  '\n  fragment ReportActionLineFields on ReportActionLine {\n    actionId\n    reference\n    title {\n      en\n      cy\n    }\n    leadOrganisation\n    owners\n    dueDate\n    rag\n    percentComplete\n  }\n': typeof types.ReportActionLineFieldsFragmentDoc;
  '\n  fragment ReportExceptionFields on ReportActionLine {\n    actionId\n    commentary {\n      en\n      cy\n    }\n    risks {\n      en\n      cy\n    }\n    nextSteps {\n      en\n      cy\n    }\n  }\n': typeof types.ReportExceptionFieldsFragmentDoc;
  '\n  fragment ReportMoveFields on ReportMove {\n    actionId\n    reference\n    title {\n      en\n      cy\n    }\n    previous\n    current\n  }\n': typeof types.ReportMoveFieldsFragmentDoc;
  '\n  fragment ReportMilestoneFields on ReportMilestone {\n    actionReference\n    actionTitle {\n      en\n      cy\n    }\n    title {\n      en\n      cy\n    }\n    dueDate\n    completedOn\n  }\n': typeof types.ReportMilestoneFieldsFragmentDoc;
  '\n  fragment ReportRiskFields on ReportRisk {\n    riskId\n    reference\n    title {\n      en\n      cy\n    }\n    category\n    owner\n    current {\n      score\n      band\n    }\n    target {\n      score\n      band\n    }\n    appetite\n    aboveAppetite\n    escalatedOn\n    previous {\n      score\n    }\n    trend\n  }\n': typeof types.ReportRiskFieldsFragmentDoc;
  '\n  fragment ReportMeasureFields on ReportMeasure {\n    measureId\n    reference\n    name {\n      en\n      cy\n    }\n    unit\n    latest {\n      periodLabel {\n        en\n        cy\n      }\n      value\n      target\n      quality\n      revised\n      rag\n    }\n    trend {\n      sincePrevious\n    }\n  }\n': typeof types.ReportMeasureFieldsFragmentDoc;
  '\n  fragment ReportMeasureOffTargetFields on ReportMeasure {\n    ...ReportMeasureFields\n    latest {\n      ragExplanation {\n        en\n        cy\n      }\n      commentary {\n        en\n        cy\n      }\n    }\n    trend {\n      sinceBaseline\n    }\n    recent {\n      periodLabel {\n        en\n        cy\n      }\n      periodEnd\n      value\n      target\n    }\n  }\n': typeof types.ReportMeasureOffTargetFieldsFragmentDoc;
  '\n  fragment CoverSheetFields on CoverSheet {\n    meetingName {\n      en\n      cy\n    }\n    meetingDate\n    agendaItem\n    author\n    executiveSponsor\n    presenter\n    purpose\n    recommendation {\n      en\n      cy\n    }\n    summary {\n      en\n      cy\n    }\n    strategicObjectives {\n      en\n      cy\n    }\n    impacts {\n      impact\n      text {\n        en\n        cy\n      }\n    }\n  }\n': typeof types.CoverSheetFieldsFragmentDoc;
  '\n  query Report($id: ID!) {\n    report(id: $id) {\n      ...ReportSummaryFields\n      coverSheet {\n        ...CoverSheetFields\n      }\n      content {\n        audience\n        asOf\n        period {\n          label\n          startDate\n          endDate\n        }\n        planTitle {\n          en\n          cy\n        }\n        executiveSummary {\n          en\n          cy\n        }\n        overall {\n          ...RagCountFields\n        }\n        areas {\n          number\n          title {\n            en\n            cy\n          }\n          shortTitle {\n            en\n            cy\n          }\n          counts {\n            ...RagCountFields\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReportDocument;
  '\n  query ReportLists($id: ID!) {\n    report(id: $id) {\n      id\n      content {\n        movement {\n          sincePeriod\n          sinceReportId\n          improved {\n            ...ReportMoveFields\n          }\n          worsened {\n            ...ReportMoveFields\n          }\n          completed {\n            ...ReportMoveFields\n          }\n          newlyRed {\n            ...ReportMoveFields\n          }\n        }\n        exceptions {\n          ...ReportExceptionFields\n        }\n        measures {\n          endedBy\n          counts {\n            red\n            amber\n            green\n            contextual\n            noFigure\n            total\n          }\n          measures {\n            ...ReportMeasureFields\n          }\n          offTarget {\n            ...ReportMeasureOffTargetFields\n          }\n        }\n        risks {\n          asAt\n          since\n          sincePeriod\n          bands {\n            band\n            count\n          }\n          heatMap {\n            likelihood\n            consequence\n            count\n          }\n          risks {\n            ...ReportRiskFields\n          }\n          aboveAppetite {\n            riskId\n          }\n          opened {\n            riskId\n          }\n          closed {\n            ...ReportRiskFields\n          }\n          worsened {\n            riskId\n          }\n          improved {\n            riskId\n          }\n        }\n        milestonesMissed {\n          ...ReportMilestoneFields\n        }\n        milestonesDueNext {\n          ...ReportMilestoneFields\n        }\n        themes {\n          theme\n          counts {\n            ...RagCountFields\n          }\n        }\n        goalContribution {\n          goal\n          actions {\n            ...RagCountFields\n          }\n          measures {\n            red\n            amber\n            green\n            contextual\n            noFigure\n            total\n          }\n        }\n        completed {\n          actionId\n        }\n        actions {\n          ...ReportActionLineFields\n        }\n      }\n    }\n  }\n': typeof types.ReportListsDocument;
  '\n  mutation CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      ...ReportSummaryFields\n    }\n  }\n': typeof types.CreateReportDocument;
  '\n  mutation UpdateReport($input: UpdateReportInput!) {\n    updateReport(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.UpdateReportDocument;
  '\n  mutation IssueReport($input: ReportVersionInput!) {\n    issueReport(input: $input) {\n      ...ReportSummaryFields\n    }\n  }\n': typeof types.IssueReportDocument;
  '\n  query BoardPaperSettings {\n    boardPaperSettings {\n      version\n      layout\n      classification {\n        en\n        cy\n      }\n      coverSheet {\n        ...CoverSheetFields\n      }\n    }\n  }\n': typeof types.BoardPaperSettingsDocument;
  '\n  mutation UpdateBoardPaperSettings($input: UpdateBoardPaperSettingsInput!) {\n    updateBoardPaperSettings(input: $input) {\n      version\n    }\n  }\n': typeof types.UpdateBoardPaperSettingsDocument;
  '\n  fragment FollowUpFields on FollowUp {\n    id\n    version\n    title {\n      en\n      cy\n    }\n    owner {\n      id\n      name\n    }\n    dueDate\n    completedOn\n    isOverdue\n  }\n': typeof types.FollowUpFieldsFragmentDoc;
  '\n  query ReportReview($id: ID!) {\n    report(id: $id) {\n      id\n      review {\n        id\n        kind\n        text {\n          en\n          cy\n        }\n        authorName\n        createdAt\n        action {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n        followUps {\n          ...FollowUpFields\n        }\n      }\n    }\n  }\n': typeof types.ReportReviewDocument;
  '\n  query ReviewPeople {\n    people {\n      id\n      name\n      organisation {\n        id\n        code\n      }\n    }\n  }\n': typeof types.ReviewPeopleDocument;
  '\n  mutation AddReviewEntry($input: AddReviewEntryInput!) {\n    addReviewEntry(input: $input) {\n      id\n    }\n  }\n': typeof types.AddReviewEntryDocument;
  '\n  query FollowUps {\n    followUps {\n      ...FollowUpFields\n      decision {\n        id\n        text {\n          en\n          cy\n        }\n        report {\n          id\n          audience\n          edition\n          reportingPeriod {\n            id\n            label\n          }\n        }\n      }\n    }\n  }\n': typeof types.FollowUpsDocument;
  '\n  query MyPerson {\n    me {\n      id\n      person {\n        id\n      }\n    }\n  }\n': typeof types.MyPersonDocument;
  '\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      ...FollowUpFields\n    }\n  }\n': typeof types.CompleteFollowUpDocument;
  '\n  fragment RiskScoreFields on RiskScore {\n    likelihood\n    consequence\n    score\n    band\n  }\n': typeof types.RiskScoreFieldsFragmentDoc;
  '\n  query RiskFilterOptions {\n    strategicAreas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n  }\n': typeof types.RiskFilterOptionsDocument;
  '\n  query RiskOwnerChoices {\n    riskOwners {\n      id\n      name\n    }\n  }\n': typeof types.RiskOwnerChoicesDocument;
  '\n  fragment RiskRow on Risk {\n    id\n    reference\n    kind\n    state\n    category\n    title {\n      en\n      cy\n    }\n    owner {\n      id\n      name\n    }\n    current {\n      ...RiskScoreFields\n    }\n    target {\n      score\n      band\n      date\n    }\n    nextReviewDue\n    reviewOverdue\n    escalation {\n      on\n    }\n    aboveAppetite\n    awaitingEscalation\n    # The score before the latest review: the movement since it.\n    previous {\n      score\n    }\n  }\n': typeof types.RiskRowFragmentDoc;
  '\n  query Risks(\n    $first: Int!\n    $after: String\n    $areaId: ID\n    $ownerId: ID\n    $category: RiskCategory\n    $band: RiskBand\n    $escalated: Boolean\n    $aboveAppetite: Boolean\n    $reviewOverdue: Boolean\n    $state: RiskState\n    $kind: RiskKind\n  ) {\n    risks(\n      first: $first\n      after: $after\n      areaId: $areaId\n      ownerId: $ownerId\n      category: $category\n      band: $band\n      escalated: $escalated\n      aboveAppetite: $aboveAppetite\n      reviewOverdue: $reviewOverdue\n      state: $state\n      kind: $kind\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...RiskRow\n        }\n      }\n    }\n  }\n': typeof types.RisksDocument;
  '\n  query RiskProfile(\n    $areaId: ID\n    $ownerId: ID\n    $category: RiskCategory\n    $band: RiskBand\n    $escalated: Boolean\n    $aboveAppetite: Boolean\n    $reviewOverdue: Boolean\n    $state: RiskState\n    $kind: RiskKind\n  ) {\n    riskProfile(\n      areaId: $areaId\n      ownerId: $ownerId\n      category: $category\n      band: $band\n      escalated: $escalated\n      aboveAppetite: $aboveAppetite\n      reviewOverdue: $reviewOverdue\n      state: $state\n      kind: $kind\n    ) {\n      total\n      aboveAppetite\n      awaitingEscalation\n      escalated\n      reviewOverdue\n      cells {\n        likelihood\n        consequence\n        count\n      }\n    }\n  }\n': typeof types.RiskProfileDocument;
  '\n  fragment RiskAction on Action {\n    id\n    reference\n    title {\n      en\n      cy\n    }\n  }\n': typeof types.RiskActionFragmentDoc;
  '\n  fragment RiskDetails on Risk {\n    id\n    version\n    reference\n    kind\n    state\n    category\n    title {\n      en\n      cy\n    }\n    description {\n      en\n      cy\n    }\n    controls {\n      en\n      cy\n    }\n    impact {\n      en\n      cy\n    }\n    owner {\n      id\n      name\n    }\n    areas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n    inherent {\n      ...RiskScoreFields\n    }\n    current {\n      ...RiskScoreFields\n    }\n    target {\n      likelihood\n      consequence\n      score\n      band\n      date\n    }\n    appetite\n    aboveAppetite\n    awaitingEscalation\n    reviewEveryMonths\n    nextReviewDue\n    reviewOverdue\n    escalation {\n      on\n      reason {\n        en\n        cy\n      }\n    }\n    escalatedBy {\n      id\n      name\n    }\n    closure {\n      on\n      reason {\n        en\n        cy\n      }\n      resolution {\n        en\n        cy\n      }\n    }\n    canUpdate\n    canEscalate\n    threatenedActions {\n      ...RiskAction\n    }\n    mitigatingActions {\n      ...RiskAction\n    }\n    mitigations {\n      id\n      description {\n        en\n        cy\n      }\n      owner {\n        id\n        name\n      }\n      dueDate\n      completedOn\n      overdue\n    }\n    reviews {\n      id\n      reviewedOn\n      score {\n        ...RiskScoreFields\n      }\n      reviewer {\n        id\n        name\n      }\n      commentary {\n        en\n        cy\n      }\n    }\n  }\n': typeof types.RiskDetailsFragmentDoc;
  '\n  query RiskDetailsPage($id: ID!) {\n    risk(id: $id) {\n      ...RiskDetails\n    }\n  }\n': typeof types.RiskDetailsPageDocument;
  '\n  mutation ReviewRisk($input: ReviewRiskInput!) {\n    reviewRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n': typeof types.ReviewRiskDocument;
  '\n  mutation EscalateRisk($input: EscalateRiskInput!) {\n    escalateRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n': typeof types.EscalateRiskDocument;
  '\n  mutation DeescalateRisk($input: RiskVersionInput!) {\n    deescalateRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n': typeof types.DeescalateRiskDocument;
  '\n  mutation CloseRisk($input: CloseRiskInput!) {\n    closeRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n': typeof types.CloseRiskDocument;
  '\n  mutation ReopenRisk($input: RiskVersionInput!) {\n    reopenRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n': typeof types.ReopenRiskDocument;
  '\n  query RiskFormOptions($financialYear: String!) {\n    strategicAreas {\n      id\n      number\n      title {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      email\n    }\n    actions(filter: { financialYear: $financialYear }, first: 100) {\n      edges {\n        node {\n          ...RiskAction\n        }\n      }\n    }\n  }\n': typeof types.RiskFormOptionsDocument;
  '\n  fragment EditableRisk on Risk {\n    id\n    version\n    canUpdate\n    reference\n    kind\n    category\n    title {\n      en\n      cy\n    }\n    description {\n      en\n      cy\n    }\n    controls {\n      en\n      cy\n    }\n    impact {\n      en\n      cy\n    }\n    owner {\n      id\n    }\n    areas {\n      id\n    }\n    threatenedActions {\n      ...RiskAction\n    }\n    mitigatingActions {\n      ...RiskAction\n    }\n    inherent {\n      likelihood\n      consequence\n    }\n    current {\n      likelihood\n      consequence\n    }\n    target {\n      likelihood\n      consequence\n      date\n    }\n    reviewEveryMonths\n    mitigations {\n      id\n      description {\n        en\n        cy\n      }\n      owner {\n        id\n      }\n      dueDate\n      completedOn\n    }\n  }\n': typeof types.EditableRiskFragmentDoc;
  '\n  query RiskForEdit($id: ID!) {\n    risk(id: $id) {\n      ...EditableRisk\n    }\n  }\n': typeof types.RiskForEditDocument;
  '\n  mutation CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      reference\n    }\n  }\n': typeof types.CreateRiskDocument;
  '\n  mutation UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      ...EditableRisk\n    }\n  }\n': typeof types.UpdateRiskDocument;
  '\n  query RaiseFromUpdateSource($actionId: ID!) {\n    action(id: $actionId) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      statusHistory {\n        id\n        submittedAt\n        reportingPeriod {\n          id\n          label\n        }\n        risks {\n          en\n          cy\n        }\n        raisedRisks {\n          id\n          reference\n        }\n      }\n    }\n  }\n': typeof types.RaiseFromUpdateSourceDocument;
  '\n  mutation RaiseRiskFromUpdate($input: RaiseRiskFromUpdateInput!) {\n    raiseRiskFromUpdate(input: $input) {\n      id\n      reference\n    }\n  }\n': typeof types.RaiseRiskFromUpdateDocument;
  '\n  query RiskAppetites {\n    riskAppetites {\n      category\n      appetite\n      version\n    }\n  }\n': typeof types.RiskAppetitesDocument;
  '\n  mutation SetRiskAppetite($input: SetRiskAppetiteInput!) {\n    setRiskAppetite(input: $input) {\n      category\n      appetite\n      version\n    }\n  }\n': typeof types.SetRiskAppetiteDocument;
  '\n  fragment RoundProgressFields on RoundProgress {\n    expected\n    updated\n    outstanding\n  }\n': typeof types.RoundProgressFieldsFragmentDoc;
  '\n  query UpdateRoundSummary($reportingPeriodId: ID!) {\n    updateRound(reportingPeriodId: $reportingPeriodId) {\n      reportingPeriod {\n        id\n        label\n        state\n        closedAt\n        updateDeadline\n      }\n      overall {\n        ...RoundProgressFields\n      }\n      areas {\n        area {\n          id\n          number\n          shortTitle {\n            en\n            cy\n          }\n        }\n        progress {\n          ...RoundProgressFields\n        }\n      }\n      organisations {\n        organisation {\n          id\n          code\n          name {\n            en\n            cy\n          }\n        }\n        progress {\n          ...RoundProgressFields\n        }\n      }\n      figures {\n        overall {\n          ...RoundProgressFields\n        }\n      }\n      riskReviews {\n        overall {\n          ...RoundProgressFields\n        }\n      }\n    }\n  }\n': typeof types.UpdateRoundSummaryDocument;
  '\n  query UpdateRoundLists($reportingPeriodId: ID!) {\n    updateRound(reportingPeriodId: $reportingPeriodId) {\n      people {\n        person {\n          id\n          name\n        }\n        progress {\n          ...RoundProgressFields\n        }\n      }\n      outstandingActions {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n        owners {\n          id\n          name\n        }\n      }\n      figures {\n        people {\n          person {\n            id\n            name\n          }\n          progress {\n            ...RoundProgressFields\n          }\n        }\n        outstanding {\n          measure {\n            id\n            reference\n            name {\n              en\n              cy\n            }\n            owner {\n              id\n              name\n            }\n          }\n          periodStart\n          periodLabel {\n            en\n            cy\n          }\n          given\n        }\n      }\n      riskReviews {\n        people {\n          person {\n            id\n            name\n          }\n          progress {\n            ...RoundProgressFields\n          }\n        }\n        outstanding {\n          ...RiskSummaryFields\n          nextReviewDue\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.UpdateRoundListsDocument;
  '\n  mutation SendUpdateReminders($reportingPeriodId: ID!) {\n    sendUpdateReminders(reportingPeriodId: $reportingPeriodId) {\n      peopleReminded\n      actionsOutstanding\n      figuresOutstanding\n      riskReviewsOutstanding\n    }\n  }\n': typeof types.SendUpdateRemindersDocument;
};
const documents: Documents = {
  '\n  fragment AccountSummary on User {\n    id\n    email\n    role\n    disabled\n    invitationPending\n    lastSignedInAt\n    version\n    person {\n      id\n      name\n      organisation {\n        id\n        name {\n          en\n          cy\n        }\n      }\n    }\n  }\n':
    types.AccountSummaryFragmentDoc,
  '\n  query Accounts($filter: UserFilterInput) {\n    users(filter: $filter) {\n      ...AccountSummary\n    }\n  }\n':
    types.AccountsDocument,
  '\n  query AccountChoices {\n    organisations {\n      id\n      name {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      email\n    }\n  }\n':
    types.AccountChoicesDocument,
  '\n  query Account($id: ID!) {\n    user(id: $id) {\n      ...AccountSummary\n      openActionsOwned {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n      }\n    }\n  }\n':
    types.AccountDocument,
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...AccountSummary\n    }\n  }\n':
    types.InviteUserDocument,
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AccountSummary\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  mutation ResendInvitation($input: AccountVersionInput!) {\n    resendInvitation(input: $input) {\n      ...AccountSummary\n    }\n  }\n':
    types.ResendInvitationDocument,
  '\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      ...AccountSummary\n      openActionsOwned {\n        id\n      }\n    }\n  }\n':
    types.DeactivateUserDocument,
  '\n  mutation ReactivateUser($input: AccountVersionInput!) {\n    reactivateUser(input: $input) {\n      ...AccountSummary\n    }\n  }\n':
    types.ReactivateUserDocument,
  '\n  fragment RiskSummaryFields on Risk {\n    id\n    reference\n    title {\n      en\n      cy\n    }\n    current {\n      score\n      band\n    }\n  }\n':
    types.RiskSummaryFieldsFragmentDoc,
  '\n  query MyAccount {\n    me {\n      id\n      permissions\n      person {\n        id\n      }\n    }\n  }\n':
    types.MyAccountDocument,
  '\n  query ReportingContext {\n    currentReportingPeriod {\n      id\n      label\n      financialYear\n      updateDeadline\n    }\n  }\n':
    types.ReportingContextDocument,
  '\n  query ReportingRound {\n    currentReportingPeriod {\n      id\n      label\n      financialYear\n      updateDeadline\n      state\n      closedAt\n      figuresDue(mine: true) {\n        measure {\n          id\n          reference\n          name {\n            en\n            cy\n          }\n        }\n        periodStart\n        periodLabel {\n          en\n          cy\n        }\n      }\n      riskReviewsDue(mine: true) {\n        ...RiskSummaryFields\n        nextReviewDue\n      }\n    }\n  }\n':
    types.ReportingRoundDocument,
  '\n  fragment OverdueFacts on Action {\n    isOverdue\n    dueDate\n    milestones {\n      id\n      title {\n        en\n        cy\n      }\n      dueDate\n      completedOn\n    }\n  }\n':
    types.OverdueFactsFragmentDoc,
  '\n  query MyActions($financialYear: String!, $personId: ID!, $reportingPeriodId: ID!) {\n    actions(filter: { financialYear: $financialYear, responsiblePersonId: $personId }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          currentStatus {\n            id\n            rag\n          }\n          statusInPeriod(reportingPeriodId: $reportingPeriodId) {\n            id\n          }\n          ...OverdueFacts\n        }\n      }\n    }\n  }\n':
    types.MyActionsDocument,
  '\n  query ActionForUpdate($id: ID!) {\n    action(id: $id) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      owners {\n        id\n      }\n      delegates {\n        id\n      }\n    }\n  }\n':
    types.ActionForUpdateDocument,
  '\n  mutation SubmitStatusUpdate($input: SubmitStatusUpdateInput!) {\n    submitStatusUpdate(input: $input) {\n      id\n      rag\n      percentComplete\n    }\n  }\n':
    types.SubmitStatusUpdateDocument,
  '\n  query ActionDetails($id: ID!) {\n    action(id: $id) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n      area {\n        id\n        number\n        title {\n          en\n          cy\n        }\n      }\n      leadOrganisation\n      startDate\n      dueDate\n      isOverdue\n      themes\n      wellBeingGoals\n      waysOfWorking\n      owners {\n        id\n        name\n      }\n      delegates {\n        id\n        name\n      }\n      milestones {\n        id\n        title {\n          en\n          cy\n        }\n        dueDate\n        completedOn\n      }\n      risks {\n        ...RiskSummaryFields\n      }\n      statusHistory {\n        id\n        rag\n        percentComplete\n        commentary {\n          en\n          cy\n        }\n        author {\n          id\n          name\n        }\n        risks {\n          en\n          cy\n        }\n        raisedRisks {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n        submittedAt\n        reportingPeriod {\n          id\n          label\n          startDate\n        }\n      }\n    }\n  }\n':
    types.ActionDetailsDocument,
  '\n  query ActionAuditTrail($id: ID!) {\n    auditTrail(entityType: "Action", entityId: $id) {\n      id\n      action\n      actorEmail\n      occurredAt\n      changes {\n        field\n      }\n    }\n  }\n':
    types.ActionAuditTrailDocument,
  '\n  query StrategicArea($number: Int!) {\n    strategicArea(number: $number) {\n      id\n      number\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n    }\n  }\n':
    types.StrategicAreaDocument,
  '\n  query AreaActions($filter: ActionFilter!, $sort: ActionSort) {\n    actions(filter: $filter, sort: $sort, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          leadOrganisation\n          owners {\n            id\n            name\n          }\n          currentStatus {\n            id\n            rag\n          }\n          ...OverdueFacts\n        }\n      }\n    }\n  }\n':
    types.AreaActionsDocument,
  '\n  fragment AreaTexts on StrategicArea {\n    id\n    number\n    version\n    title {\n      en\n      cy\n    }\n    shortTitle {\n      en\n      cy\n    }\n    description {\n      en\n      cy\n    }\n  }\n':
    types.AreaTextsFragmentDoc,
  '\n  query AreasForEditing {\n    strategicAreas {\n      ...AreaTexts\n    }\n  }\n':
    types.AreasForEditingDocument,
  '\n  mutation UpdateStrategicArea($input: UpdateStrategicAreaInput!) {\n    updateStrategicArea(input: $input) {\n      ...AreaTexts\n    }\n  }\n':
    types.UpdateStrategicAreaDocument,
  '\n  query AuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          actorEmail\n          action\n          entityType\n          entityId\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  query AuditLogChoices {\n    auditRecordTypes\n    users {\n      id\n      email\n    }\n  }\n':
    types.AuditLogChoicesDocument,
  '\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    preferredLanguage\n  }\n':
    types.CurrentUserFragmentDoc,
  '\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n': types.MeDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  query AccountLink($token: String!) {\n    accountLink(token: $token) {\n      email\n      purpose\n    }\n  }\n':
    types.AccountLinkDocument,
  '\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n':
    types.SetPasswordDocument,
  '\n  fragment DirectoryOrganisation on Organisation {\n    id\n    code\n    type\n    version\n    name {\n      en\n      cy\n    }\n  }\n':
    types.DirectoryOrganisationFragmentDoc,
  '\n  fragment DirectoryPerson on Person {\n    id\n    name\n    email\n    version\n    jobTitle {\n      en\n      cy\n    }\n    organisation {\n      ...DirectoryOrganisation\n    }\n  }\n':
    types.DirectoryPersonFragmentDoc,
  '\n  query Directory {\n    people {\n      ...DirectoryPerson\n    }\n    organisations {\n      ...DirectoryOrganisation\n    }\n  }\n':
    types.DirectoryDocument,
  '\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...DirectoryPerson\n    }\n  }\n':
    types.CreatePersonDocument,
  '\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...DirectoryPerson\n    }\n  }\n':
    types.UpdatePersonDocument,
  '\n  mutation MergePeople($input: MergePeopleInput!) {\n    mergePeople(input: $input) {\n      ...DirectoryPerson\n    }\n  }\n':
    types.MergePeopleDocument,
  '\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...DirectoryOrganisation\n    }\n  }\n':
    types.CreateOrganisationDocument,
  '\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...DirectoryOrganisation\n    }\n  }\n':
    types.UpdateOrganisationDocument,
  '\n  fragment PlanImportResult on PlanImport {\n    fileName\n    newCount\n    changedCount\n    unchangedCount\n    errorCount\n    imported\n    rows {\n      row\n      reference\n      status\n      changes\n      problems {\n        cell\n        message\n      }\n    }\n  }\n':
    types.PlanImportResultFragmentDoc,
  '\n  query PlanImportPreview($input: PlanImportInput!) {\n    preview: planImportPreview(input: $input) {\n      ...PlanImportResult\n    }\n  }\n':
    types.PlanImportPreviewDocument,
  '\n  mutation ImportPlan($input: PlanImportInput!) {\n    imported: importPlan(input: $input) {\n      ...PlanImportResult\n    }\n  }\n':
    types.ImportPlanDocument,
  '\n  query StatusUpdateImportPreview($input: PlanImportInput!) {\n    preview: statusUpdateImportPreview(input: $input) {\n      ...PlanImportResult\n    }\n  }\n':
    types.StatusUpdateImportPreviewDocument,
  '\n  mutation ImportStatusUpdates($input: PlanImportInput!) {\n    imported: importStatusUpdates(input: $input) {\n      ...PlanImportResult\n    }\n  }\n':
    types.ImportStatusUpdatesDocument,
  '\n  query MeasureValueImportPreview($input: ImportFileInput!) {\n    preview: measureValueImportPreview(input: $input) {\n      ...PlanImportResult\n    }\n  }\n':
    types.MeasureValueImportPreviewDocument,
  '\n  mutation ImportMeasureValues($input: ImportFileInput!) {\n    imported: importMeasureValues(input: $input) {\n      ...PlanImportResult\n    }\n  }\n':
    types.ImportMeasureValuesDocument,
  '\n  mutation SetPreferredLanguage($language: Language!) {\n    setPreferredLanguage(language: $language) {\n      ...CurrentUser\n    }\n  }\n':
    types.SetPreferredLanguageDocument,
  '\n  fragment MeasureFigure on MeasureValue {\n    id\n    periodStart\n    periodEnd\n    periodLabel {\n      en\n      cy\n    }\n    value\n    quality\n    revised\n    target\n    rag\n  }\n':
    types.MeasureFigureFragmentDoc,
  '\n  query MeasureAreas {\n    strategicAreas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n  }\n':
    types.MeasureAreasDocument,
  '\n  fragment MeasureRow on Measure {\n    id\n    reference\n    name {\n      en\n      cy\n    }\n    unit\n    direction\n    frequency\n    contextual\n    areas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n    latest {\n      ...MeasureFigure\n    }\n    trend {\n      sincePrevious\n      sinceBaseline\n    }\n    recentFigures {\n      periodStart\n      periodLabel {\n        en\n        cy\n      }\n      value\n    }\n  }\n':
    types.MeasureRowFragmentDoc,
  '\n  query MeasurePage($areaId: ID, $wellBeingGoals: [WellBeingGoal!], $offset: Int!, $limit: Int!) {\n    measurePage(areaId: $areaId, wellBeingGoals: $wellBeingGoals, offset: $offset, limit: $limit) {\n      totalCount\n      measures {\n        ...MeasureRow\n      }\n    }\n  }\n':
    types.MeasurePageDocument,
  '\n  query MeasureDetails($id: ID!) {\n    measure(id: $id) {\n      id\n      reference\n      name {\n        en\n        cy\n      }\n      definition {\n        en\n        cy\n      }\n      calculation {\n        en\n        cy\n      }\n      dataSource {\n        en\n        cy\n      }\n      unit\n      direction\n      frequency\n      themes\n      wellBeingGoals\n      waysOfWorking\n      contextual\n      canReportFigures\n      tolerance {\n        amber\n        red\n      }\n      baseline {\n        value\n        date\n      }\n      targets {\n        financialYear\n        value\n      }\n      owner {\n        id\n        name\n      }\n      areas {\n        id\n        number\n        shortTitle {\n          en\n          cy\n        }\n      }\n      trend {\n        sincePrevious\n        sinceBaseline\n      }\n      values {\n        ...MeasureFigure\n        ragExplanation {\n          en\n          cy\n        }\n        commentary {\n          en\n          cy\n        }\n        notAvailableReason {\n          en\n          cy\n        }\n        breakdowns {\n          label {\n            en\n            cy\n          }\n          value\n        }\n      }\n      revisions {\n        ...MeasureFigure\n        submittedAt\n        author {\n          id\n          name\n        }\n      }\n      actions {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n        currentStatus {\n          id\n          rag\n        }\n      }\n    }\n  }\n':
    types.MeasureDetailsDocument,
  '\n  query MeasureForReport($id: ID!) {\n    measure(id: $id) {\n      id\n      reference\n      name {\n        en\n        cy\n      }\n      unit\n      frequency\n      canReportFigures\n      targets {\n        financialYear\n      }\n      values {\n        ...MeasureFigure\n        submittedAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.MeasureForReportDocument,
  '\n  mutation SubmitMeasureValue($input: SubmitMeasureValueInput!) {\n    submitMeasureValue(input: $input) {\n      ...MeasureFigure\n    }\n  }\n':
    types.SubmitMeasureValueDocument,
  '\n  query MeasuresSummary {\n    measuresSummary {\n      counts {\n        red\n        amber\n        green\n        contextual\n        noFigure\n        total\n      }\n      worsened {\n        id\n        reference\n        name {\n          en\n          cy\n        }\n        unit\n        latest {\n          ...MeasureFigure\n        }\n      }\n    }\n  }\n':
    types.MeasuresSummaryDocument,
  '\n  query MeasureFormOptions {\n    strategicAreas {\n      id\n      number\n      title {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      email\n    }\n  }\n':
    types.MeasureFormOptionsDocument,
  '\n  query MeasureForEdit($id: ID!) {\n    measure(id: $id) {\n      ...EditableMeasure\n    }\n  }\n':
    types.MeasureForEditDocument,
  '\n  fragment EditableMeasure on Measure {\n    id\n    version\n    reference\n    name {\n      en\n      cy\n    }\n    definition {\n      en\n      cy\n    }\n    calculation {\n      en\n      cy\n    }\n    dataSource {\n      en\n      cy\n    }\n    unit\n    direction\n    frequency\n    themes\n    wellBeingGoals\n    waysOfWorking\n    owner {\n      id\n    }\n    areas {\n      id\n    }\n    tolerance {\n      amber\n      red\n    }\n    baseline {\n      value\n      date\n    }\n    targets {\n      financialYear\n      value\n    }\n  }\n':
    types.EditableMeasureFragmentDoc,
  '\n  mutation CreateMeasure($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      id\n      reference\n    }\n  }\n':
    types.CreateMeasureDocument,
  '\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...EditableMeasure\n    }\n  }\n':
    types.UpdateMeasureDocument,
  '\n  fragment MeetingRow on Meeting {\n    id\n    title {\n      en\n      cy\n    }\n    startsAt\n    endsAt\n    location\n    onlineLink\n    state\n    forum {\n      id\n      kind\n      name {\n        en\n        cy\n      }\n    }\n  }\n':
    types.MeetingRowFragmentDoc,
  '\n  query ForumChoices {\n    forums {\n      id\n      kind\n      active\n      name {\n        en\n        cy\n      }\n    }\n  }\n':
    types.ForumChoicesDocument,
  '\n  query Meetings($forumId: ID, $from: DateTime, $to: DateTime) {\n    meetings(forumId: $forumId, from: $from, to: $to) {\n      ...MeetingRow\n    }\n  }\n':
    types.MeetingsDocument,
  '\n  query MeetingSchedule($forumId: ID, $pastOffset: Int!, $pastLimit: Int!) {\n    meetingSchedule(forumId: $forumId, pastOffset: $pastOffset, pastLimit: $pastLimit) {\n      upcoming {\n        ...MeetingRow\n      }\n      past {\n        ...MeetingRow\n      }\n      pastCount\n    }\n  }\n':
    types.MeetingScheduleDocument,
  '\n  query MeetingDetails($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingRow\n      version\n      noticeSentAt\n      noticeSequence\n      minutesApprovedAt\n      minutesApprovedBy {\n        id\n        name\n      }\n      minutesVisible\n      canManage\n      canApprove\n      canSendApologies\n      forum {\n        id\n        members {\n          id\n          isChair\n          leftOn\n          person {\n            id\n            name\n          }\n          representing {\n            id\n            name {\n              en\n              cy\n            }\n          }\n        }\n      }\n      agenda {\n        id\n        version\n        position\n        title {\n          en\n          cy\n        }\n        minutes {\n          en\n          cy\n        }\n        presenter {\n          id\n          name\n        }\n        report {\n          id\n          audience\n          edition\n          reportingPeriod {\n            id\n            label\n          }\n        }\n        actions {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n        measures {\n          id\n          reference\n          name {\n            en\n            cy\n          }\n        }\n        risks {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n      }\n      attendance {\n        id\n        status\n        deputyName\n        member {\n          id\n        }\n      }\n      decisions {\n        id\n        kind\n        text {\n          en\n          cy\n        }\n        followUps {\n          ...FollowUpFields\n        }\n      }\n      carriedCommitments {\n        ...FollowUpFields\n      }\n    }\n  }\n':
    types.MeetingDetailsDocument,
  '\n  query IssuedReports {\n    reports {\n      id\n      state\n      audience\n      edition\n      reportingPeriod {\n        id\n        label\n      }\n    }\n  }\n':
    types.IssuedReportsDocument,
  '\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n    }\n  }\n':
    types.ScheduleMeetingDocument,
  '\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.UpdateMeetingDocument,
  '\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n':
    types.AddAgendaItemDocument,
  '\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.UpdateAgendaItemDocument,
  '\n  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {\n    moveAgendaItem(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.MoveAgendaItemDocument,
  '\n  mutation RemoveAgendaItem($input: MeetingsVersionInput!) {\n    removeAgendaItem(input: $input) {\n      id\n    }\n  }\n':
    types.RemoveAgendaItemDocument,
  '\n  mutation UpdateAgendaItemMinutes($input: AgendaItemMinutesInput!) {\n    updateAgendaItemMinutes(input: $input) {\n      id\n    }\n  }\n':
    types.UpdateAgendaItemMinutesDocument,
  '\n  mutation MarkMeetingHeld($input: MeetingsVersionInput!) {\n    markMeetingHeld(input: $input) {\n      id\n    }\n  }\n':
    types.MarkMeetingHeldDocument,
  '\n  mutation CancelMeeting($input: MeetingsVersionInput!) {\n    cancelMeeting(input: $input) {\n      id\n    }\n  }\n':
    types.CancelMeetingDocument,
  '\n  mutation ApproveMinutes($input: MeetingsVersionInput!) {\n    approveMinutes(input: $input) {\n      id\n    }\n  }\n':
    types.ApproveMinutesDocument,
  '\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n':
    types.RecordAttendanceDocument,
  '\n  mutation SendApologies($meetingId: ID!) {\n    sendApologies(meetingId: $meetingId) {\n      id\n    }\n  }\n':
    types.SendApologiesDocument,
  '\n  mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {\n    recordMeetingDecision(input: $input) {\n      id\n    }\n  }\n':
    types.RecordMeetingDecisionDocument,
  '\n  mutation SendMeetingNotice($meetingId: ID!) {\n    sendMeetingNotice(meetingId: $meetingId) {\n      id\n    }\n  }\n':
    types.SendMeetingNoticeDocument,
  '\n  mutation SendBriefingNote($meetingId: ID!) {\n    sendBriefingNote(meetingId: $meetingId)\n  }\n':
    types.SendBriefingNoteDocument,
  '\n  query MeetingsAudit($forumId: ID, $from: String!, $to: String!) {\n    attendanceAudit(forumId: $forumId, from: $from, to: $to) {\n      forumId\n      forumName {\n        en\n        cy\n      }\n      figures {\n        ...AttendanceFigureFields\n      }\n      organisations {\n        organisationId\n        organisationName {\n          en\n          cy\n        }\n        figures {\n          ...AttendanceFigureFields\n        }\n      }\n      members {\n        memberId\n        personName\n        figures {\n          ...AttendanceFigureFields\n        }\n      }\n    }\n    commitmentsKept(forumId: $forumId, from: $from, to: $to) {\n      forumId\n      forumName {\n        en\n        cy\n      }\n      total\n      doneOnTime\n      doneLate\n      open\n      overdue\n    }\n  }\n':
    types.MeetingsAuditDocument,
  '\n  fragment AttendanceFigureFields on AttendanceFigures {\n    meetings\n    present\n    represented\n    apologies\n    absent\n    attendanceRate\n    deputies\n    longestMissedRun\n    flagged\n  }\n':
    types.AttendanceFigureFieldsFragmentDoc,
  '\n  query ForumsAdmin {\n    forums {\n      id\n      version\n      kind\n      active\n      name {\n        en\n        cy\n      }\n      purpose {\n        en\n        cy\n      }\n      members {\n        id\n        version\n        isChair\n        joinedOn\n        leftOn\n        person {\n          id\n          name\n        }\n        representing {\n          id\n          name {\n            en\n            cy\n          }\n        }\n      }\n    }\n    people {\n      id\n      name\n      organisation {\n        id\n      }\n    }\n    organisations {\n      id\n      name {\n        en\n        cy\n      }\n    }\n  }\n':
    types.ForumsAdminDocument,
  '\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      id\n    }\n  }\n':
    types.CreateForumDocument,
  '\n  mutation UpdateForum($input: UpdateForumInput!) {\n    updateForum(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.UpdateForumDocument,
  '\n  mutation UpdateForumMember($input: UpdateForumMemberInput!) {\n    updateForumMember(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.UpdateForumMemberDocument,
  '\n  mutation AddForumMember($input: AddForumMemberInput!) {\n    addForumMember(input: $input) {\n      id\n    }\n  }\n':
    types.AddForumMemberDocument,
  '\n  mutation EndForumMembership($input: EndForumMembershipInput!) {\n    endForumMembership(input: $input) {\n      id\n    }\n  }\n':
    types.EndForumMembershipDocument,
  '\n  query NotificationCount {\n    myNotifications(first: 1) {\n      unreadCount\n    }\n  }\n':
    types.NotificationCountDocument,
  '\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      unreadCount\n      notifications {\n        id\n        kind\n        subject {\n          en\n          cy\n        }\n        body {\n          en\n          cy\n        }\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n':
    types.MyNotificationsDocument,
  '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  fragment RagCountFields on RagCounts {\n    red\n    amber\n    green\n    notStarted\n    complete\n    noUpdate\n    total\n  }\n':
    types.RagCountFieldsFragmentDoc,
  '\n  fragment RagMovementCountFields on RagMovementCounts {\n    improved\n    worsened\n    unchanged\n    newlyRed\n    newlyComplete\n    notCompared\n  }\n':
    types.RagMovementCountFieldsFragmentDoc,
  '\n  query CurrentProgressSummary {\n    currentProgressSummary {\n      asOf\n      reportingPeriod {\n        id\n        label\n        startDate\n        endDate\n        updateDeadline\n        state\n        closedAt\n      }\n      plan {\n        id\n        financialYear\n      }\n      overall {\n        ...RagCountFields\n      }\n      areas {\n        area {\n          id\n          number\n          shortTitle {\n            en\n            cy\n          }\n        }\n        counts {\n          ...RagCountFields\n        }\n        movement {\n          ...RagMovementCountFields\n        }\n      }\n      movement {\n        previousPeriod {\n          id\n          label\n        }\n        counts {\n          ...RagMovementCountFields\n        }\n      }\n    }\n  }\n':
    types.CurrentProgressSummaryDocument,
  '\n  query CurrentProgressLists {\n    currentProgressSummary {\n      movement {\n        changes {\n          action {\n            id\n            reference\n            title {\n              en\n              cy\n            }\n          }\n          previous\n          current\n          direction\n        }\n      }\n      overdueMilestones {\n        id\n        dueDate\n        title {\n          en\n          cy\n        }\n        action {\n          id\n          reference\n        }\n      }\n      actionsWithoutUpdate {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n      }\n    }\n  }\n':
    types.CurrentProgressListsDocument,
  '\n  fragment EngagementFields on EngagementRecord {\n    id\n    subjectKind\n    subjectId\n    engagedOn\n    forumId\n    meetingId\n    outcome\n    consultedOn {\n      en\n      cy\n    }\n    agreed {\n      en\n      cy\n    }\n    disagreement {\n      en\n      cy\n    }\n    nextSteps {\n      en\n      cy\n    }\n    partners {\n      id\n      code\n      name {\n        en\n        cy\n      }\n    }\n    version\n  }\n':
    types.EngagementFieldsFragmentDoc,
  '\n  query SubjectEngagements($subjectKind: EngagementSubjectKind!, $subjectId: ID!) {\n    engagementRecords(subjectKind: $subjectKind, subjectId: $subjectId) {\n      ...EngagementFields\n    }\n  }\n':
    types.SubjectEngagementsDocument,
  '\n  query PartnerChoices {\n    organisations {\n      id\n      code\n      type\n      name {\n        en\n        cy\n      }\n    }\n  }\n':
    types.PartnerChoicesDocument,
  '\n  mutation CreateEngagementRecord($input: CreateEngagementRecordInput!) {\n    createEngagementRecord(input: $input) {\n      ...EngagementFields\n    }\n  }\n':
    types.CreateEngagementRecordDocument,
  '\n  mutation UpdateEngagementRecord($input: UpdateEngagementRecordInput!) {\n    updateEngagementRecord(input: $input) {\n      ...EngagementFields\n    }\n  }\n':
    types.UpdateEngagementRecordDocument,
  '\n  mutation DeleteEngagementRecord($id: ID!, $expectedVersion: Int!) {\n    deleteEngagementRecord(id: $id, expectedVersion: $expectedVersion)\n  }\n':
    types.DeleteEngagementRecordDocument,
  '\n  query PlanPartnershipCheck($financialYear: String!) {\n    annualPlan(financialYear: $financialYear) {\n      id\n      state\n      version\n      partnershipWaiver {\n        en\n        cy\n      }\n    }\n    actions(filter: { financialYear: $financialYear }, first: 100) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          needsPartnershipConsultation\n          engagements {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.PlanPartnershipCheckDocument,
  '\n  mutation WaivePartnershipConsultation(\n    $planId: ID!\n    $reason: BilingualLongTextInput!\n    $expectedVersion: Int\n  ) {\n    waivePartnershipConsultation(\n      planId: $planId\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      version\n      partnershipWaiver {\n        en\n        cy\n      }\n    }\n  }\n':
    types.WaivePartnershipConsultationDocument,
  '\n  query PartnershipForums {\n    forums {\n      id\n      kind\n      active\n      name {\n        en\n        cy\n      }\n    }\n    partnershipStatements {\n      id\n      version\n      position\n      active\n      text {\n        en\n        cy\n      }\n    }\n  }\n':
    types.PartnershipForumsDocument,
  '\n  query ForumAssessments($forumId: ID!) {\n    partnershipAssessments(forumId: $forumId) {\n      id\n      assessedOn\n      meetingId\n      average\n      version\n    }\n    partnershipAssessmentComparison(forumId: $forumId) {\n      assessments {\n        id\n        assessedOn\n        average\n      }\n      statements {\n        statement {\n          id\n          position\n          text {\n            en\n            cy\n          }\n        }\n        scores {\n          assessmentId\n          assessedOn\n          score\n        }\n        latest\n        change\n      }\n    }\n    meetings(forumId: $forumId) {\n      id\n      startsAt\n      title {\n        en\n        cy\n      }\n    }\n  }\n':
    types.ForumAssessmentsDocument,
  '\n  mutation RecordPartnershipAssessment($input: RecordPartnershipAssessmentInput!) {\n    recordPartnershipAssessment(input: $input) {\n      id\n      assessedOn\n      average\n      version\n    }\n  }\n':
    types.RecordPartnershipAssessmentDocument,
  '\n  query PartnershipReport($year: String!) {\n    partnershipReport(year: $year) {\n      financialYear\n      from\n      to\n      engagementCount\n      bySubject {\n        subjectKind\n        count\n      }\n      byPartner {\n        id\n        code\n        name {\n          en\n          cy\n        }\n        count\n      }\n      outcomes {\n        outcome\n        count\n      }\n      forumMeetings\n      attendance {\n        status\n        count\n      }\n      commitments {\n        status\n        count\n      }\n    }\n  }\n':
    types.PartnershipReportDocument,
  '\n  mutation CreatePartnershipStatement($input: CreatePartnershipStatementInput!) {\n    createPartnershipStatement(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.CreatePartnershipStatementDocument,
  '\n  mutation UpdatePartnershipStatement($input: UpdatePartnershipStatementInput!) {\n    updatePartnershipStatement(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.UpdatePartnershipStatementDocument,
  '\n  fragment PeriodFields on ReportingPeriod {\n    id\n    label\n    financialYear\n    quarter\n    startDate\n    endDate\n    updateDeadline\n    state\n    closedAt\n    reopenReason\n    version\n  }\n':
    types.PeriodFieldsFragmentDoc,
  '\n  query ReportingPeriods {\n    reportingPeriods {\n      ...PeriodFields\n    }\n  }\n':
    types.ReportingPeriodsDocument,
  '\n  mutation CreateReportingPeriod($input: CreateReportingPeriodInput!) {\n    createReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n':
    types.CreateReportingPeriodDocument,
  '\n  mutation CloseReportingPeriod($input: ReportingPeriodVersionInput!) {\n    closeReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n':
    types.CloseReportingPeriodDocument,
  '\n  mutation ReopenReportingPeriod($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n':
    types.ReopenReportingPeriodDocument,
  '\n  mutation UpdateReportingPeriod($input: UpdateReportingPeriodInput!) {\n    updateReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n':
    types.UpdateReportingPeriodDocument,
  '\n  fragment PlanFields on AnnualPlan {\n    id\n    financialYear\n    title {\n      en\n      cy\n    }\n    state\n    actionCount\n    startDate\n    endDate\n    approvedAt\n    closedAt\n    version\n  }\n':
    types.PlanFieldsFragmentDoc,
  '\n  query AnnualPlans {\n    annualPlans {\n      ...PlanFields\n    }\n  }\n':
    types.AnnualPlansDocument,
  '\n  query AnnualPlan($financialYear: String!) {\n    annualPlan(financialYear: $financialYear) {\n      ...PlanFields\n    }\n  }\n':
    types.AnnualPlanDocument,
  '\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n':
    types.CreatePlanDocument,
  '\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...PlanFields\n    }\n  }\n':
    types.UpdatePlanDocument,
  '\n  mutation ApprovePlan($id: ID!, $expectedVersion: Int!) {\n    approvePlan(id: $id, expectedVersion: $expectedVersion) {\n      ...PlanFields\n    }\n  }\n':
    types.ApprovePlanDocument,
  '\n  mutation ClosePlan($id: ID!, $expectedVersion: Int!) {\n    closePlan(id: $id, expectedVersion: $expectedVersion) {\n      ...PlanFields\n    }\n  }\n':
    types.ClosePlanDocument,
  '\n  query PlanActions($planId: ID!, $after: String) {\n    actions(filter: { planId: $planId }, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          area {\n            id\n            number\n            title {\n              en\n              cy\n            }\n          }\n          leadOrganisation\n          owners {\n            id\n            name\n          }\n          currentStatus {\n            id\n            rag\n          }\n          carriedForwardFrom {\n            id\n            reference\n            plan {\n              id\n              financialYear\n            }\n          }\n          carriedForwardTo {\n            id\n            reference\n            plan {\n              id\n              financialYear\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.PlanActionsDocument,
  '\n  mutation CarryForwardActions($input: CarryForwardActionsInput!) {\n    carryForwardActions(input: $input) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      carriedForwardFrom {\n        id\n        reference\n      }\n    }\n  }\n':
    types.CarryForwardActionsDocument,
  '\n  query ActionFormOptions {\n    strategicAreas {\n      id\n      number\n      title {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      organisation {\n        id\n        code\n      }\n    }\n  }\n':
    types.ActionFormOptionsDocument,
  '\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n      reference\n    }\n  }\n':
    types.CreateActionDocument,
  '\n  fragment EditableMilestone on Milestone {\n    id\n    title {\n      en\n      cy\n    }\n    dueDate\n    completedOn\n    version\n  }\n':
    types.EditableMilestoneFragmentDoc,
  '\n  query ActionForEdit($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      reference\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n      area {\n        id\n        number\n      }\n      leadOrganisation\n      startDate\n      dueDate\n      themes\n      wellBeingGoals\n      waysOfWorking\n      needsPartnershipConsultation\n      owners {\n        id\n        name\n      }\n      plan {\n        id\n        financialYear\n        state\n        startDate\n        endDate\n      }\n      milestones {\n        ...EditableMilestone\n      }\n    }\n  }\n':
    types.ActionForEditDocument,
  '\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      id\n      version\n      reference\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n      area {\n        id\n        number\n      }\n      leadOrganisation\n      startDate\n      dueDate\n      themes\n      wellBeingGoals\n      waysOfWorking\n      needsPartnershipConsultation\n      owners {\n        id\n        name\n      }\n    }\n  }\n':
    types.UpdateActionDocument,
  '\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) {\n      ...EditableMilestone\n    }\n  }\n':
    types.AddMilestoneDocument,
  '\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...EditableMilestone\n    }\n  }\n':
    types.UpdateMilestoneDocument,
  '\n  fragment PublicationFields on Publication {\n    id\n    state\n    number\n    version\n    introduction {\n      en\n      cy\n    }\n    areaSummaries {\n      areaNumber\n      summary {\n        en\n        cy\n      }\n    }\n    excludedActionIds\n    showOwnerNames\n    includeMeasures\n    publishedAt\n    withdrawnAt\n    withdrawalReason {\n      en\n      cy\n    }\n    addresses {\n      en\n      cy\n    }\n    report {\n      id\n      audience\n      edition\n      reportingPeriod {\n        id\n        label\n      }\n    }\n  }\n':
    types.PublicationFieldsFragmentDoc,
  '\n  query Publications {\n    publications {\n      ...PublicationFields\n    }\n    reports {\n      id\n      audience\n      edition\n      state\n      reportingPeriod {\n        id\n        label\n      }\n    }\n  }\n':
    types.PublicationsDocument,
  '\n  query Publication($id: ID!) {\n    publication(id: $id) {\n      ...PublicationFields\n      report {\n        id\n        content {\n          areas {\n            number\n            title {\n              en\n              cy\n            }\n          }\n          actions {\n            actionId\n            reference\n            areaNumber\n            rag\n            title {\n              en\n              cy\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.PublicationDocument,
  '\n  mutation CreatePublication($input: CreatePublicationInput!) {\n    createPublication(input: $input) {\n      id\n    }\n  }\n':
    types.CreatePublicationDocument,
  '\n  mutation UpdatePublication($input: UpdatePublicationInput!) {\n    updatePublication(input: $input) {\n      ...PublicationFields\n    }\n  }\n':
    types.UpdatePublicationDocument,
  '\n  mutation PublishPublication($input: PublicationVersionInput!) {\n    publishPublication(input: $input) {\n      ...PublicationFields\n    }\n  }\n':
    types.PublishPublicationDocument,
  '\n  mutation WithdrawPublication($input: WithdrawPublicationInput!) {\n    withdrawPublication(input: $input) {\n      ...PublicationFields\n    }\n  }\n':
    types.WithdrawPublicationDocument,
  '\n  mutation DeletePublication($input: PublicationVersionInput!) {\n    deletePublication(input: $input)\n  }\n':
    types.DeletePublicationDocument,
  '\n  fragment ReportSummaryFields on Report {\n    id\n    audience\n    edition\n    state\n    issuedAt\n    createdAt\n    version\n    reportingPeriod {\n      id\n      label\n      startDate\n    }\n  }\n':
    types.ReportSummaryFieldsFragmentDoc,
  '\n  query Reports($filter: ReportFilter) {\n    reports(filter: $filter) {\n      ...ReportSummaryFields\n    }\n  }\n':
    types.ReportsDocument,
  '\n  query ReportFormOptions {\n    reportingPeriods {\n      id\n      label\n      state\n    }\n  }\n':
    types.ReportFormOptionsDocument,
  '\n  fragment ReportActionLineFields on ReportActionLine {\n    actionId\n    reference\n    title {\n      en\n      cy\n    }\n    leadOrganisation\n    owners\n    dueDate\n    rag\n    percentComplete\n  }\n':
    types.ReportActionLineFieldsFragmentDoc,
  '\n  fragment ReportExceptionFields on ReportActionLine {\n    actionId\n    commentary {\n      en\n      cy\n    }\n    risks {\n      en\n      cy\n    }\n    nextSteps {\n      en\n      cy\n    }\n  }\n':
    types.ReportExceptionFieldsFragmentDoc,
  '\n  fragment ReportMoveFields on ReportMove {\n    actionId\n    reference\n    title {\n      en\n      cy\n    }\n    previous\n    current\n  }\n':
    types.ReportMoveFieldsFragmentDoc,
  '\n  fragment ReportMilestoneFields on ReportMilestone {\n    actionReference\n    actionTitle {\n      en\n      cy\n    }\n    title {\n      en\n      cy\n    }\n    dueDate\n    completedOn\n  }\n':
    types.ReportMilestoneFieldsFragmentDoc,
  '\n  fragment ReportRiskFields on ReportRisk {\n    riskId\n    reference\n    title {\n      en\n      cy\n    }\n    category\n    owner\n    current {\n      score\n      band\n    }\n    target {\n      score\n      band\n    }\n    appetite\n    aboveAppetite\n    escalatedOn\n    previous {\n      score\n    }\n    trend\n  }\n':
    types.ReportRiskFieldsFragmentDoc,
  '\n  fragment ReportMeasureFields on ReportMeasure {\n    measureId\n    reference\n    name {\n      en\n      cy\n    }\n    unit\n    latest {\n      periodLabel {\n        en\n        cy\n      }\n      value\n      target\n      quality\n      revised\n      rag\n    }\n    trend {\n      sincePrevious\n    }\n  }\n':
    types.ReportMeasureFieldsFragmentDoc,
  '\n  fragment ReportMeasureOffTargetFields on ReportMeasure {\n    ...ReportMeasureFields\n    latest {\n      ragExplanation {\n        en\n        cy\n      }\n      commentary {\n        en\n        cy\n      }\n    }\n    trend {\n      sinceBaseline\n    }\n    recent {\n      periodLabel {\n        en\n        cy\n      }\n      periodEnd\n      value\n      target\n    }\n  }\n':
    types.ReportMeasureOffTargetFieldsFragmentDoc,
  '\n  fragment CoverSheetFields on CoverSheet {\n    meetingName {\n      en\n      cy\n    }\n    meetingDate\n    agendaItem\n    author\n    executiveSponsor\n    presenter\n    purpose\n    recommendation {\n      en\n      cy\n    }\n    summary {\n      en\n      cy\n    }\n    strategicObjectives {\n      en\n      cy\n    }\n    impacts {\n      impact\n      text {\n        en\n        cy\n      }\n    }\n  }\n':
    types.CoverSheetFieldsFragmentDoc,
  '\n  query Report($id: ID!) {\n    report(id: $id) {\n      ...ReportSummaryFields\n      coverSheet {\n        ...CoverSheetFields\n      }\n      content {\n        audience\n        asOf\n        period {\n          label\n          startDate\n          endDate\n        }\n        planTitle {\n          en\n          cy\n        }\n        executiveSummary {\n          en\n          cy\n        }\n        overall {\n          ...RagCountFields\n        }\n        areas {\n          number\n          title {\n            en\n            cy\n          }\n          shortTitle {\n            en\n            cy\n          }\n          counts {\n            ...RagCountFields\n          }\n        }\n      }\n    }\n  }\n':
    types.ReportDocument,
  '\n  query ReportLists($id: ID!) {\n    report(id: $id) {\n      id\n      content {\n        movement {\n          sincePeriod\n          sinceReportId\n          improved {\n            ...ReportMoveFields\n          }\n          worsened {\n            ...ReportMoveFields\n          }\n          completed {\n            ...ReportMoveFields\n          }\n          newlyRed {\n            ...ReportMoveFields\n          }\n        }\n        exceptions {\n          ...ReportExceptionFields\n        }\n        measures {\n          endedBy\n          counts {\n            red\n            amber\n            green\n            contextual\n            noFigure\n            total\n          }\n          measures {\n            ...ReportMeasureFields\n          }\n          offTarget {\n            ...ReportMeasureOffTargetFields\n          }\n        }\n        risks {\n          asAt\n          since\n          sincePeriod\n          bands {\n            band\n            count\n          }\n          heatMap {\n            likelihood\n            consequence\n            count\n          }\n          risks {\n            ...ReportRiskFields\n          }\n          aboveAppetite {\n            riskId\n          }\n          opened {\n            riskId\n          }\n          closed {\n            ...ReportRiskFields\n          }\n          worsened {\n            riskId\n          }\n          improved {\n            riskId\n          }\n        }\n        milestonesMissed {\n          ...ReportMilestoneFields\n        }\n        milestonesDueNext {\n          ...ReportMilestoneFields\n        }\n        themes {\n          theme\n          counts {\n            ...RagCountFields\n          }\n        }\n        goalContribution {\n          goal\n          actions {\n            ...RagCountFields\n          }\n          measures {\n            red\n            amber\n            green\n            contextual\n            noFigure\n            total\n          }\n        }\n        completed {\n          actionId\n        }\n        actions {\n          ...ReportActionLineFields\n        }\n      }\n    }\n  }\n':
    types.ReportListsDocument,
  '\n  mutation CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      ...ReportSummaryFields\n    }\n  }\n':
    types.CreateReportDocument,
  '\n  mutation UpdateReport($input: UpdateReportInput!) {\n    updateReport(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.UpdateReportDocument,
  '\n  mutation IssueReport($input: ReportVersionInput!) {\n    issueReport(input: $input) {\n      ...ReportSummaryFields\n    }\n  }\n':
    types.IssueReportDocument,
  '\n  query BoardPaperSettings {\n    boardPaperSettings {\n      version\n      layout\n      classification {\n        en\n        cy\n      }\n      coverSheet {\n        ...CoverSheetFields\n      }\n    }\n  }\n':
    types.BoardPaperSettingsDocument,
  '\n  mutation UpdateBoardPaperSettings($input: UpdateBoardPaperSettingsInput!) {\n    updateBoardPaperSettings(input: $input) {\n      version\n    }\n  }\n':
    types.UpdateBoardPaperSettingsDocument,
  '\n  fragment FollowUpFields on FollowUp {\n    id\n    version\n    title {\n      en\n      cy\n    }\n    owner {\n      id\n      name\n    }\n    dueDate\n    completedOn\n    isOverdue\n  }\n':
    types.FollowUpFieldsFragmentDoc,
  '\n  query ReportReview($id: ID!) {\n    report(id: $id) {\n      id\n      review {\n        id\n        kind\n        text {\n          en\n          cy\n        }\n        authorName\n        createdAt\n        action {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n        followUps {\n          ...FollowUpFields\n        }\n      }\n    }\n  }\n':
    types.ReportReviewDocument,
  '\n  query ReviewPeople {\n    people {\n      id\n      name\n      organisation {\n        id\n        code\n      }\n    }\n  }\n':
    types.ReviewPeopleDocument,
  '\n  mutation AddReviewEntry($input: AddReviewEntryInput!) {\n    addReviewEntry(input: $input) {\n      id\n    }\n  }\n':
    types.AddReviewEntryDocument,
  '\n  query FollowUps {\n    followUps {\n      ...FollowUpFields\n      decision {\n        id\n        text {\n          en\n          cy\n        }\n        report {\n          id\n          audience\n          edition\n          reportingPeriod {\n            id\n            label\n          }\n        }\n      }\n    }\n  }\n':
    types.FollowUpsDocument,
  '\n  query MyPerson {\n    me {\n      id\n      person {\n        id\n      }\n    }\n  }\n':
    types.MyPersonDocument,
  '\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      ...FollowUpFields\n    }\n  }\n':
    types.CompleteFollowUpDocument,
  '\n  fragment RiskScoreFields on RiskScore {\n    likelihood\n    consequence\n    score\n    band\n  }\n':
    types.RiskScoreFieldsFragmentDoc,
  '\n  query RiskFilterOptions {\n    strategicAreas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n  }\n':
    types.RiskFilterOptionsDocument,
  '\n  query RiskOwnerChoices {\n    riskOwners {\n      id\n      name\n    }\n  }\n':
    types.RiskOwnerChoicesDocument,
  '\n  fragment RiskRow on Risk {\n    id\n    reference\n    kind\n    state\n    category\n    title {\n      en\n      cy\n    }\n    owner {\n      id\n      name\n    }\n    current {\n      ...RiskScoreFields\n    }\n    target {\n      score\n      band\n      date\n    }\n    nextReviewDue\n    reviewOverdue\n    escalation {\n      on\n    }\n    aboveAppetite\n    awaitingEscalation\n    # The score before the latest review: the movement since it.\n    previous {\n      score\n    }\n  }\n':
    types.RiskRowFragmentDoc,
  '\n  query Risks(\n    $first: Int!\n    $after: String\n    $areaId: ID\n    $ownerId: ID\n    $category: RiskCategory\n    $band: RiskBand\n    $escalated: Boolean\n    $aboveAppetite: Boolean\n    $reviewOverdue: Boolean\n    $state: RiskState\n    $kind: RiskKind\n  ) {\n    risks(\n      first: $first\n      after: $after\n      areaId: $areaId\n      ownerId: $ownerId\n      category: $category\n      band: $band\n      escalated: $escalated\n      aboveAppetite: $aboveAppetite\n      reviewOverdue: $reviewOverdue\n      state: $state\n      kind: $kind\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...RiskRow\n        }\n      }\n    }\n  }\n':
    types.RisksDocument,
  '\n  query RiskProfile(\n    $areaId: ID\n    $ownerId: ID\n    $category: RiskCategory\n    $band: RiskBand\n    $escalated: Boolean\n    $aboveAppetite: Boolean\n    $reviewOverdue: Boolean\n    $state: RiskState\n    $kind: RiskKind\n  ) {\n    riskProfile(\n      areaId: $areaId\n      ownerId: $ownerId\n      category: $category\n      band: $band\n      escalated: $escalated\n      aboveAppetite: $aboveAppetite\n      reviewOverdue: $reviewOverdue\n      state: $state\n      kind: $kind\n    ) {\n      total\n      aboveAppetite\n      awaitingEscalation\n      escalated\n      reviewOverdue\n      cells {\n        likelihood\n        consequence\n        count\n      }\n    }\n  }\n':
    types.RiskProfileDocument,
  '\n  fragment RiskAction on Action {\n    id\n    reference\n    title {\n      en\n      cy\n    }\n  }\n':
    types.RiskActionFragmentDoc,
  '\n  fragment RiskDetails on Risk {\n    id\n    version\n    reference\n    kind\n    state\n    category\n    title {\n      en\n      cy\n    }\n    description {\n      en\n      cy\n    }\n    controls {\n      en\n      cy\n    }\n    impact {\n      en\n      cy\n    }\n    owner {\n      id\n      name\n    }\n    areas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n    inherent {\n      ...RiskScoreFields\n    }\n    current {\n      ...RiskScoreFields\n    }\n    target {\n      likelihood\n      consequence\n      score\n      band\n      date\n    }\n    appetite\n    aboveAppetite\n    awaitingEscalation\n    reviewEveryMonths\n    nextReviewDue\n    reviewOverdue\n    escalation {\n      on\n      reason {\n        en\n        cy\n      }\n    }\n    escalatedBy {\n      id\n      name\n    }\n    closure {\n      on\n      reason {\n        en\n        cy\n      }\n      resolution {\n        en\n        cy\n      }\n    }\n    canUpdate\n    canEscalate\n    threatenedActions {\n      ...RiskAction\n    }\n    mitigatingActions {\n      ...RiskAction\n    }\n    mitigations {\n      id\n      description {\n        en\n        cy\n      }\n      owner {\n        id\n        name\n      }\n      dueDate\n      completedOn\n      overdue\n    }\n    reviews {\n      id\n      reviewedOn\n      score {\n        ...RiskScoreFields\n      }\n      reviewer {\n        id\n        name\n      }\n      commentary {\n        en\n        cy\n      }\n    }\n  }\n':
    types.RiskDetailsFragmentDoc,
  '\n  query RiskDetailsPage($id: ID!) {\n    risk(id: $id) {\n      ...RiskDetails\n    }\n  }\n':
    types.RiskDetailsPageDocument,
  '\n  mutation ReviewRisk($input: ReviewRiskInput!) {\n    reviewRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n':
    types.ReviewRiskDocument,
  '\n  mutation EscalateRisk($input: EscalateRiskInput!) {\n    escalateRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n':
    types.EscalateRiskDocument,
  '\n  mutation DeescalateRisk($input: RiskVersionInput!) {\n    deescalateRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n':
    types.DeescalateRiskDocument,
  '\n  mutation CloseRisk($input: CloseRiskInput!) {\n    closeRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n':
    types.CloseRiskDocument,
  '\n  mutation ReopenRisk($input: RiskVersionInput!) {\n    reopenRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n':
    types.ReopenRiskDocument,
  '\n  query RiskFormOptions($financialYear: String!) {\n    strategicAreas {\n      id\n      number\n      title {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      email\n    }\n    actions(filter: { financialYear: $financialYear }, first: 100) {\n      edges {\n        node {\n          ...RiskAction\n        }\n      }\n    }\n  }\n':
    types.RiskFormOptionsDocument,
  '\n  fragment EditableRisk on Risk {\n    id\n    version\n    canUpdate\n    reference\n    kind\n    category\n    title {\n      en\n      cy\n    }\n    description {\n      en\n      cy\n    }\n    controls {\n      en\n      cy\n    }\n    impact {\n      en\n      cy\n    }\n    owner {\n      id\n    }\n    areas {\n      id\n    }\n    threatenedActions {\n      ...RiskAction\n    }\n    mitigatingActions {\n      ...RiskAction\n    }\n    inherent {\n      likelihood\n      consequence\n    }\n    current {\n      likelihood\n      consequence\n    }\n    target {\n      likelihood\n      consequence\n      date\n    }\n    reviewEveryMonths\n    mitigations {\n      id\n      description {\n        en\n        cy\n      }\n      owner {\n        id\n      }\n      dueDate\n      completedOn\n    }\n  }\n':
    types.EditableRiskFragmentDoc,
  '\n  query RiskForEdit($id: ID!) {\n    risk(id: $id) {\n      ...EditableRisk\n    }\n  }\n':
    types.RiskForEditDocument,
  '\n  mutation CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      reference\n    }\n  }\n':
    types.CreateRiskDocument,
  '\n  mutation UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      ...EditableRisk\n    }\n  }\n':
    types.UpdateRiskDocument,
  '\n  query RaiseFromUpdateSource($actionId: ID!) {\n    action(id: $actionId) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      statusHistory {\n        id\n        submittedAt\n        reportingPeriod {\n          id\n          label\n        }\n        risks {\n          en\n          cy\n        }\n        raisedRisks {\n          id\n          reference\n        }\n      }\n    }\n  }\n':
    types.RaiseFromUpdateSourceDocument,
  '\n  mutation RaiseRiskFromUpdate($input: RaiseRiskFromUpdateInput!) {\n    raiseRiskFromUpdate(input: $input) {\n      id\n      reference\n    }\n  }\n':
    types.RaiseRiskFromUpdateDocument,
  '\n  query RiskAppetites {\n    riskAppetites {\n      category\n      appetite\n      version\n    }\n  }\n':
    types.RiskAppetitesDocument,
  '\n  mutation SetRiskAppetite($input: SetRiskAppetiteInput!) {\n    setRiskAppetite(input: $input) {\n      category\n      appetite\n      version\n    }\n  }\n':
    types.SetRiskAppetiteDocument,
  '\n  fragment RoundProgressFields on RoundProgress {\n    expected\n    updated\n    outstanding\n  }\n':
    types.RoundProgressFieldsFragmentDoc,
  '\n  query UpdateRoundSummary($reportingPeriodId: ID!) {\n    updateRound(reportingPeriodId: $reportingPeriodId) {\n      reportingPeriod {\n        id\n        label\n        state\n        closedAt\n        updateDeadline\n      }\n      overall {\n        ...RoundProgressFields\n      }\n      areas {\n        area {\n          id\n          number\n          shortTitle {\n            en\n            cy\n          }\n        }\n        progress {\n          ...RoundProgressFields\n        }\n      }\n      organisations {\n        organisation {\n          id\n          code\n          name {\n            en\n            cy\n          }\n        }\n        progress {\n          ...RoundProgressFields\n        }\n      }\n      figures {\n        overall {\n          ...RoundProgressFields\n        }\n      }\n      riskReviews {\n        overall {\n          ...RoundProgressFields\n        }\n      }\n    }\n  }\n':
    types.UpdateRoundSummaryDocument,
  '\n  query UpdateRoundLists($reportingPeriodId: ID!) {\n    updateRound(reportingPeriodId: $reportingPeriodId) {\n      people {\n        person {\n          id\n          name\n        }\n        progress {\n          ...RoundProgressFields\n        }\n      }\n      outstandingActions {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n        owners {\n          id\n          name\n        }\n      }\n      figures {\n        people {\n          person {\n            id\n            name\n          }\n          progress {\n            ...RoundProgressFields\n          }\n        }\n        outstanding {\n          measure {\n            id\n            reference\n            name {\n              en\n              cy\n            }\n            owner {\n              id\n              name\n            }\n          }\n          periodStart\n          periodLabel {\n            en\n            cy\n          }\n          given\n        }\n      }\n      riskReviews {\n        people {\n          person {\n            id\n            name\n          }\n          progress {\n            ...RoundProgressFields\n          }\n        }\n        outstanding {\n          ...RiskSummaryFields\n          nextReviewDue\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.UpdateRoundListsDocument,
  '\n  mutation SendUpdateReminders($reportingPeriodId: ID!) {\n    sendUpdateReminders(reportingPeriodId: $reportingPeriodId) {\n      peopleReminded\n      actionsOutstanding\n      figuresOutstanding\n      riskReviewsOutstanding\n    }\n  }\n':
    types.SendUpdateRemindersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AccountSummary on User {\n    id\n    email\n    role\n    disabled\n    invitationPending\n    lastSignedInAt\n    version\n    person {\n      id\n      name\n      organisation {\n        id\n        name {\n          en\n          cy\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AccountSummary on User {\n    id\n    email\n    role\n    disabled\n    invitationPending\n    lastSignedInAt\n    version\n    person {\n      id\n      name\n      organisation {\n        id\n        name {\n          en\n          cy\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Accounts($filter: UserFilterInput) {\n    users(filter: $filter) {\n      ...AccountSummary\n    }\n  }\n',
): (typeof documents)['\n  query Accounts($filter: UserFilterInput) {\n    users(filter: $filter) {\n      ...AccountSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountChoices {\n    organisations {\n      id\n      name {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      email\n    }\n  }\n',
): (typeof documents)['\n  query AccountChoices {\n    organisations {\n      id\n      name {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Account($id: ID!) {\n    user(id: $id) {\n      ...AccountSummary\n      openActionsOwned {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Account($id: ID!) {\n    user(id: $id) {\n      ...AccountSummary\n      openActionsOwned {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...AccountSummary\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...AccountSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AccountSummary\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AccountSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendInvitation($input: AccountVersionInput!) {\n    resendInvitation(input: $input) {\n      ...AccountSummary\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendInvitation($input: AccountVersionInput!) {\n    resendInvitation(input: $input) {\n      ...AccountSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      ...AccountSummary\n      openActionsOwned {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      ...AccountSummary\n      openActionsOwned {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReactivateUser($input: AccountVersionInput!) {\n    reactivateUser(input: $input) {\n      ...AccountSummary\n    }\n  }\n',
): (typeof documents)['\n  mutation ReactivateUser($input: AccountVersionInput!) {\n    reactivateUser(input: $input) {\n      ...AccountSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RiskSummaryFields on Risk {\n    id\n    reference\n    title {\n      en\n      cy\n    }\n    current {\n      score\n      band\n    }\n  }\n',
): (typeof documents)['\n  fragment RiskSummaryFields on Risk {\n    id\n    reference\n    title {\n      en\n      cy\n    }\n    current {\n      score\n      band\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyAccount {\n    me {\n      id\n      permissions\n      person {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyAccount {\n    me {\n      id\n      permissions\n      person {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingContext {\n    currentReportingPeriod {\n      id\n      label\n      financialYear\n      updateDeadline\n    }\n  }\n',
): (typeof documents)['\n  query ReportingContext {\n    currentReportingPeriod {\n      id\n      label\n      financialYear\n      updateDeadline\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingRound {\n    currentReportingPeriod {\n      id\n      label\n      financialYear\n      updateDeadline\n      state\n      closedAt\n      figuresDue(mine: true) {\n        measure {\n          id\n          reference\n          name {\n            en\n            cy\n          }\n        }\n        periodStart\n        periodLabel {\n          en\n          cy\n        }\n      }\n      riskReviewsDue(mine: true) {\n        ...RiskSummaryFields\n        nextReviewDue\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportingRound {\n    currentReportingPeriod {\n      id\n      label\n      financialYear\n      updateDeadline\n      state\n      closedAt\n      figuresDue(mine: true) {\n        measure {\n          id\n          reference\n          name {\n            en\n            cy\n          }\n        }\n        periodStart\n        periodLabel {\n          en\n          cy\n        }\n      }\n      riskReviewsDue(mine: true) {\n        ...RiskSummaryFields\n        nextReviewDue\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OverdueFacts on Action {\n    isOverdue\n    dueDate\n    milestones {\n      id\n      title {\n        en\n        cy\n      }\n      dueDate\n      completedOn\n    }\n  }\n',
): (typeof documents)['\n  fragment OverdueFacts on Action {\n    isOverdue\n    dueDate\n    milestones {\n      id\n      title {\n        en\n        cy\n      }\n      dueDate\n      completedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyActions($financialYear: String!, $personId: ID!, $reportingPeriodId: ID!) {\n    actions(filter: { financialYear: $financialYear, responsiblePersonId: $personId }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          currentStatus {\n            id\n            rag\n          }\n          statusInPeriod(reportingPeriodId: $reportingPeriodId) {\n            id\n          }\n          ...OverdueFacts\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyActions($financialYear: String!, $personId: ID!, $reportingPeriodId: ID!) {\n    actions(filter: { financialYear: $financialYear, responsiblePersonId: $personId }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          currentStatus {\n            id\n            rag\n          }\n          statusInPeriod(reportingPeriodId: $reportingPeriodId) {\n            id\n          }\n          ...OverdueFacts\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionForUpdate($id: ID!) {\n    action(id: $id) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      owners {\n        id\n      }\n      delegates {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActionForUpdate($id: ID!) {\n    action(id: $id) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      owners {\n        id\n      }\n      delegates {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitStatusUpdate($input: SubmitStatusUpdateInput!) {\n    submitStatusUpdate(input: $input) {\n      id\n      rag\n      percentComplete\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitStatusUpdate($input: SubmitStatusUpdateInput!) {\n    submitStatusUpdate(input: $input) {\n      id\n      rag\n      percentComplete\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionDetails($id: ID!) {\n    action(id: $id) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n      area {\n        id\n        number\n        title {\n          en\n          cy\n        }\n      }\n      leadOrganisation\n      startDate\n      dueDate\n      isOverdue\n      themes\n      wellBeingGoals\n      waysOfWorking\n      owners {\n        id\n        name\n      }\n      delegates {\n        id\n        name\n      }\n      milestones {\n        id\n        title {\n          en\n          cy\n        }\n        dueDate\n        completedOn\n      }\n      risks {\n        ...RiskSummaryFields\n      }\n      statusHistory {\n        id\n        rag\n        percentComplete\n        commentary {\n          en\n          cy\n        }\n        author {\n          id\n          name\n        }\n        risks {\n          en\n          cy\n        }\n        raisedRisks {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n        submittedAt\n        reportingPeriod {\n          id\n          label\n          startDate\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActionDetails($id: ID!) {\n    action(id: $id) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n      area {\n        id\n        number\n        title {\n          en\n          cy\n        }\n      }\n      leadOrganisation\n      startDate\n      dueDate\n      isOverdue\n      themes\n      wellBeingGoals\n      waysOfWorking\n      owners {\n        id\n        name\n      }\n      delegates {\n        id\n        name\n      }\n      milestones {\n        id\n        title {\n          en\n          cy\n        }\n        dueDate\n        completedOn\n      }\n      risks {\n        ...RiskSummaryFields\n      }\n      statusHistory {\n        id\n        rag\n        percentComplete\n        commentary {\n          en\n          cy\n        }\n        author {\n          id\n          name\n        }\n        risks {\n          en\n          cy\n        }\n        raisedRisks {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n        submittedAt\n        reportingPeriod {\n          id\n          label\n          startDate\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionAuditTrail($id: ID!) {\n    auditTrail(entityType: "Action", entityId: $id) {\n      id\n      action\n      actorEmail\n      occurredAt\n      changes {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActionAuditTrail($id: ID!) {\n    auditTrail(entityType: "Action", entityId: $id) {\n      id\n      action\n      actorEmail\n      occurredAt\n      changes {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StrategicArea($number: Int!) {\n    strategicArea(number: $number) {\n      id\n      number\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StrategicArea($number: Int!) {\n    strategicArea(number: $number) {\n      id\n      number\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AreaActions($filter: ActionFilter!, $sort: ActionSort) {\n    actions(filter: $filter, sort: $sort, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          leadOrganisation\n          owners {\n            id\n            name\n          }\n          currentStatus {\n            id\n            rag\n          }\n          ...OverdueFacts\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AreaActions($filter: ActionFilter!, $sort: ActionSort) {\n    actions(filter: $filter, sort: $sort, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          leadOrganisation\n          owners {\n            id\n            name\n          }\n          currentStatus {\n            id\n            rag\n          }\n          ...OverdueFacts\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AreaTexts on StrategicArea {\n    id\n    number\n    version\n    title {\n      en\n      cy\n    }\n    shortTitle {\n      en\n      cy\n    }\n    description {\n      en\n      cy\n    }\n  }\n',
): (typeof documents)['\n  fragment AreaTexts on StrategicArea {\n    id\n    number\n    version\n    title {\n      en\n      cy\n    }\n    shortTitle {\n      en\n      cy\n    }\n    description {\n      en\n      cy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AreasForEditing {\n    strategicAreas {\n      ...AreaTexts\n    }\n  }\n',
): (typeof documents)['\n  query AreasForEditing {\n    strategicAreas {\n      ...AreaTexts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateStrategicArea($input: UpdateStrategicAreaInput!) {\n    updateStrategicArea(input: $input) {\n      ...AreaTexts\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateStrategicArea($input: UpdateStrategicAreaInput!) {\n    updateStrategicArea(input: $input) {\n      ...AreaTexts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          actorEmail\n          action\n          entityType\n          entityId\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          actorEmail\n          action\n          entityType\n          entityId\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLogChoices {\n    auditRecordTypes\n    users {\n      id\n      email\n    }\n  }\n',
): (typeof documents)['\n  query AuditLogChoices {\n    auditRecordTypes\n    users {\n      id\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    preferredLanguage\n  }\n',
): (typeof documents)['\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    preferredLanguage\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountLink($token: String!) {\n    accountLink(token: $token) {\n      email\n      purpose\n    }\n  }\n',
): (typeof documents)['\n  query AccountLink($token: String!) {\n    accountLink(token: $token) {\n      email\n      purpose\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DirectoryOrganisation on Organisation {\n    id\n    code\n    type\n    version\n    name {\n      en\n      cy\n    }\n  }\n',
): (typeof documents)['\n  fragment DirectoryOrganisation on Organisation {\n    id\n    code\n    type\n    version\n    name {\n      en\n      cy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DirectoryPerson on Person {\n    id\n    name\n    email\n    version\n    jobTitle {\n      en\n      cy\n    }\n    organisation {\n      ...DirectoryOrganisation\n    }\n  }\n',
): (typeof documents)['\n  fragment DirectoryPerson on Person {\n    id\n    name\n    email\n    version\n    jobTitle {\n      en\n      cy\n    }\n    organisation {\n      ...DirectoryOrganisation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Directory {\n    people {\n      ...DirectoryPerson\n    }\n    organisations {\n      ...DirectoryOrganisation\n    }\n  }\n',
): (typeof documents)['\n  query Directory {\n    people {\n      ...DirectoryPerson\n    }\n    organisations {\n      ...DirectoryOrganisation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...DirectoryPerson\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...DirectoryPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...DirectoryPerson\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...DirectoryPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergePeople($input: MergePeopleInput!) {\n    mergePeople(input: $input) {\n      ...DirectoryPerson\n    }\n  }\n',
): (typeof documents)['\n  mutation MergePeople($input: MergePeopleInput!) {\n    mergePeople(input: $input) {\n      ...DirectoryPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...DirectoryOrganisation\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...DirectoryOrganisation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...DirectoryOrganisation\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...DirectoryOrganisation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanImportResult on PlanImport {\n    fileName\n    newCount\n    changedCount\n    unchangedCount\n    errorCount\n    imported\n    rows {\n      row\n      reference\n      status\n      changes\n      problems {\n        cell\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PlanImportResult on PlanImport {\n    fileName\n    newCount\n    changedCount\n    unchangedCount\n    errorCount\n    imported\n    rows {\n      row\n      reference\n      status\n      changes\n      problems {\n        cell\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanImportPreview($input: PlanImportInput!) {\n    preview: planImportPreview(input: $input) {\n      ...PlanImportResult\n    }\n  }\n',
): (typeof documents)['\n  query PlanImportPreview($input: PlanImportInput!) {\n    preview: planImportPreview(input: $input) {\n      ...PlanImportResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportPlan($input: PlanImportInput!) {\n    imported: importPlan(input: $input) {\n      ...PlanImportResult\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportPlan($input: PlanImportInput!) {\n    imported: importPlan(input: $input) {\n      ...PlanImportResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatusUpdateImportPreview($input: PlanImportInput!) {\n    preview: statusUpdateImportPreview(input: $input) {\n      ...PlanImportResult\n    }\n  }\n',
): (typeof documents)['\n  query StatusUpdateImportPreview($input: PlanImportInput!) {\n    preview: statusUpdateImportPreview(input: $input) {\n      ...PlanImportResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportStatusUpdates($input: PlanImportInput!) {\n    imported: importStatusUpdates(input: $input) {\n      ...PlanImportResult\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportStatusUpdates($input: PlanImportInput!) {\n    imported: importStatusUpdates(input: $input) {\n      ...PlanImportResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeasureValueImportPreview($input: ImportFileInput!) {\n    preview: measureValueImportPreview(input: $input) {\n      ...PlanImportResult\n    }\n  }\n',
): (typeof documents)['\n  query MeasureValueImportPreview($input: ImportFileInput!) {\n    preview: measureValueImportPreview(input: $input) {\n      ...PlanImportResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportMeasureValues($input: ImportFileInput!) {\n    imported: importMeasureValues(input: $input) {\n      ...PlanImportResult\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportMeasureValues($input: ImportFileInput!) {\n    imported: importMeasureValues(input: $input) {\n      ...PlanImportResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPreferredLanguage($language: Language!) {\n    setPreferredLanguage(language: $language) {\n      ...CurrentUser\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPreferredLanguage($language: Language!) {\n    setPreferredLanguage(language: $language) {\n      ...CurrentUser\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeasureFigure on MeasureValue {\n    id\n    periodStart\n    periodEnd\n    periodLabel {\n      en\n      cy\n    }\n    value\n    quality\n    revised\n    target\n    rag\n  }\n',
): (typeof documents)['\n  fragment MeasureFigure on MeasureValue {\n    id\n    periodStart\n    periodEnd\n    periodLabel {\n      en\n      cy\n    }\n    value\n    quality\n    revised\n    target\n    rag\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeasureAreas {\n    strategicAreas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeasureAreas {\n    strategicAreas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeasureRow on Measure {\n    id\n    reference\n    name {\n      en\n      cy\n    }\n    unit\n    direction\n    frequency\n    contextual\n    areas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n    latest {\n      ...MeasureFigure\n    }\n    trend {\n      sincePrevious\n      sinceBaseline\n    }\n    recentFigures {\n      periodStart\n      periodLabel {\n        en\n        cy\n      }\n      value\n    }\n  }\n',
): (typeof documents)['\n  fragment MeasureRow on Measure {\n    id\n    reference\n    name {\n      en\n      cy\n    }\n    unit\n    direction\n    frequency\n    contextual\n    areas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n    latest {\n      ...MeasureFigure\n    }\n    trend {\n      sincePrevious\n      sinceBaseline\n    }\n    recentFigures {\n      periodStart\n      periodLabel {\n        en\n        cy\n      }\n      value\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeasurePage($areaId: ID, $wellBeingGoals: [WellBeingGoal!], $offset: Int!, $limit: Int!) {\n    measurePage(areaId: $areaId, wellBeingGoals: $wellBeingGoals, offset: $offset, limit: $limit) {\n      totalCount\n      measures {\n        ...MeasureRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeasurePage($areaId: ID, $wellBeingGoals: [WellBeingGoal!], $offset: Int!, $limit: Int!) {\n    measurePage(areaId: $areaId, wellBeingGoals: $wellBeingGoals, offset: $offset, limit: $limit) {\n      totalCount\n      measures {\n        ...MeasureRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeasureDetails($id: ID!) {\n    measure(id: $id) {\n      id\n      reference\n      name {\n        en\n        cy\n      }\n      definition {\n        en\n        cy\n      }\n      calculation {\n        en\n        cy\n      }\n      dataSource {\n        en\n        cy\n      }\n      unit\n      direction\n      frequency\n      themes\n      wellBeingGoals\n      waysOfWorking\n      contextual\n      canReportFigures\n      tolerance {\n        amber\n        red\n      }\n      baseline {\n        value\n        date\n      }\n      targets {\n        financialYear\n        value\n      }\n      owner {\n        id\n        name\n      }\n      areas {\n        id\n        number\n        shortTitle {\n          en\n          cy\n        }\n      }\n      trend {\n        sincePrevious\n        sinceBaseline\n      }\n      values {\n        ...MeasureFigure\n        ragExplanation {\n          en\n          cy\n        }\n        commentary {\n          en\n          cy\n        }\n        notAvailableReason {\n          en\n          cy\n        }\n        breakdowns {\n          label {\n            en\n            cy\n          }\n          value\n        }\n      }\n      revisions {\n        ...MeasureFigure\n        submittedAt\n        author {\n          id\n          name\n        }\n      }\n      actions {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n        currentStatus {\n          id\n          rag\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeasureDetails($id: ID!) {\n    measure(id: $id) {\n      id\n      reference\n      name {\n        en\n        cy\n      }\n      definition {\n        en\n        cy\n      }\n      calculation {\n        en\n        cy\n      }\n      dataSource {\n        en\n        cy\n      }\n      unit\n      direction\n      frequency\n      themes\n      wellBeingGoals\n      waysOfWorking\n      contextual\n      canReportFigures\n      tolerance {\n        amber\n        red\n      }\n      baseline {\n        value\n        date\n      }\n      targets {\n        financialYear\n        value\n      }\n      owner {\n        id\n        name\n      }\n      areas {\n        id\n        number\n        shortTitle {\n          en\n          cy\n        }\n      }\n      trend {\n        sincePrevious\n        sinceBaseline\n      }\n      values {\n        ...MeasureFigure\n        ragExplanation {\n          en\n          cy\n        }\n        commentary {\n          en\n          cy\n        }\n        notAvailableReason {\n          en\n          cy\n        }\n        breakdowns {\n          label {\n            en\n            cy\n          }\n          value\n        }\n      }\n      revisions {\n        ...MeasureFigure\n        submittedAt\n        author {\n          id\n          name\n        }\n      }\n      actions {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n        currentStatus {\n          id\n          rag\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeasureForReport($id: ID!) {\n    measure(id: $id) {\n      id\n      reference\n      name {\n        en\n        cy\n      }\n      unit\n      frequency\n      canReportFigures\n      targets {\n        financialYear\n      }\n      values {\n        ...MeasureFigure\n        submittedAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeasureForReport($id: ID!) {\n    measure(id: $id) {\n      id\n      reference\n      name {\n        en\n        cy\n      }\n      unit\n      frequency\n      canReportFigures\n      targets {\n        financialYear\n      }\n      values {\n        ...MeasureFigure\n        submittedAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitMeasureValue($input: SubmitMeasureValueInput!) {\n    submitMeasureValue(input: $input) {\n      ...MeasureFigure\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitMeasureValue($input: SubmitMeasureValueInput!) {\n    submitMeasureValue(input: $input) {\n      ...MeasureFigure\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeasuresSummary {\n    measuresSummary {\n      counts {\n        red\n        amber\n        green\n        contextual\n        noFigure\n        total\n      }\n      worsened {\n        id\n        reference\n        name {\n          en\n          cy\n        }\n        unit\n        latest {\n          ...MeasureFigure\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeasuresSummary {\n    measuresSummary {\n      counts {\n        red\n        amber\n        green\n        contextual\n        noFigure\n        total\n      }\n      worsened {\n        id\n        reference\n        name {\n          en\n          cy\n        }\n        unit\n        latest {\n          ...MeasureFigure\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeasureFormOptions {\n    strategicAreas {\n      id\n      number\n      title {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      email\n    }\n  }\n',
): (typeof documents)['\n  query MeasureFormOptions {\n    strategicAreas {\n      id\n      number\n      title {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeasureForEdit($id: ID!) {\n    measure(id: $id) {\n      ...EditableMeasure\n    }\n  }\n',
): (typeof documents)['\n  query MeasureForEdit($id: ID!) {\n    measure(id: $id) {\n      ...EditableMeasure\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditableMeasure on Measure {\n    id\n    version\n    reference\n    name {\n      en\n      cy\n    }\n    definition {\n      en\n      cy\n    }\n    calculation {\n      en\n      cy\n    }\n    dataSource {\n      en\n      cy\n    }\n    unit\n    direction\n    frequency\n    themes\n    wellBeingGoals\n    waysOfWorking\n    owner {\n      id\n    }\n    areas {\n      id\n    }\n    tolerance {\n      amber\n      red\n    }\n    baseline {\n      value\n      date\n    }\n    targets {\n      financialYear\n      value\n    }\n  }\n',
): (typeof documents)['\n  fragment EditableMeasure on Measure {\n    id\n    version\n    reference\n    name {\n      en\n      cy\n    }\n    definition {\n      en\n      cy\n    }\n    calculation {\n      en\n      cy\n    }\n    dataSource {\n      en\n      cy\n    }\n    unit\n    direction\n    frequency\n    themes\n    wellBeingGoals\n    waysOfWorking\n    owner {\n      id\n    }\n    areas {\n      id\n    }\n    tolerance {\n      amber\n      red\n    }\n    baseline {\n      value\n      date\n    }\n    targets {\n      financialYear\n      value\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateMeasure($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      id\n      reference\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateMeasure($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      id\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...EditableMeasure\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...EditableMeasure\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingRow on Meeting {\n    id\n    title {\n      en\n      cy\n    }\n    startsAt\n    endsAt\n    location\n    onlineLink\n    state\n    forum {\n      id\n      kind\n      name {\n        en\n        cy\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment MeetingRow on Meeting {\n    id\n    title {\n      en\n      cy\n    }\n    startsAt\n    endsAt\n    location\n    onlineLink\n    state\n    forum {\n      id\n      kind\n      name {\n        en\n        cy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ForumChoices {\n    forums {\n      id\n      kind\n      active\n      name {\n        en\n        cy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ForumChoices {\n    forums {\n      id\n      kind\n      active\n      name {\n        en\n        cy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Meetings($forumId: ID, $from: DateTime, $to: DateTime) {\n    meetings(forumId: $forumId, from: $from, to: $to) {\n      ...MeetingRow\n    }\n  }\n',
): (typeof documents)['\n  query Meetings($forumId: ID, $from: DateTime, $to: DateTime) {\n    meetings(forumId: $forumId, from: $from, to: $to) {\n      ...MeetingRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingSchedule($forumId: ID, $pastOffset: Int!, $pastLimit: Int!) {\n    meetingSchedule(forumId: $forumId, pastOffset: $pastOffset, pastLimit: $pastLimit) {\n      upcoming {\n        ...MeetingRow\n      }\n      past {\n        ...MeetingRow\n      }\n      pastCount\n    }\n  }\n',
): (typeof documents)['\n  query MeetingSchedule($forumId: ID, $pastOffset: Int!, $pastLimit: Int!) {\n    meetingSchedule(forumId: $forumId, pastOffset: $pastOffset, pastLimit: $pastLimit) {\n      upcoming {\n        ...MeetingRow\n      }\n      past {\n        ...MeetingRow\n      }\n      pastCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingDetails($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingRow\n      version\n      noticeSentAt\n      noticeSequence\n      minutesApprovedAt\n      minutesApprovedBy {\n        id\n        name\n      }\n      minutesVisible\n      canManage\n      canApprove\n      canSendApologies\n      forum {\n        id\n        members {\n          id\n          isChair\n          leftOn\n          person {\n            id\n            name\n          }\n          representing {\n            id\n            name {\n              en\n              cy\n            }\n          }\n        }\n      }\n      agenda {\n        id\n        version\n        position\n        title {\n          en\n          cy\n        }\n        minutes {\n          en\n          cy\n        }\n        presenter {\n          id\n          name\n        }\n        report {\n          id\n          audience\n          edition\n          reportingPeriod {\n            id\n            label\n          }\n        }\n        actions {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n        measures {\n          id\n          reference\n          name {\n            en\n            cy\n          }\n        }\n        risks {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n      }\n      attendance {\n        id\n        status\n        deputyName\n        member {\n          id\n        }\n      }\n      decisions {\n        id\n        kind\n        text {\n          en\n          cy\n        }\n        followUps {\n          ...FollowUpFields\n        }\n      }\n      carriedCommitments {\n        ...FollowUpFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeetingDetails($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingRow\n      version\n      noticeSentAt\n      noticeSequence\n      minutesApprovedAt\n      minutesApprovedBy {\n        id\n        name\n      }\n      minutesVisible\n      canManage\n      canApprove\n      canSendApologies\n      forum {\n        id\n        members {\n          id\n          isChair\n          leftOn\n          person {\n            id\n            name\n          }\n          representing {\n            id\n            name {\n              en\n              cy\n            }\n          }\n        }\n      }\n      agenda {\n        id\n        version\n        position\n        title {\n          en\n          cy\n        }\n        minutes {\n          en\n          cy\n        }\n        presenter {\n          id\n          name\n        }\n        report {\n          id\n          audience\n          edition\n          reportingPeriod {\n            id\n            label\n          }\n        }\n        actions {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n        measures {\n          id\n          reference\n          name {\n            en\n            cy\n          }\n        }\n        risks {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n      }\n      attendance {\n        id\n        status\n        deputyName\n        member {\n          id\n        }\n      }\n      decisions {\n        id\n        kind\n        text {\n          en\n          cy\n        }\n        followUps {\n          ...FollowUpFields\n        }\n      }\n      carriedCommitments {\n        ...FollowUpFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IssuedReports {\n    reports {\n      id\n      state\n      audience\n      edition\n      reportingPeriod {\n        id\n        label\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IssuedReports {\n    reports {\n      id\n      state\n      audience\n      edition\n      reportingPeriod {\n        id\n        label\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {\n    moveAgendaItem(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {\n    moveAgendaItem(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveAgendaItem($input: MeetingsVersionInput!) {\n    removeAgendaItem(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveAgendaItem($input: MeetingsVersionInput!) {\n    removeAgendaItem(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAgendaItemMinutes($input: AgendaItemMinutesInput!) {\n    updateAgendaItemMinutes(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAgendaItemMinutes($input: AgendaItemMinutesInput!) {\n    updateAgendaItemMinutes(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkMeetingHeld($input: MeetingsVersionInput!) {\n    markMeetingHeld(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkMeetingHeld($input: MeetingsVersionInput!) {\n    markMeetingHeld(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelMeeting($input: MeetingsVersionInput!) {\n    cancelMeeting(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelMeeting($input: MeetingsVersionInput!) {\n    cancelMeeting(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveMinutes($input: MeetingsVersionInput!) {\n    approveMinutes(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveMinutes($input: MeetingsVersionInput!) {\n    approveMinutes(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendApologies($meetingId: ID!) {\n    sendApologies(meetingId: $meetingId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SendApologies($meetingId: ID!) {\n    sendApologies(meetingId: $meetingId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {\n    recordMeetingDecision(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {\n    recordMeetingDecision(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendMeetingNotice($meetingId: ID!) {\n    sendMeetingNotice(meetingId: $meetingId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SendMeetingNotice($meetingId: ID!) {\n    sendMeetingNotice(meetingId: $meetingId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendBriefingNote($meetingId: ID!) {\n    sendBriefingNote(meetingId: $meetingId)\n  }\n',
): (typeof documents)['\n  mutation SendBriefingNote($meetingId: ID!) {\n    sendBriefingNote(meetingId: $meetingId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingsAudit($forumId: ID, $from: String!, $to: String!) {\n    attendanceAudit(forumId: $forumId, from: $from, to: $to) {\n      forumId\n      forumName {\n        en\n        cy\n      }\n      figures {\n        ...AttendanceFigureFields\n      }\n      organisations {\n        organisationId\n        organisationName {\n          en\n          cy\n        }\n        figures {\n          ...AttendanceFigureFields\n        }\n      }\n      members {\n        memberId\n        personName\n        figures {\n          ...AttendanceFigureFields\n        }\n      }\n    }\n    commitmentsKept(forumId: $forumId, from: $from, to: $to) {\n      forumId\n      forumName {\n        en\n        cy\n      }\n      total\n      doneOnTime\n      doneLate\n      open\n      overdue\n    }\n  }\n',
): (typeof documents)['\n  query MeetingsAudit($forumId: ID, $from: String!, $to: String!) {\n    attendanceAudit(forumId: $forumId, from: $from, to: $to) {\n      forumId\n      forumName {\n        en\n        cy\n      }\n      figures {\n        ...AttendanceFigureFields\n      }\n      organisations {\n        organisationId\n        organisationName {\n          en\n          cy\n        }\n        figures {\n          ...AttendanceFigureFields\n        }\n      }\n      members {\n        memberId\n        personName\n        figures {\n          ...AttendanceFigureFields\n        }\n      }\n    }\n    commitmentsKept(forumId: $forumId, from: $from, to: $to) {\n      forumId\n      forumName {\n        en\n        cy\n      }\n      total\n      doneOnTime\n      doneLate\n      open\n      overdue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AttendanceFigureFields on AttendanceFigures {\n    meetings\n    present\n    represented\n    apologies\n    absent\n    attendanceRate\n    deputies\n    longestMissedRun\n    flagged\n  }\n',
): (typeof documents)['\n  fragment AttendanceFigureFields on AttendanceFigures {\n    meetings\n    present\n    represented\n    apologies\n    absent\n    attendanceRate\n    deputies\n    longestMissedRun\n    flagged\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ForumsAdmin {\n    forums {\n      id\n      version\n      kind\n      active\n      name {\n        en\n        cy\n      }\n      purpose {\n        en\n        cy\n      }\n      members {\n        id\n        version\n        isChair\n        joinedOn\n        leftOn\n        person {\n          id\n          name\n        }\n        representing {\n          id\n          name {\n            en\n            cy\n          }\n        }\n      }\n    }\n    people {\n      id\n      name\n      organisation {\n        id\n      }\n    }\n    organisations {\n      id\n      name {\n        en\n        cy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ForumsAdmin {\n    forums {\n      id\n      version\n      kind\n      active\n      name {\n        en\n        cy\n      }\n      purpose {\n        en\n        cy\n      }\n      members {\n        id\n        version\n        isChair\n        joinedOn\n        leftOn\n        person {\n          id\n          name\n        }\n        representing {\n          id\n          name {\n            en\n            cy\n          }\n        }\n      }\n    }\n    people {\n      id\n      name\n      organisation {\n        id\n      }\n    }\n    organisations {\n      id\n      name {\n        en\n        cy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateForum($input: UpdateForumInput!) {\n    updateForum(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateForum($input: UpdateForumInput!) {\n    updateForum(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateForumMember($input: UpdateForumMemberInput!) {\n    updateForumMember(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateForumMember($input: UpdateForumMemberInput!) {\n    updateForumMember(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddForumMember($input: AddForumMemberInput!) {\n    addForumMember(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddForumMember($input: AddForumMemberInput!) {\n    addForumMember(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndForumMembership($input: EndForumMembershipInput!) {\n    endForumMembership(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation EndForumMembership($input: EndForumMembershipInput!) {\n    endForumMembership(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationCount {\n    myNotifications(first: 1) {\n      unreadCount\n    }\n  }\n',
): (typeof documents)['\n  query NotificationCount {\n    myNotifications(first: 1) {\n      unreadCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      unreadCount\n      notifications {\n        id\n        kind\n        subject {\n          en\n          cy\n        }\n        body {\n          en\n          cy\n        }\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      unreadCount\n      notifications {\n        id\n        kind\n        subject {\n          en\n          cy\n        }\n        body {\n          en\n          cy\n        }\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RagCountFields on RagCounts {\n    red\n    amber\n    green\n    notStarted\n    complete\n    noUpdate\n    total\n  }\n',
): (typeof documents)['\n  fragment RagCountFields on RagCounts {\n    red\n    amber\n    green\n    notStarted\n    complete\n    noUpdate\n    total\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RagMovementCountFields on RagMovementCounts {\n    improved\n    worsened\n    unchanged\n    newlyRed\n    newlyComplete\n    notCompared\n  }\n',
): (typeof documents)['\n  fragment RagMovementCountFields on RagMovementCounts {\n    improved\n    worsened\n    unchanged\n    newlyRed\n    newlyComplete\n    notCompared\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CurrentProgressSummary {\n    currentProgressSummary {\n      asOf\n      reportingPeriod {\n        id\n        label\n        startDate\n        endDate\n        updateDeadline\n        state\n        closedAt\n      }\n      plan {\n        id\n        financialYear\n      }\n      overall {\n        ...RagCountFields\n      }\n      areas {\n        area {\n          id\n          number\n          shortTitle {\n            en\n            cy\n          }\n        }\n        counts {\n          ...RagCountFields\n        }\n        movement {\n          ...RagMovementCountFields\n        }\n      }\n      movement {\n        previousPeriod {\n          id\n          label\n        }\n        counts {\n          ...RagMovementCountFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CurrentProgressSummary {\n    currentProgressSummary {\n      asOf\n      reportingPeriod {\n        id\n        label\n        startDate\n        endDate\n        updateDeadline\n        state\n        closedAt\n      }\n      plan {\n        id\n        financialYear\n      }\n      overall {\n        ...RagCountFields\n      }\n      areas {\n        area {\n          id\n          number\n          shortTitle {\n            en\n            cy\n          }\n        }\n        counts {\n          ...RagCountFields\n        }\n        movement {\n          ...RagMovementCountFields\n        }\n      }\n      movement {\n        previousPeriod {\n          id\n          label\n        }\n        counts {\n          ...RagMovementCountFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CurrentProgressLists {\n    currentProgressSummary {\n      movement {\n        changes {\n          action {\n            id\n            reference\n            title {\n              en\n              cy\n            }\n          }\n          previous\n          current\n          direction\n        }\n      }\n      overdueMilestones {\n        id\n        dueDate\n        title {\n          en\n          cy\n        }\n        action {\n          id\n          reference\n        }\n      }\n      actionsWithoutUpdate {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CurrentProgressLists {\n    currentProgressSummary {\n      movement {\n        changes {\n          action {\n            id\n            reference\n            title {\n              en\n              cy\n            }\n          }\n          previous\n          current\n          direction\n        }\n      }\n      overdueMilestones {\n        id\n        dueDate\n        title {\n          en\n          cy\n        }\n        action {\n          id\n          reference\n        }\n      }\n      actionsWithoutUpdate {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EngagementFields on EngagementRecord {\n    id\n    subjectKind\n    subjectId\n    engagedOn\n    forumId\n    meetingId\n    outcome\n    consultedOn {\n      en\n      cy\n    }\n    agreed {\n      en\n      cy\n    }\n    disagreement {\n      en\n      cy\n    }\n    nextSteps {\n      en\n      cy\n    }\n    partners {\n      id\n      code\n      name {\n        en\n        cy\n      }\n    }\n    version\n  }\n',
): (typeof documents)['\n  fragment EngagementFields on EngagementRecord {\n    id\n    subjectKind\n    subjectId\n    engagedOn\n    forumId\n    meetingId\n    outcome\n    consultedOn {\n      en\n      cy\n    }\n    agreed {\n      en\n      cy\n    }\n    disagreement {\n      en\n      cy\n    }\n    nextSteps {\n      en\n      cy\n    }\n    partners {\n      id\n      code\n      name {\n        en\n        cy\n      }\n    }\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubjectEngagements($subjectKind: EngagementSubjectKind!, $subjectId: ID!) {\n    engagementRecords(subjectKind: $subjectKind, subjectId: $subjectId) {\n      ...EngagementFields\n    }\n  }\n',
): (typeof documents)['\n  query SubjectEngagements($subjectKind: EngagementSubjectKind!, $subjectId: ID!) {\n    engagementRecords(subjectKind: $subjectKind, subjectId: $subjectId) {\n      ...EngagementFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnerChoices {\n    organisations {\n      id\n      code\n      type\n      name {\n        en\n        cy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PartnerChoices {\n    organisations {\n      id\n      code\n      type\n      name {\n        en\n        cy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateEngagementRecord($input: CreateEngagementRecordInput!) {\n    createEngagementRecord(input: $input) {\n      ...EngagementFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateEngagementRecord($input: CreateEngagementRecordInput!) {\n    createEngagementRecord(input: $input) {\n      ...EngagementFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEngagementRecord($input: UpdateEngagementRecordInput!) {\n    updateEngagementRecord(input: $input) {\n      ...EngagementFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEngagementRecord($input: UpdateEngagementRecordInput!) {\n    updateEngagementRecord(input: $input) {\n      ...EngagementFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteEngagementRecord($id: ID!, $expectedVersion: Int!) {\n    deleteEngagementRecord(id: $id, expectedVersion: $expectedVersion)\n  }\n',
): (typeof documents)['\n  mutation DeleteEngagementRecord($id: ID!, $expectedVersion: Int!) {\n    deleteEngagementRecord(id: $id, expectedVersion: $expectedVersion)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanPartnershipCheck($financialYear: String!) {\n    annualPlan(financialYear: $financialYear) {\n      id\n      state\n      version\n      partnershipWaiver {\n        en\n        cy\n      }\n    }\n    actions(filter: { financialYear: $financialYear }, first: 100) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          needsPartnershipConsultation\n          engagements {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlanPartnershipCheck($financialYear: String!) {\n    annualPlan(financialYear: $financialYear) {\n      id\n      state\n      version\n      partnershipWaiver {\n        en\n        cy\n      }\n    }\n    actions(filter: { financialYear: $financialYear }, first: 100) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          needsPartnershipConsultation\n          engagements {\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WaivePartnershipConsultation(\n    $planId: ID!\n    $reason: BilingualLongTextInput!\n    $expectedVersion: Int\n  ) {\n    waivePartnershipConsultation(\n      planId: $planId\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      version\n      partnershipWaiver {\n        en\n        cy\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation WaivePartnershipConsultation(\n    $planId: ID!\n    $reason: BilingualLongTextInput!\n    $expectedVersion: Int\n  ) {\n    waivePartnershipConsultation(\n      planId: $planId\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      version\n      partnershipWaiver {\n        en\n        cy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnershipForums {\n    forums {\n      id\n      kind\n      active\n      name {\n        en\n        cy\n      }\n    }\n    partnershipStatements {\n      id\n      version\n      position\n      active\n      text {\n        en\n        cy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PartnershipForums {\n    forums {\n      id\n      kind\n      active\n      name {\n        en\n        cy\n      }\n    }\n    partnershipStatements {\n      id\n      version\n      position\n      active\n      text {\n        en\n        cy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ForumAssessments($forumId: ID!) {\n    partnershipAssessments(forumId: $forumId) {\n      id\n      assessedOn\n      meetingId\n      average\n      version\n    }\n    partnershipAssessmentComparison(forumId: $forumId) {\n      assessments {\n        id\n        assessedOn\n        average\n      }\n      statements {\n        statement {\n          id\n          position\n          text {\n            en\n            cy\n          }\n        }\n        scores {\n          assessmentId\n          assessedOn\n          score\n        }\n        latest\n        change\n      }\n    }\n    meetings(forumId: $forumId) {\n      id\n      startsAt\n      title {\n        en\n        cy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ForumAssessments($forumId: ID!) {\n    partnershipAssessments(forumId: $forumId) {\n      id\n      assessedOn\n      meetingId\n      average\n      version\n    }\n    partnershipAssessmentComparison(forumId: $forumId) {\n      assessments {\n        id\n        assessedOn\n        average\n      }\n      statements {\n        statement {\n          id\n          position\n          text {\n            en\n            cy\n          }\n        }\n        scores {\n          assessmentId\n          assessedOn\n          score\n        }\n        latest\n        change\n      }\n    }\n    meetings(forumId: $forumId) {\n      id\n      startsAt\n      title {\n        en\n        cy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordPartnershipAssessment($input: RecordPartnershipAssessmentInput!) {\n    recordPartnershipAssessment(input: $input) {\n      id\n      assessedOn\n      average\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordPartnershipAssessment($input: RecordPartnershipAssessmentInput!) {\n    recordPartnershipAssessment(input: $input) {\n      id\n      assessedOn\n      average\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnershipReport($year: String!) {\n    partnershipReport(year: $year) {\n      financialYear\n      from\n      to\n      engagementCount\n      bySubject {\n        subjectKind\n        count\n      }\n      byPartner {\n        id\n        code\n        name {\n          en\n          cy\n        }\n        count\n      }\n      outcomes {\n        outcome\n        count\n      }\n      forumMeetings\n      attendance {\n        status\n        count\n      }\n      commitments {\n        status\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PartnershipReport($year: String!) {\n    partnershipReport(year: $year) {\n      financialYear\n      from\n      to\n      engagementCount\n      bySubject {\n        subjectKind\n        count\n      }\n      byPartner {\n        id\n        code\n        name {\n          en\n          cy\n        }\n        count\n      }\n      outcomes {\n        outcome\n        count\n      }\n      forumMeetings\n      attendance {\n        status\n        count\n      }\n      commitments {\n        status\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePartnershipStatement($input: CreatePartnershipStatementInput!) {\n    createPartnershipStatement(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePartnershipStatement($input: CreatePartnershipStatementInput!) {\n    createPartnershipStatement(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePartnershipStatement($input: UpdatePartnershipStatementInput!) {\n    updatePartnershipStatement(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePartnershipStatement($input: UpdatePartnershipStatementInput!) {\n    updatePartnershipStatement(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PeriodFields on ReportingPeriod {\n    id\n    label\n    financialYear\n    quarter\n    startDate\n    endDate\n    updateDeadline\n    state\n    closedAt\n    reopenReason\n    version\n  }\n',
): (typeof documents)['\n  fragment PeriodFields on ReportingPeriod {\n    id\n    label\n    financialYear\n    quarter\n    startDate\n    endDate\n    updateDeadline\n    state\n    closedAt\n    reopenReason\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingPeriods {\n    reportingPeriods {\n      ...PeriodFields\n    }\n  }\n',
): (typeof documents)['\n  query ReportingPeriods {\n    reportingPeriods {\n      ...PeriodFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateReportingPeriod($input: CreateReportingPeriodInput!) {\n    createReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateReportingPeriod($input: CreateReportingPeriodInput!) {\n    createReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseReportingPeriod($input: ReportingPeriodVersionInput!) {\n    closeReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseReportingPeriod($input: ReportingPeriodVersionInput!) {\n    closeReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenReportingPeriod($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenReportingPeriod($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateReportingPeriod($input: UpdateReportingPeriodInput!) {\n    updateReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateReportingPeriod($input: UpdateReportingPeriodInput!) {\n    updateReportingPeriod(input: $input) {\n      ...PeriodFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanFields on AnnualPlan {\n    id\n    financialYear\n    title {\n      en\n      cy\n    }\n    state\n    actionCount\n    startDate\n    endDate\n    approvedAt\n    closedAt\n    version\n  }\n',
): (typeof documents)['\n  fragment PlanFields on AnnualPlan {\n    id\n    financialYear\n    title {\n      en\n      cy\n    }\n    state\n    actionCount\n    startDate\n    endDate\n    approvedAt\n    closedAt\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnnualPlans {\n    annualPlans {\n      ...PlanFields\n    }\n  }\n',
): (typeof documents)['\n  query AnnualPlans {\n    annualPlans {\n      ...PlanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnnualPlan($financialYear: String!) {\n    annualPlan(financialYear: $financialYear) {\n      ...PlanFields\n    }\n  }\n',
): (typeof documents)['\n  query AnnualPlan($financialYear: String!) {\n    annualPlan(financialYear: $financialYear) {\n      ...PlanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...PlanFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...PlanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApprovePlan($id: ID!, $expectedVersion: Int!) {\n    approvePlan(id: $id, expectedVersion: $expectedVersion) {\n      ...PlanFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ApprovePlan($id: ID!, $expectedVersion: Int!) {\n    approvePlan(id: $id, expectedVersion: $expectedVersion) {\n      ...PlanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClosePlan($id: ID!, $expectedVersion: Int!) {\n    closePlan(id: $id, expectedVersion: $expectedVersion) {\n      ...PlanFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ClosePlan($id: ID!, $expectedVersion: Int!) {\n    closePlan(id: $id, expectedVersion: $expectedVersion) {\n      ...PlanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanActions($planId: ID!, $after: String) {\n    actions(filter: { planId: $planId }, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          area {\n            id\n            number\n            title {\n              en\n              cy\n            }\n          }\n          leadOrganisation\n          owners {\n            id\n            name\n          }\n          currentStatus {\n            id\n            rag\n          }\n          carriedForwardFrom {\n            id\n            reference\n            plan {\n              id\n              financialYear\n            }\n          }\n          carriedForwardTo {\n            id\n            reference\n            plan {\n              id\n              financialYear\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlanActions($planId: ID!, $after: String) {\n    actions(filter: { planId: $planId }, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n          area {\n            id\n            number\n            title {\n              en\n              cy\n            }\n          }\n          leadOrganisation\n          owners {\n            id\n            name\n          }\n          currentStatus {\n            id\n            rag\n          }\n          carriedForwardFrom {\n            id\n            reference\n            plan {\n              id\n              financialYear\n            }\n          }\n          carriedForwardTo {\n            id\n            reference\n            plan {\n              id\n              financialYear\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CarryForwardActions($input: CarryForwardActionsInput!) {\n    carryForwardActions(input: $input) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      carriedForwardFrom {\n        id\n        reference\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CarryForwardActions($input: CarryForwardActionsInput!) {\n    carryForwardActions(input: $input) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      carriedForwardFrom {\n        id\n        reference\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionFormOptions {\n    strategicAreas {\n      id\n      number\n      title {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      organisation {\n        id\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActionFormOptions {\n    strategicAreas {\n      id\n      number\n      title {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      organisation {\n        id\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n      reference\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditableMilestone on Milestone {\n    id\n    title {\n      en\n      cy\n    }\n    dueDate\n    completedOn\n    version\n  }\n',
): (typeof documents)['\n  fragment EditableMilestone on Milestone {\n    id\n    title {\n      en\n      cy\n    }\n    dueDate\n    completedOn\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionForEdit($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      reference\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n      area {\n        id\n        number\n      }\n      leadOrganisation\n      startDate\n      dueDate\n      themes\n      wellBeingGoals\n      waysOfWorking\n      needsPartnershipConsultation\n      owners {\n        id\n        name\n      }\n      plan {\n        id\n        financialYear\n        state\n        startDate\n        endDate\n      }\n      milestones {\n        ...EditableMilestone\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActionForEdit($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      reference\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n      area {\n        id\n        number\n      }\n      leadOrganisation\n      startDate\n      dueDate\n      themes\n      wellBeingGoals\n      waysOfWorking\n      needsPartnershipConsultation\n      owners {\n        id\n        name\n      }\n      plan {\n        id\n        financialYear\n        state\n        startDate\n        endDate\n      }\n      milestones {\n        ...EditableMilestone\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      id\n      version\n      reference\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n      area {\n        id\n        number\n      }\n      leadOrganisation\n      startDate\n      dueDate\n      themes\n      wellBeingGoals\n      waysOfWorking\n      needsPartnershipConsultation\n      owners {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      id\n      version\n      reference\n      title {\n        en\n        cy\n      }\n      description {\n        en\n        cy\n      }\n      area {\n        id\n        number\n      }\n      leadOrganisation\n      startDate\n      dueDate\n      themes\n      wellBeingGoals\n      waysOfWorking\n      needsPartnershipConsultation\n      owners {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) {\n      ...EditableMilestone\n    }\n  }\n',
): (typeof documents)['\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) {\n      ...EditableMilestone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...EditableMilestone\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...EditableMilestone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PublicationFields on Publication {\n    id\n    state\n    number\n    version\n    introduction {\n      en\n      cy\n    }\n    areaSummaries {\n      areaNumber\n      summary {\n        en\n        cy\n      }\n    }\n    excludedActionIds\n    showOwnerNames\n    includeMeasures\n    publishedAt\n    withdrawnAt\n    withdrawalReason {\n      en\n      cy\n    }\n    addresses {\n      en\n      cy\n    }\n    report {\n      id\n      audience\n      edition\n      reportingPeriod {\n        id\n        label\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PublicationFields on Publication {\n    id\n    state\n    number\n    version\n    introduction {\n      en\n      cy\n    }\n    areaSummaries {\n      areaNumber\n      summary {\n        en\n        cy\n      }\n    }\n    excludedActionIds\n    showOwnerNames\n    includeMeasures\n    publishedAt\n    withdrawnAt\n    withdrawalReason {\n      en\n      cy\n    }\n    addresses {\n      en\n      cy\n    }\n    report {\n      id\n      audience\n      edition\n      reportingPeriod {\n        id\n        label\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Publications {\n    publications {\n      ...PublicationFields\n    }\n    reports {\n      id\n      audience\n      edition\n      state\n      reportingPeriod {\n        id\n        label\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Publications {\n    publications {\n      ...PublicationFields\n    }\n    reports {\n      id\n      audience\n      edition\n      state\n      reportingPeriod {\n        id\n        label\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Publication($id: ID!) {\n    publication(id: $id) {\n      ...PublicationFields\n      report {\n        id\n        content {\n          areas {\n            number\n            title {\n              en\n              cy\n            }\n          }\n          actions {\n            actionId\n            reference\n            areaNumber\n            rag\n            title {\n              en\n              cy\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Publication($id: ID!) {\n    publication(id: $id) {\n      ...PublicationFields\n      report {\n        id\n        content {\n          areas {\n            number\n            title {\n              en\n              cy\n            }\n          }\n          actions {\n            actionId\n            reference\n            areaNumber\n            rag\n            title {\n              en\n              cy\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePublication($input: CreatePublicationInput!) {\n    createPublication(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePublication($input: CreatePublicationInput!) {\n    createPublication(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePublication($input: UpdatePublicationInput!) {\n    updatePublication(input: $input) {\n      ...PublicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePublication($input: UpdatePublicationInput!) {\n    updatePublication(input: $input) {\n      ...PublicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishPublication($input: PublicationVersionInput!) {\n    publishPublication(input: $input) {\n      ...PublicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishPublication($input: PublicationVersionInput!) {\n    publishPublication(input: $input) {\n      ...PublicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawPublication($input: WithdrawPublicationInput!) {\n    withdrawPublication(input: $input) {\n      ...PublicationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawPublication($input: WithdrawPublicationInput!) {\n    withdrawPublication(input: $input) {\n      ...PublicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeletePublication($input: PublicationVersionInput!) {\n    deletePublication(input: $input)\n  }\n',
): (typeof documents)['\n  mutation DeletePublication($input: PublicationVersionInput!) {\n    deletePublication(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportSummaryFields on Report {\n    id\n    audience\n    edition\n    state\n    issuedAt\n    createdAt\n    version\n    reportingPeriod {\n      id\n      label\n      startDate\n    }\n  }\n',
): (typeof documents)['\n  fragment ReportSummaryFields on Report {\n    id\n    audience\n    edition\n    state\n    issuedAt\n    createdAt\n    version\n    reportingPeriod {\n      id\n      label\n      startDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Reports($filter: ReportFilter) {\n    reports(filter: $filter) {\n      ...ReportSummaryFields\n    }\n  }\n',
): (typeof documents)['\n  query Reports($filter: ReportFilter) {\n    reports(filter: $filter) {\n      ...ReportSummaryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportFormOptions {\n    reportingPeriods {\n      id\n      label\n      state\n    }\n  }\n',
): (typeof documents)['\n  query ReportFormOptions {\n    reportingPeriods {\n      id\n      label\n      state\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportActionLineFields on ReportActionLine {\n    actionId\n    reference\n    title {\n      en\n      cy\n    }\n    leadOrganisation\n    owners\n    dueDate\n    rag\n    percentComplete\n  }\n',
): (typeof documents)['\n  fragment ReportActionLineFields on ReportActionLine {\n    actionId\n    reference\n    title {\n      en\n      cy\n    }\n    leadOrganisation\n    owners\n    dueDate\n    rag\n    percentComplete\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportExceptionFields on ReportActionLine {\n    actionId\n    commentary {\n      en\n      cy\n    }\n    risks {\n      en\n      cy\n    }\n    nextSteps {\n      en\n      cy\n    }\n  }\n',
): (typeof documents)['\n  fragment ReportExceptionFields on ReportActionLine {\n    actionId\n    commentary {\n      en\n      cy\n    }\n    risks {\n      en\n      cy\n    }\n    nextSteps {\n      en\n      cy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportMoveFields on ReportMove {\n    actionId\n    reference\n    title {\n      en\n      cy\n    }\n    previous\n    current\n  }\n',
): (typeof documents)['\n  fragment ReportMoveFields on ReportMove {\n    actionId\n    reference\n    title {\n      en\n      cy\n    }\n    previous\n    current\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportMilestoneFields on ReportMilestone {\n    actionReference\n    actionTitle {\n      en\n      cy\n    }\n    title {\n      en\n      cy\n    }\n    dueDate\n    completedOn\n  }\n',
): (typeof documents)['\n  fragment ReportMilestoneFields on ReportMilestone {\n    actionReference\n    actionTitle {\n      en\n      cy\n    }\n    title {\n      en\n      cy\n    }\n    dueDate\n    completedOn\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportRiskFields on ReportRisk {\n    riskId\n    reference\n    title {\n      en\n      cy\n    }\n    category\n    owner\n    current {\n      score\n      band\n    }\n    target {\n      score\n      band\n    }\n    appetite\n    aboveAppetite\n    escalatedOn\n    previous {\n      score\n    }\n    trend\n  }\n',
): (typeof documents)['\n  fragment ReportRiskFields on ReportRisk {\n    riskId\n    reference\n    title {\n      en\n      cy\n    }\n    category\n    owner\n    current {\n      score\n      band\n    }\n    target {\n      score\n      band\n    }\n    appetite\n    aboveAppetite\n    escalatedOn\n    previous {\n      score\n    }\n    trend\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportMeasureFields on ReportMeasure {\n    measureId\n    reference\n    name {\n      en\n      cy\n    }\n    unit\n    latest {\n      periodLabel {\n        en\n        cy\n      }\n      value\n      target\n      quality\n      revised\n      rag\n    }\n    trend {\n      sincePrevious\n    }\n  }\n',
): (typeof documents)['\n  fragment ReportMeasureFields on ReportMeasure {\n    measureId\n    reference\n    name {\n      en\n      cy\n    }\n    unit\n    latest {\n      periodLabel {\n        en\n        cy\n      }\n      value\n      target\n      quality\n      revised\n      rag\n    }\n    trend {\n      sincePrevious\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportMeasureOffTargetFields on ReportMeasure {\n    ...ReportMeasureFields\n    latest {\n      ragExplanation {\n        en\n        cy\n      }\n      commentary {\n        en\n        cy\n      }\n    }\n    trend {\n      sinceBaseline\n    }\n    recent {\n      periodLabel {\n        en\n        cy\n      }\n      periodEnd\n      value\n      target\n    }\n  }\n',
): (typeof documents)['\n  fragment ReportMeasureOffTargetFields on ReportMeasure {\n    ...ReportMeasureFields\n    latest {\n      ragExplanation {\n        en\n        cy\n      }\n      commentary {\n        en\n        cy\n      }\n    }\n    trend {\n      sinceBaseline\n    }\n    recent {\n      periodLabel {\n        en\n        cy\n      }\n      periodEnd\n      value\n      target\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CoverSheetFields on CoverSheet {\n    meetingName {\n      en\n      cy\n    }\n    meetingDate\n    agendaItem\n    author\n    executiveSponsor\n    presenter\n    purpose\n    recommendation {\n      en\n      cy\n    }\n    summary {\n      en\n      cy\n    }\n    strategicObjectives {\n      en\n      cy\n    }\n    impacts {\n      impact\n      text {\n        en\n        cy\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CoverSheetFields on CoverSheet {\n    meetingName {\n      en\n      cy\n    }\n    meetingDate\n    agendaItem\n    author\n    executiveSponsor\n    presenter\n    purpose\n    recommendation {\n      en\n      cy\n    }\n    summary {\n      en\n      cy\n    }\n    strategicObjectives {\n      en\n      cy\n    }\n    impacts {\n      impact\n      text {\n        en\n        cy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Report($id: ID!) {\n    report(id: $id) {\n      ...ReportSummaryFields\n      coverSheet {\n        ...CoverSheetFields\n      }\n      content {\n        audience\n        asOf\n        period {\n          label\n          startDate\n          endDate\n        }\n        planTitle {\n          en\n          cy\n        }\n        executiveSummary {\n          en\n          cy\n        }\n        overall {\n          ...RagCountFields\n        }\n        areas {\n          number\n          title {\n            en\n            cy\n          }\n          shortTitle {\n            en\n            cy\n          }\n          counts {\n            ...RagCountFields\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Report($id: ID!) {\n    report(id: $id) {\n      ...ReportSummaryFields\n      coverSheet {\n        ...CoverSheetFields\n      }\n      content {\n        audience\n        asOf\n        period {\n          label\n          startDate\n          endDate\n        }\n        planTitle {\n          en\n          cy\n        }\n        executiveSummary {\n          en\n          cy\n        }\n        overall {\n          ...RagCountFields\n        }\n        areas {\n          number\n          title {\n            en\n            cy\n          }\n          shortTitle {\n            en\n            cy\n          }\n          counts {\n            ...RagCountFields\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportLists($id: ID!) {\n    report(id: $id) {\n      id\n      content {\n        movement {\n          sincePeriod\n          sinceReportId\n          improved {\n            ...ReportMoveFields\n          }\n          worsened {\n            ...ReportMoveFields\n          }\n          completed {\n            ...ReportMoveFields\n          }\n          newlyRed {\n            ...ReportMoveFields\n          }\n        }\n        exceptions {\n          ...ReportExceptionFields\n        }\n        measures {\n          endedBy\n          counts {\n            red\n            amber\n            green\n            contextual\n            noFigure\n            total\n          }\n          measures {\n            ...ReportMeasureFields\n          }\n          offTarget {\n            ...ReportMeasureOffTargetFields\n          }\n        }\n        risks {\n          asAt\n          since\n          sincePeriod\n          bands {\n            band\n            count\n          }\n          heatMap {\n            likelihood\n            consequence\n            count\n          }\n          risks {\n            ...ReportRiskFields\n          }\n          aboveAppetite {\n            riskId\n          }\n          opened {\n            riskId\n          }\n          closed {\n            ...ReportRiskFields\n          }\n          worsened {\n            riskId\n          }\n          improved {\n            riskId\n          }\n        }\n        milestonesMissed {\n          ...ReportMilestoneFields\n        }\n        milestonesDueNext {\n          ...ReportMilestoneFields\n        }\n        themes {\n          theme\n          counts {\n            ...RagCountFields\n          }\n        }\n        goalContribution {\n          goal\n          actions {\n            ...RagCountFields\n          }\n          measures {\n            red\n            amber\n            green\n            contextual\n            noFigure\n            total\n          }\n        }\n        completed {\n          actionId\n        }\n        actions {\n          ...ReportActionLineFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportLists($id: ID!) {\n    report(id: $id) {\n      id\n      content {\n        movement {\n          sincePeriod\n          sinceReportId\n          improved {\n            ...ReportMoveFields\n          }\n          worsened {\n            ...ReportMoveFields\n          }\n          completed {\n            ...ReportMoveFields\n          }\n          newlyRed {\n            ...ReportMoveFields\n          }\n        }\n        exceptions {\n          ...ReportExceptionFields\n        }\n        measures {\n          endedBy\n          counts {\n            red\n            amber\n            green\n            contextual\n            noFigure\n            total\n          }\n          measures {\n            ...ReportMeasureFields\n          }\n          offTarget {\n            ...ReportMeasureOffTargetFields\n          }\n        }\n        risks {\n          asAt\n          since\n          sincePeriod\n          bands {\n            band\n            count\n          }\n          heatMap {\n            likelihood\n            consequence\n            count\n          }\n          risks {\n            ...ReportRiskFields\n          }\n          aboveAppetite {\n            riskId\n          }\n          opened {\n            riskId\n          }\n          closed {\n            ...ReportRiskFields\n          }\n          worsened {\n            riskId\n          }\n          improved {\n            riskId\n          }\n        }\n        milestonesMissed {\n          ...ReportMilestoneFields\n        }\n        milestonesDueNext {\n          ...ReportMilestoneFields\n        }\n        themes {\n          theme\n          counts {\n            ...RagCountFields\n          }\n        }\n        goalContribution {\n          goal\n          actions {\n            ...RagCountFields\n          }\n          measures {\n            red\n            amber\n            green\n            contextual\n            noFigure\n            total\n          }\n        }\n        completed {\n          actionId\n        }\n        actions {\n          ...ReportActionLineFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      ...ReportSummaryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      ...ReportSummaryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateReport($input: UpdateReportInput!) {\n    updateReport(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateReport($input: UpdateReportInput!) {\n    updateReport(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueReport($input: ReportVersionInput!) {\n    issueReport(input: $input) {\n      ...ReportSummaryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation IssueReport($input: ReportVersionInput!) {\n    issueReport(input: $input) {\n      ...ReportSummaryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BoardPaperSettings {\n    boardPaperSettings {\n      version\n      layout\n      classification {\n        en\n        cy\n      }\n      coverSheet {\n        ...CoverSheetFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BoardPaperSettings {\n    boardPaperSettings {\n      version\n      layout\n      classification {\n        en\n        cy\n      }\n      coverSheet {\n        ...CoverSheetFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateBoardPaperSettings($input: UpdateBoardPaperSettingsInput!) {\n    updateBoardPaperSettings(input: $input) {\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateBoardPaperSettings($input: UpdateBoardPaperSettingsInput!) {\n    updateBoardPaperSettings(input: $input) {\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FollowUpFields on FollowUp {\n    id\n    version\n    title {\n      en\n      cy\n    }\n    owner {\n      id\n      name\n    }\n    dueDate\n    completedOn\n    isOverdue\n  }\n',
): (typeof documents)['\n  fragment FollowUpFields on FollowUp {\n    id\n    version\n    title {\n      en\n      cy\n    }\n    owner {\n      id\n      name\n    }\n    dueDate\n    completedOn\n    isOverdue\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportReview($id: ID!) {\n    report(id: $id) {\n      id\n      review {\n        id\n        kind\n        text {\n          en\n          cy\n        }\n        authorName\n        createdAt\n        action {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n        followUps {\n          ...FollowUpFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportReview($id: ID!) {\n    report(id: $id) {\n      id\n      review {\n        id\n        kind\n        text {\n          en\n          cy\n        }\n        authorName\n        createdAt\n        action {\n          id\n          reference\n          title {\n            en\n            cy\n          }\n        }\n        followUps {\n          ...FollowUpFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewPeople {\n    people {\n      id\n      name\n      organisation {\n        id\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewPeople {\n    people {\n      id\n      name\n      organisation {\n        id\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddReviewEntry($input: AddReviewEntryInput!) {\n    addReviewEntry(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddReviewEntry($input: AddReviewEntryInput!) {\n    addReviewEntry(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FollowUps {\n    followUps {\n      ...FollowUpFields\n      decision {\n        id\n        text {\n          en\n          cy\n        }\n        report {\n          id\n          audience\n          edition\n          reportingPeriod {\n            id\n            label\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FollowUps {\n    followUps {\n      ...FollowUpFields\n      decision {\n        id\n        text {\n          en\n          cy\n        }\n        report {\n          id\n          audience\n          edition\n          reportingPeriod {\n            id\n            label\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyPerson {\n    me {\n      id\n      person {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyPerson {\n    me {\n      id\n      person {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      ...FollowUpFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      ...FollowUpFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RiskScoreFields on RiskScore {\n    likelihood\n    consequence\n    score\n    band\n  }\n',
): (typeof documents)['\n  fragment RiskScoreFields on RiskScore {\n    likelihood\n    consequence\n    score\n    band\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskFilterOptions {\n    strategicAreas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RiskFilterOptions {\n    strategicAreas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskOwnerChoices {\n    riskOwners {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query RiskOwnerChoices {\n    riskOwners {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RiskRow on Risk {\n    id\n    reference\n    kind\n    state\n    category\n    title {\n      en\n      cy\n    }\n    owner {\n      id\n      name\n    }\n    current {\n      ...RiskScoreFields\n    }\n    target {\n      score\n      band\n      date\n    }\n    nextReviewDue\n    reviewOverdue\n    escalation {\n      on\n    }\n    aboveAppetite\n    awaitingEscalation\n    # The score before the latest review: the movement since it.\n    previous {\n      score\n    }\n  }\n',
): (typeof documents)['\n  fragment RiskRow on Risk {\n    id\n    reference\n    kind\n    state\n    category\n    title {\n      en\n      cy\n    }\n    owner {\n      id\n      name\n    }\n    current {\n      ...RiskScoreFields\n    }\n    target {\n      score\n      band\n      date\n    }\n    nextReviewDue\n    reviewOverdue\n    escalation {\n      on\n    }\n    aboveAppetite\n    awaitingEscalation\n    # The score before the latest review: the movement since it.\n    previous {\n      score\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Risks(\n    $first: Int!\n    $after: String\n    $areaId: ID\n    $ownerId: ID\n    $category: RiskCategory\n    $band: RiskBand\n    $escalated: Boolean\n    $aboveAppetite: Boolean\n    $reviewOverdue: Boolean\n    $state: RiskState\n    $kind: RiskKind\n  ) {\n    risks(\n      first: $first\n      after: $after\n      areaId: $areaId\n      ownerId: $ownerId\n      category: $category\n      band: $band\n      escalated: $escalated\n      aboveAppetite: $aboveAppetite\n      reviewOverdue: $reviewOverdue\n      state: $state\n      kind: $kind\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...RiskRow\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Risks(\n    $first: Int!\n    $after: String\n    $areaId: ID\n    $ownerId: ID\n    $category: RiskCategory\n    $band: RiskBand\n    $escalated: Boolean\n    $aboveAppetite: Boolean\n    $reviewOverdue: Boolean\n    $state: RiskState\n    $kind: RiskKind\n  ) {\n    risks(\n      first: $first\n      after: $after\n      areaId: $areaId\n      ownerId: $ownerId\n      category: $category\n      band: $band\n      escalated: $escalated\n      aboveAppetite: $aboveAppetite\n      reviewOverdue: $reviewOverdue\n      state: $state\n      kind: $kind\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...RiskRow\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskProfile(\n    $areaId: ID\n    $ownerId: ID\n    $category: RiskCategory\n    $band: RiskBand\n    $escalated: Boolean\n    $aboveAppetite: Boolean\n    $reviewOverdue: Boolean\n    $state: RiskState\n    $kind: RiskKind\n  ) {\n    riskProfile(\n      areaId: $areaId\n      ownerId: $ownerId\n      category: $category\n      band: $band\n      escalated: $escalated\n      aboveAppetite: $aboveAppetite\n      reviewOverdue: $reviewOverdue\n      state: $state\n      kind: $kind\n    ) {\n      total\n      aboveAppetite\n      awaitingEscalation\n      escalated\n      reviewOverdue\n      cells {\n        likelihood\n        consequence\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RiskProfile(\n    $areaId: ID\n    $ownerId: ID\n    $category: RiskCategory\n    $band: RiskBand\n    $escalated: Boolean\n    $aboveAppetite: Boolean\n    $reviewOverdue: Boolean\n    $state: RiskState\n    $kind: RiskKind\n  ) {\n    riskProfile(\n      areaId: $areaId\n      ownerId: $ownerId\n      category: $category\n      band: $band\n      escalated: $escalated\n      aboveAppetite: $aboveAppetite\n      reviewOverdue: $reviewOverdue\n      state: $state\n      kind: $kind\n    ) {\n      total\n      aboveAppetite\n      awaitingEscalation\n      escalated\n      reviewOverdue\n      cells {\n        likelihood\n        consequence\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RiskAction on Action {\n    id\n    reference\n    title {\n      en\n      cy\n    }\n  }\n',
): (typeof documents)['\n  fragment RiskAction on Action {\n    id\n    reference\n    title {\n      en\n      cy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RiskDetails on Risk {\n    id\n    version\n    reference\n    kind\n    state\n    category\n    title {\n      en\n      cy\n    }\n    description {\n      en\n      cy\n    }\n    controls {\n      en\n      cy\n    }\n    impact {\n      en\n      cy\n    }\n    owner {\n      id\n      name\n    }\n    areas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n    inherent {\n      ...RiskScoreFields\n    }\n    current {\n      ...RiskScoreFields\n    }\n    target {\n      likelihood\n      consequence\n      score\n      band\n      date\n    }\n    appetite\n    aboveAppetite\n    awaitingEscalation\n    reviewEveryMonths\n    nextReviewDue\n    reviewOverdue\n    escalation {\n      on\n      reason {\n        en\n        cy\n      }\n    }\n    escalatedBy {\n      id\n      name\n    }\n    closure {\n      on\n      reason {\n        en\n        cy\n      }\n      resolution {\n        en\n        cy\n      }\n    }\n    canUpdate\n    canEscalate\n    threatenedActions {\n      ...RiskAction\n    }\n    mitigatingActions {\n      ...RiskAction\n    }\n    mitigations {\n      id\n      description {\n        en\n        cy\n      }\n      owner {\n        id\n        name\n      }\n      dueDate\n      completedOn\n      overdue\n    }\n    reviews {\n      id\n      reviewedOn\n      score {\n        ...RiskScoreFields\n      }\n      reviewer {\n        id\n        name\n      }\n      commentary {\n        en\n        cy\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RiskDetails on Risk {\n    id\n    version\n    reference\n    kind\n    state\n    category\n    title {\n      en\n      cy\n    }\n    description {\n      en\n      cy\n    }\n    controls {\n      en\n      cy\n    }\n    impact {\n      en\n      cy\n    }\n    owner {\n      id\n      name\n    }\n    areas {\n      id\n      number\n      shortTitle {\n        en\n        cy\n      }\n    }\n    inherent {\n      ...RiskScoreFields\n    }\n    current {\n      ...RiskScoreFields\n    }\n    target {\n      likelihood\n      consequence\n      score\n      band\n      date\n    }\n    appetite\n    aboveAppetite\n    awaitingEscalation\n    reviewEveryMonths\n    nextReviewDue\n    reviewOverdue\n    escalation {\n      on\n      reason {\n        en\n        cy\n      }\n    }\n    escalatedBy {\n      id\n      name\n    }\n    closure {\n      on\n      reason {\n        en\n        cy\n      }\n      resolution {\n        en\n        cy\n      }\n    }\n    canUpdate\n    canEscalate\n    threatenedActions {\n      ...RiskAction\n    }\n    mitigatingActions {\n      ...RiskAction\n    }\n    mitigations {\n      id\n      description {\n        en\n        cy\n      }\n      owner {\n        id\n        name\n      }\n      dueDate\n      completedOn\n      overdue\n    }\n    reviews {\n      id\n      reviewedOn\n      score {\n        ...RiskScoreFields\n      }\n      reviewer {\n        id\n        name\n      }\n      commentary {\n        en\n        cy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskDetailsPage($id: ID!) {\n    risk(id: $id) {\n      ...RiskDetails\n    }\n  }\n',
): (typeof documents)['\n  query RiskDetailsPage($id: ID!) {\n    risk(id: $id) {\n      ...RiskDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewRisk($input: ReviewRiskInput!) {\n    reviewRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewRisk($input: ReviewRiskInput!) {\n    reviewRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EscalateRisk($input: EscalateRiskInput!) {\n    escalateRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation EscalateRisk($input: EscalateRiskInput!) {\n    escalateRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeescalateRisk($input: RiskVersionInput!) {\n    deescalateRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation DeescalateRisk($input: RiskVersionInput!) {\n    deescalateRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseRisk($input: CloseRiskInput!) {\n    closeRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseRisk($input: CloseRiskInput!) {\n    closeRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenRisk($input: RiskVersionInput!) {\n    reopenRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenRisk($input: RiskVersionInput!) {\n    reopenRisk(input: $input) {\n      ...RiskDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskFormOptions($financialYear: String!) {\n    strategicAreas {\n      id\n      number\n      title {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      email\n    }\n    actions(filter: { financialYear: $financialYear }, first: 100) {\n      edges {\n        node {\n          ...RiskAction\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RiskFormOptions($financialYear: String!) {\n    strategicAreas {\n      id\n      number\n      title {\n        en\n        cy\n      }\n    }\n    people {\n      id\n      name\n      email\n    }\n    actions(filter: { financialYear: $financialYear }, first: 100) {\n      edges {\n        node {\n          ...RiskAction\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditableRisk on Risk {\n    id\n    version\n    canUpdate\n    reference\n    kind\n    category\n    title {\n      en\n      cy\n    }\n    description {\n      en\n      cy\n    }\n    controls {\n      en\n      cy\n    }\n    impact {\n      en\n      cy\n    }\n    owner {\n      id\n    }\n    areas {\n      id\n    }\n    threatenedActions {\n      ...RiskAction\n    }\n    mitigatingActions {\n      ...RiskAction\n    }\n    inherent {\n      likelihood\n      consequence\n    }\n    current {\n      likelihood\n      consequence\n    }\n    target {\n      likelihood\n      consequence\n      date\n    }\n    reviewEveryMonths\n    mitigations {\n      id\n      description {\n        en\n        cy\n      }\n      owner {\n        id\n      }\n      dueDate\n      completedOn\n    }\n  }\n',
): (typeof documents)['\n  fragment EditableRisk on Risk {\n    id\n    version\n    canUpdate\n    reference\n    kind\n    category\n    title {\n      en\n      cy\n    }\n    description {\n      en\n      cy\n    }\n    controls {\n      en\n      cy\n    }\n    impact {\n      en\n      cy\n    }\n    owner {\n      id\n    }\n    areas {\n      id\n    }\n    threatenedActions {\n      ...RiskAction\n    }\n    mitigatingActions {\n      ...RiskAction\n    }\n    inherent {\n      likelihood\n      consequence\n    }\n    current {\n      likelihood\n      consequence\n    }\n    target {\n      likelihood\n      consequence\n      date\n    }\n    reviewEveryMonths\n    mitigations {\n      id\n      description {\n        en\n        cy\n      }\n      owner {\n        id\n      }\n      dueDate\n      completedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskForEdit($id: ID!) {\n    risk(id: $id) {\n      ...EditableRisk\n    }\n  }\n',
): (typeof documents)['\n  query RiskForEdit($id: ID!) {\n    risk(id: $id) {\n      ...EditableRisk\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      reference\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      ...EditableRisk\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      ...EditableRisk\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RaiseFromUpdateSource($actionId: ID!) {\n    action(id: $actionId) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      statusHistory {\n        id\n        submittedAt\n        reportingPeriod {\n          id\n          label\n        }\n        risks {\n          en\n          cy\n        }\n        raisedRisks {\n          id\n          reference\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RaiseFromUpdateSource($actionId: ID!) {\n    action(id: $actionId) {\n      id\n      reference\n      title {\n        en\n        cy\n      }\n      statusHistory {\n        id\n        submittedAt\n        reportingPeriod {\n          id\n          label\n        }\n        risks {\n          en\n          cy\n        }\n        raisedRisks {\n          id\n          reference\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RaiseRiskFromUpdate($input: RaiseRiskFromUpdateInput!) {\n    raiseRiskFromUpdate(input: $input) {\n      id\n      reference\n    }\n  }\n',
): (typeof documents)['\n  mutation RaiseRiskFromUpdate($input: RaiseRiskFromUpdateInput!) {\n    raiseRiskFromUpdate(input: $input) {\n      id\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskAppetites {\n    riskAppetites {\n      category\n      appetite\n      version\n    }\n  }\n',
): (typeof documents)['\n  query RiskAppetites {\n    riskAppetites {\n      category\n      appetite\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetRiskAppetite($input: SetRiskAppetiteInput!) {\n    setRiskAppetite(input: $input) {\n      category\n      appetite\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation SetRiskAppetite($input: SetRiskAppetiteInput!) {\n    setRiskAppetite(input: $input) {\n      category\n      appetite\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RoundProgressFields on RoundProgress {\n    expected\n    updated\n    outstanding\n  }\n',
): (typeof documents)['\n  fragment RoundProgressFields on RoundProgress {\n    expected\n    updated\n    outstanding\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UpdateRoundSummary($reportingPeriodId: ID!) {\n    updateRound(reportingPeriodId: $reportingPeriodId) {\n      reportingPeriod {\n        id\n        label\n        state\n        closedAt\n        updateDeadline\n      }\n      overall {\n        ...RoundProgressFields\n      }\n      areas {\n        area {\n          id\n          number\n          shortTitle {\n            en\n            cy\n          }\n        }\n        progress {\n          ...RoundProgressFields\n        }\n      }\n      organisations {\n        organisation {\n          id\n          code\n          name {\n            en\n            cy\n          }\n        }\n        progress {\n          ...RoundProgressFields\n        }\n      }\n      figures {\n        overall {\n          ...RoundProgressFields\n        }\n      }\n      riskReviews {\n        overall {\n          ...RoundProgressFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UpdateRoundSummary($reportingPeriodId: ID!) {\n    updateRound(reportingPeriodId: $reportingPeriodId) {\n      reportingPeriod {\n        id\n        label\n        state\n        closedAt\n        updateDeadline\n      }\n      overall {\n        ...RoundProgressFields\n      }\n      areas {\n        area {\n          id\n          number\n          shortTitle {\n            en\n            cy\n          }\n        }\n        progress {\n          ...RoundProgressFields\n        }\n      }\n      organisations {\n        organisation {\n          id\n          code\n          name {\n            en\n            cy\n          }\n        }\n        progress {\n          ...RoundProgressFields\n        }\n      }\n      figures {\n        overall {\n          ...RoundProgressFields\n        }\n      }\n      riskReviews {\n        overall {\n          ...RoundProgressFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UpdateRoundLists($reportingPeriodId: ID!) {\n    updateRound(reportingPeriodId: $reportingPeriodId) {\n      people {\n        person {\n          id\n          name\n        }\n        progress {\n          ...RoundProgressFields\n        }\n      }\n      outstandingActions {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n        owners {\n          id\n          name\n        }\n      }\n      figures {\n        people {\n          person {\n            id\n            name\n          }\n          progress {\n            ...RoundProgressFields\n          }\n        }\n        outstanding {\n          measure {\n            id\n            reference\n            name {\n              en\n              cy\n            }\n            owner {\n              id\n              name\n            }\n          }\n          periodStart\n          periodLabel {\n            en\n            cy\n          }\n          given\n        }\n      }\n      riskReviews {\n        people {\n          person {\n            id\n            name\n          }\n          progress {\n            ...RoundProgressFields\n          }\n        }\n        outstanding {\n          ...RiskSummaryFields\n          nextReviewDue\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UpdateRoundLists($reportingPeriodId: ID!) {\n    updateRound(reportingPeriodId: $reportingPeriodId) {\n      people {\n        person {\n          id\n          name\n        }\n        progress {\n          ...RoundProgressFields\n        }\n      }\n      outstandingActions {\n        id\n        reference\n        title {\n          en\n          cy\n        }\n        owners {\n          id\n          name\n        }\n      }\n      figures {\n        people {\n          person {\n            id\n            name\n          }\n          progress {\n            ...RoundProgressFields\n          }\n        }\n        outstanding {\n          measure {\n            id\n            reference\n            name {\n              en\n              cy\n            }\n            owner {\n              id\n              name\n            }\n          }\n          periodStart\n          periodLabel {\n            en\n            cy\n          }\n          given\n        }\n      }\n      riskReviews {\n        people {\n          person {\n            id\n            name\n          }\n          progress {\n            ...RoundProgressFields\n          }\n        }\n        outstanding {\n          ...RiskSummaryFields\n          nextReviewDue\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendUpdateReminders($reportingPeriodId: ID!) {\n    sendUpdateReminders(reportingPeriodId: $reportingPeriodId) {\n      peopleReminded\n      actionsOutstanding\n      figuresOutstanding\n      riskReviewsOutstanding\n    }\n  }\n',
): (typeof documents)['\n  mutation SendUpdateReminders($reportingPeriodId: ID!) {\n    sendUpdateReminders(reportingPeriodId: $reportingPeriodId) {\n      peopleReminded\n      actionsOutstanding\n      figuresOutstanding\n      riskReviewsOutstanding\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
