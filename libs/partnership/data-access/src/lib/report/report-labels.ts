import type { Label } from '@cynnydd/shared/domain';

import { EngagementSubjectKind } from '../engagement-rules';

/** Fixed wording of the annual social partnership report, in both languages. */
export const PARTNERSHIP_LABELS = {
  title: {
    en: 'Annual social partnership report',
    cy: 'Adroddiad partneriaeth gymdeithasol blynyddol',
  },
  edition: {
    en: 'Social Partnership and Public Procurement (Wales) Act 2023',
    cy: 'Deddf Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023',
  },
  financialYear: { en: 'Financial year', cy: 'Blwyddyn ariannol' },
  engagement: { en: 'How the partners were engaged', cy: 'Sut yr ymgysylltwyd â’r partneriaid' },
  engagementIntro: {
    en: 'Consultations with the trade unions and other social partners on the year’s plans, measures and risks.',
    cy: 'Ymgynghori â’r undebau llafur a phartneriaid cymdeithasol eraill ar gynlluniau, mesurau a risgiau’r flwyddyn.',
  },
  subject: { en: 'Consulted on', cy: 'Ymgynghorwyd ar' },
  partner: { en: 'Partner', cy: 'Partner' },
  engagements: { en: 'Engagements', cy: 'Ymgysylltiadau' },
  outcomes: { en: 'Outcomes reached', cy: 'Canlyniadau a gyflawnwyd' },
  outcome: { en: 'Outcome', cy: 'Canlyniad' },
  compromises: { en: 'Compromises', cy: 'Cyfaddawdau' },
  noAgreements: { en: 'Where no agreement was reached', cy: 'Lle na chafwyd cytundeb' },
  date: { en: 'Date', cy: 'Dyddiad' },
  what: { en: 'What', cy: 'Beth' },
  agreed: { en: 'What was agreed', cy: 'Yr hyn a gytunwyd' },
  why: { en: 'Why', cy: 'Pam' },
  nextSteps: { en: 'What happens next', cy: 'Beth sy’n digwydd nesaf' },
  none: { en: 'None.', cy: 'Dim.' },
  forum: { en: 'Social partnership forum', cy: 'Fforwm partneriaeth gymdeithasol' },
  meetings: { en: 'Meetings held', cy: 'Cyfarfodydd a gynhaliwyd' },
  attendance: { en: 'Attendance', cy: 'Presenoldeb' },
  status: { en: 'Status', cy: 'Statws' },
  count: { en: 'Number', cy: 'Nifer' },
  commitments: { en: 'Commitments kept', cy: 'Ymrwymiadau a gadwyd' },
  selfAssessment: {
    en: 'Partnership behaviours self-assessment',
    cy: 'Hunanasesiad ymddygiadau partneriaeth',
  },
  statement: { en: 'Statement', cy: 'Datganiad' },
  score: { en: 'Score (1–5)', cy: 'Sgôr (1–5)' },
  average: { en: 'Average', cy: 'Cyfartaledd' },
  assessedOn: { en: 'Assessed', cy: 'Aseswyd' },
  noAssessment: {
    en: 'No self-assessment was recorded in the year.',
    cy: 'Ni chofnodwyd hunanasesiad yn ystod y flwyddyn.',
  },
} satisfies Record<string, Label>;

export const SUBJECT_KIND_LABELS: Record<EngagementSubjectKind, Label> = {
  [EngagementSubjectKind.ACTION]: { en: 'Actions', cy: 'Camau gweithredu' },
  [EngagementSubjectKind.MEASURE]: { en: 'Measures', cy: 'Mesurau' },
  [EngagementSubjectKind.RISK]: { en: 'Risks', cy: 'Risgiau' },
  [EngagementSubjectKind.PLAN]: { en: 'Annual plans', cy: 'Cynlluniau blynyddol' },
};
