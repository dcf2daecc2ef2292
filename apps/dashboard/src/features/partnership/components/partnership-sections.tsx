import { lazy, Suspense } from 'react';

import type { EngagementSubjectKind } from '../../../gql/graphql';

// Each loaded on its own, with the partnership messages, so the pages they sit on stay as light.
const EngagementsSection = lazy(() => import('./engagements-section'));
const PlanPartnershipCheckSection = lazy(() => import('./plan-partnership-check'));

/** The "Engagement with social partners" section, for an action, measure, risk or plan page. */
export function SubjectEngagements(props: {
  subjectKind: EngagementSubjectKind;
  subjectId: string;
}) {
  return (
    <Suspense fallback={null}>
      <EngagementsSection {...props} />
    </Suspense>
  );
}

/** The plan approval check for partnership consultation, with the programme office's waiver. */
export function PlanPartnershipCheck(props: { financialYear: string }) {
  return (
    <Suspense fallback={null}>
      <PlanPartnershipCheckSection {...props} />
    </Suspense>
  );
}
