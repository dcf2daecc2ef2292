// The Welsh (Cymraeg) text in this file must be checked by a Welsh speaker before release.
import type { Quarter } from '@cynnydd/shared/domain';

import type { BilingualSeedText } from './demo-catalogue';

/** One of the 2026-27 update rounds, as the operational group ran it. */
export interface RoundSeed {
  quarter: Quarter;
  /** The round is opened (leads are told updates are due) at 09:00 on this day. */
  openedOn: string;
  /** Reminders to those still to report, if any were sent. */
  remindedOn: string | null;
  closedOn: string | null;
}

/** The current year's rounds: Q1 and Q2 are closed, Q3 is open with reminders sent. */
export const CURRENT_ROUNDS: RoundSeed[] = [
  { quarter: 1, openedOn: '2026-06-01', remindedOn: null, closedOn: '2026-07-28' },
  { quarter: 2, openedOn: '2026-09-01', remindedOn: '2026-10-16', closedOn: '2026-10-28' },
  { quarter: 3, openedOn: '2026-11-02', remindedOn: '2026-11-25', closedOn: null },
];

/**
 * A lead who joined at the start of the year and left in November: their account is deactivated
 * and their open actions handed to a colleague in the same organisation, as an administrator
 * would (Administration → Accounts).
 */
export const LEAVER = {
  personKey: 'gareth.powell',
  successorKey: 'megan.thomas',
  joinedOn: '2026-04-02',
  leftOn: '2026-11-20',
};

/** Demo leads read their notices of the closed rounds on this day; the open round's are unread. */
export const NOTICES_READ_ON = '2026-10-29';

export interface FollowUpSeed {
  title: BilingualSeedText;
  ownerKey: string;
  dueDate: string;
  doneOn: string | null;
}

export interface ReviewEntrySeed {
  kind: 'COMMENT' | 'DECISION';
  /** About one action of the report: its first red exception (or first exception), or its first amber one. */
  about?: 'RED' | 'AMBER';
  text: BilingualSeedText;
  followUps?: FollowUpSeed[];
}

export interface BoardPaperSeed {
  financialYear: number;
  quarter: Quarter;
  audience: 'OVERSIGHT_BOARD' | 'JOINT_BOARD';
  issuedOn: string;
  executiveSummary: BilingualSeedText;
  /** The board's meeting on the paper: what it said and decided. */
  review?: { on: string; entries: ReviewEntrySeed[] };
}

/**
 * Reports issued to the oversight board each quarter and to the joint board (twice a year) over
 * the past year, with the boards' comments, decisions and follow-ups, oldest first.
 */
export const BOARD_PAPERS: BoardPaperSeed[] = [
  {
    financialYear: 2025,
    quarter: 3,
    audience: 'OVERSIGHT_BOARD',
    issuedOn: '2026-02-05',
    executiveSummary: {
      en: "Most actions remain on track at the end of the third quarter. The data and analytics work is behind plan while the national data-sharing agreement is finalised; the operational group is managing this with both organisations' information governance leads.",
      cy: "Mae'r rhan fwyaf o'r camau gweithredu yn dal ar y trywydd iawn ar ddiwedd y trydydd chwarter. Mae'r gwaith data a dadansoddeg y tu ôl i'r cynllun tra bo'r cytundeb rhannu data cenedlaethol yn cael ei gwblhau; mae'r grŵp gweithredol yn rheoli hyn gydag arweinwyr llywodraethu gwybodaeth y ddau sefydliad.",
    },
  },
  {
    financialYear: 2025,
    quarter: 4,
    audience: 'OVERSIGHT_BOARD',
    issuedOn: '2026-05-07',
    executiveSummary: {
      en: 'The 2025-26 plan closes with most actions complete or carried forward into 2026-27. Actions still red at the year end have recovery plans and are carried forward with revised milestones.',
      cy: "Mae cynllun 2025-26 yn cau gyda'r rhan fwyaf o'r camau gweithredu wedi'u cwblhau neu wedi'u cario ymlaen i 2026-27. Mae gan y camau gweithredu sy'n dal yn goch ar ddiwedd y flwyddyn gynlluniau adfer, ac maent wedi'u cario ymlaen gyda cherrig milltir diwygiedig.",
    },
  },
  {
    financialYear: 2025,
    quarter: 4,
    audience: 'JOINT_BOARD',
    issuedOn: '2026-05-14',
    executiveSummary: {
      en: "This paper reports the year's progress to the joint board of HEIW and Social Care Wales. Of note: the compassionate leadership programme reached both sectors, and the first joint workforce data release was published. The board is asked to note progress and agree the priorities for 2026-27.",
      cy: "Mae'r papur hwn yn adrodd ar gynnydd y flwyddyn i gyd-fwrdd AaGIC a Gofal Cymdeithasol Cymru. I'w nodi: cyrhaeddodd y rhaglen arweinyddiaeth dosturiol y ddau sector, a chyhoeddwyd y datganiad data cyntaf ar y cyd am y gweithlu. Gofynnir i'r bwrdd nodi'r cynnydd a chytuno ar flaenoriaethau 2026-27.",
    },
    review: {
      on: '2026-05-21',
      entries: [
        {
          kind: 'COMMENT',
          text: {
            en: 'The board welcomed the progress on compassionate leadership and asked that the learning is shared with Regional Partnership Boards.',
            cy: "Croesawodd y bwrdd y cynnydd ar arweinyddiaeth dosturiol a gofynnodd i'r dysgu gael ei rannu â Byrddau Partneriaeth Rhanbarthol.",
          },
        },
        {
          kind: 'DECISION',
          text: {
            en: 'The board agreed the priorities for 2026-27, with staff retention a priority in every strategic area.',
            cy: 'Cytunodd y bwrdd ar flaenoriaethau 2026-27, gyda chadw staff yn flaenoriaeth ym mhob maes strategol.',
          },
          followUps: [
            {
              title: {
                en: "Publish the 2026-27 joint action plan on both organisations' websites",
                cy: "Cyhoeddi cynllun gweithredu ar y cyd 2026-27 ar wefannau'r ddau sefydliad",
              },
              ownerKey: 'elin.roberts',
              dueDate: '2026-06-30',
              doneOn: '2026-06-19',
            },
            {
              title: {
                en: 'Bring a summary of retention data for both sectors to the operational group',
                cy: "Dod â chrynodeb o ddata cadw staff y ddau sector i'r grŵp gweithredol",
              },
              ownerKey: 'priya.sharma',
              dueDate: '2026-07-31',
              doneOn: '2026-07-22',
            },
          ],
        },
      ],
    },
  },
  {
    financialYear: 2026,
    quarter: 1,
    audience: 'OVERSIGHT_BOARD',
    issuedOn: '2026-08-06',
    executiveSummary: {
      en: 'The first quarter of the 2026-27 plan: new actions have started and the work carried forward is recovering. Each action rated red has a recovery plan, set out in the exceptions section.',
      cy: "Chwarter cyntaf cynllun 2026-27: mae camau gweithredu newydd wedi dechrau ac mae'r gwaith a gariwyd ymlaen yn adfer. Mae gan bob cam gweithredu coch gynllun adfer, a nodir yn yr adran eithriadau.",
    },
    review: {
      on: '2026-08-13',
      entries: [
        {
          kind: 'COMMENT',
          about: 'RED',
          text: {
            en: 'The board asked for the recovery plan for this action to come to its next meeting.',
            cy: "Gofynnodd y bwrdd i'r cynllun adfer ar gyfer y cam gweithredu hwn ddod i'w gyfarfod nesaf.",
          },
        },
      ],
    },
  },
  {
    financialYear: 2026,
    quarter: 2,
    audience: 'OVERSIGHT_BOARD',
    issuedOn: '2026-11-05',
    executiveSummary: {
      en: 'At the half-year point most actions are on track. Delays in data sharing and in recruiting to the workforce data team remain the main risks; the exceptions section sets out each recovery plan.',
      cy: "Hanner ffordd drwy'r flwyddyn, mae'r rhan fwyaf o'r camau gweithredu ar y trywydd iawn. Oedi wrth rannu data ac wrth recriwtio i'r tîm data am y gweithlu yw'r prif risgiau o hyd; mae'r adran eithriadau yn nodi pob cynllun adfer.",
    },
    review: {
      on: '2026-11-10',
      entries: [
        {
          kind: 'COMMENT',
          text: {
            en: 'The board noted that more updates arrived on time this quarter.',
            cy: 'Nododd y bwrdd fod mwy o ddiweddariadau wedi cyrraedd mewn pryd y chwarter hwn.',
          },
        },
      ],
    },
  },
  {
    financialYear: 2026,
    quarter: 2,
    audience: 'JOINT_BOARD',
    issuedOn: '2026-11-12',
    executiveSummary: {
      en: "Half-year report to the joint board. Progress since the board last met in May is set out by strategic area, with the actions that need the board's attention. The board is asked to note progress and to agree the recovery actions proposed for the actions rated red.",
      cy: "Adroddiad hanner blwyddyn i'r cyd-fwrdd. Nodir y cynnydd ers i'r bwrdd gyfarfod ddiwethaf ym mis Mai fesul maes strategol, ynghyd â'r camau gweithredu sydd angen sylw'r bwrdd. Gofynnir i'r bwrdd nodi'r cynnydd a chytuno ar y camau adfer a gynigir ar gyfer y camau gweithredu coch.",
    },
    review: {
      on: '2026-11-19',
      entries: [
        {
          kind: 'COMMENT',
          text: {
            en: 'The board noted good progress on the Welsh language actions and thanked staff for their work on the Work Welsh scheme.',
            cy: "Nododd y bwrdd gynnydd da ar y camau gweithredu ar y Gymraeg a diolchodd i'r staff am eu gwaith ar gynllun Cymraeg Gwaith.",
          },
        },
        {
          kind: 'DECISION',
          about: 'RED',
          text: {
            en: 'The board agreed the recovery plan for this action and asked for monthly progress reports to the operational group until it returns to amber.',
            cy: "Cytunodd y bwrdd ar y cynllun adfer ar gyfer y cam gweithredu hwn a gofynnodd am adroddiadau cynnydd misol i'r grŵp gweithredol nes iddo ddychwelyd i ambr.",
          },
          followUps: [
            {
              title: {
                en: "Confirm the revised milestone dates with the action's partners",
                cy: "Cadarnhau'r dyddiadau diwygiedig ar gyfer y cerrig milltir gyda phartneriaid y cam gweithredu",
              },
              ownerKey: 'priya.sharma',
              dueDate: '2026-11-30',
              doneOn: '2026-11-27',
            },
            {
              title: {
                en: 'Send the first monthly progress report to the operational group',
                cy: "Anfon yr adroddiad cynnydd misol cyntaf i'r grŵp gweithredol",
              },
              ownerKey: 'ceri.morgan',
              dueDate: '2026-12-18',
              doneOn: null,
            },
          ],
        },
        {
          kind: 'DECISION',
          text: {
            en: 'The board asked for a joint paper on shared well-being measures for its meeting in May 2027.',
            cy: 'Gofynnodd y bwrdd am bapur ar y cyd ar fesurau llesiant cyffredin ar gyfer ei gyfarfod ym mis Mai 2027.',
          },
          followUps: [
            {
              title: {
                en: 'Write the joint paper on shared well-being measures',
                cy: "Ysgrifennu'r papur ar y cyd ar fesurau llesiant cyffredin",
              },
              ownerKey: 'nia.williams',
              dueDate: '2027-04-30',
              doneOn: null,
            },
          ],
        },
        {
          kind: 'COMMENT',
          about: 'AMBER',
          text: {
            en: 'The board asked to see the revised timetable for this action in the next report.',
            cy: 'Gofynnodd y bwrdd am weld amserlen ddiwygiedig y cam gweithredu hwn yn yr adroddiad nesaf.',
          },
        },
      ],
    },
  },
];
