// The Welsh (Cymraeg) text in this file must be checked by a Welsh speaker before release.
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import { RiskRaisingService, StatusUpdate } from '@cynnydd/reporting/data-access';
import { RiskMitigation, RisksService } from '@cynnydd/risks/data-access';
import {
  financialYearOf,
  RiskCategory,
  RiskKind,
  type Actor,
  type IsoDate,
} from '@cynnydd/shared/domain';

import { RISKS, type BilingualSeedText } from './demo-catalogue';
import { demoActionsOf, demoActorFor, demoAreaIds, text, type DemoEvent } from './demo-lookups';

type Score = [likelihood: number, consequence: number];
/** A review: its day, the new current score and, where there is more to say, why. */
type ReviewSeed = [on: IsoDate, likelihood: number, consequence: number, note?: BilingualSeedText];

interface MitigationSeed {
  description: BilingualSeedText;
  ownerKey: string;
  dueDate: IsoDate;
  /** Recorded as done on this day. */
  doneOn?: IsoDate;
}

/** One risk (or issue) on the demo register and what happened to it over the year. */
export interface RiskSeed {
  kind?: RiskKind;
  title: BilingualSeedText;
  /** Cause, event and effect. */
  description: BilingualSeedText;
  controls: BilingualSeedText;
  /** For an issue: what it has done to delivery. */
  impact?: BilingualSeedText;
  category: RiskCategory;
  ownerKey: string;
  areas: number[];
  /** Action references, found in the plan of the day (the 2026-27 ones once it is approved). */
  threatens: string[];
  mitigatedBy: string[];
  inherent: Score;
  target: [likelihood: number, consequence: number, date: IsoDate];
  reviewEveryMonths: 1 | 3;
  recordedOn: IsoDate;
  /** The current score when recorded. */
  current: Score;
  reviews: ReviewSeed[];
  mitigations: MitigationSeed[];
  escalated?: { on: IsoDate; reason: BilingualSeedText };
  closed?: { on: IsoDate; reason: BilingualSeedText; resolution?: BilingualSeedText };
}

/** The operational group's monthly meetings, where risks are reviewed. */
const MEETINGS = {
  feb: '2026-02-10',
  mar: '2026-03-10',
  apr: '2026-04-14',
  may: '2026-05-12',
  jun: '2026-06-09',
  jul: '2026-07-14',
  aug: '2026-08-11',
  sep: '2026-09-08',
  oct: '2026-10-13',
  nov: '2026-11-10',
} as const;
/** The register was set up at the operational group's risk workshop, before the Q3 board paper. */
const WORKSHOP = '2026-01-13';
/** Once the 2026-27 plan is approved, the programme office links risks to its actions. */
const RELINKED_ON = '2026-04-28';
const YEAR_END = '2027-03-31';
const { apr, may, jun, jul, aug, sep, oct, nov } = MEETINGS;
const monthly = (scores: Score[], from = 0): ReviewSeed[] =>
  scores.map(([l, c], i) => [Object.values(MEETINGS)[from + i], l, c]);

export const DEMO_RISKS: RiskSeed[] = [
  {
    title: text(
      'Registered nurse and social care worker vacancies',
      'Swyddi gwag nyrsys cofrestredig a gweithwyr gofal cymdeithasol',
    ),
    description: text(
      'Because vacancies for registered nurses and social care workers remain high in most health boards and local authorities, staff may not be released to take part in integrated team working, which would delay the spread of best practice and add to pressure on those in post.',
      'Oherwydd bod nifer y swyddi gwag ar gyfer nyrsys cofrestredig a gweithwyr gofal cymdeithasol yn parhau’n uchel yn y rhan fwyaf o fyrddau iechyd ac awdurdodau lleol, efallai na fydd staff yn cael eu rhyddhau i gymryd rhan mewn gwaith tîm integredig, a fyddai’n oedi lledaenu arfer gorau ac yn ychwanegu at y pwysau ar y rhai sydd yn eu swyddi.',
    ),
    controls: text(
      'Monthly vacancy returns from health boards; the national nurse retention programme; WeCare Wales recruitment campaign.',
      'Ffurflenni swyddi gwag misol gan fyrddau iechyd; rhaglen genedlaethol cadw nyrsys; ymgyrch recriwtio Gofalwn Cymru.',
    ),
    category: RiskCategory.WORKFORCE,
    ownerKey: 'ceri.morgan',
    areas: [1, 4],
    threatens: ['1.2', '1.9'],
    mitigatedBy: ['4.8', '1.7'],
    inherent: [5, 4],
    target: [3, 4, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [4, 4],
    reviews: [
      [apr, 4, 4],
      [jul, 4, 4],
      [
        sep,
        4,
        4,
        text(
          'Reviewed early with the nursing workforce plan: vacancies are steady but not falling; the supply and demand model will show the gap by area in the new year.',
          'Adolygwyd yn gynnar gyda chynllun gweithlu nyrsio: mae’r swyddi gwag yn sefydlog ond heb ostwng; bydd y model cyflenwad a galw yn dangos y bwlch fesul ardal yn y flwyddyn newydd.',
        ),
      ],
    ],
    mitigations: [
      {
        description: text(
          'Share vacancy data by profession and area with the operational group each month',
          'Rhannu data swyddi gwag fesul proffesiwn ac ardal â’r grŵp gweithredol bob mis',
        ),
        ownerKey: 'priya.sharma',
        dueDate: '2026-05-31',
        doneOn: '2026-05-20',
      },
      {
        description: text(
          'Agree protected time for integrated team learning with health board nurse directors',
          'Cytuno ar amser wedi’i neilltuo ar gyfer dysgu timau integredig gyda chyfarwyddwyr nyrsio byrddau iechyd',
        ),
        ownerKey: 'ceri.morgan',
        dueDate: '2027-01-31',
      },
    ],
  },
  {
    title: text(
      'Funding for the education and training budget not confirmed',
      'Cyllid ar gyfer y gyllideb addysg a hyfforddiant heb ei gadarnhau',
    ),
    description: text(
      'Because Welsh Government’s budget for health and social care education and training is set a year at a time and under pressure, the allocation for 2026-27 may be late or reduced, which would stop or shrink the joint apprenticeship framework and new qualification places.',
      'Oherwydd bod cyllideb Llywodraeth Cymru ar gyfer addysg a hyfforddiant iechyd a gofal cymdeithasol yn cael ei phennu flwyddyn ar y tro a’i bod dan bwysau, gallai’r dyraniad ar gyfer 2026-27 fod yn hwyr neu’n llai, a fyddai’n atal neu’n cwtogi’r fframwaith prentisiaethau ar y cyd a lleoedd newydd ar gymwysterau.',
    ),
    controls: text(
      'Education commissioning plan agreed with Welsh Government; quarterly finance meetings; commitments made only against confirmed funding.',
      'Cynllun comisiynu addysg wedi’i gytuno â Llywodraeth Cymru; cyfarfodydd cyllid chwarterol; ymrwymiadau’n cael eu gwneud yn erbyn cyllid wedi’i gadarnhau yn unig.',
    ),
    category: RiskCategory.FINANCIAL,
    ownerKey: 'tom.bennett',
    areas: [7, 3],
    threatens: ['7.2', '7.8', '3.3'],
    mitigatedBy: ['7.1'],
    inherent: [4, 5],
    target: [2, 4, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [3, 4],
    reviews: [
      [
        apr,
        4,
        4,
        text(
          'The budget letter has not arrived; apprenticeship places for September cannot be committed.',
          'Nid yw’r llythyr cyllideb wedi cyrraedd; ni ellir ymrwymo i leoedd prentisiaeth ar gyfer mis Medi.',
        ),
      ],
      [jul, 4, 4],
      [
        oct,
        3,
        4,
        text(
          'An indicative allocation has been received at 96 % of last year; the gap is being managed by phasing new places.',
          'Daeth dyraniad dangosol i law ar 96 % o’r llynedd; mae’r bwlch yn cael ei reoli drwy gyflwyno lleoedd newydd fesul cam.',
        ),
      ],
    ],
    mitigations: [
      {
        description: text(
          'Prepare a phased plan for apprenticeship places at 90 % and 100 % of funding',
          'Paratoi cynllun fesul cam ar gyfer lleoedd prentisiaeth ar 90 % a 100 % o’r cyllid',
        ),
        ownerKey: 'tom.bennett',
        dueDate: '2026-06-30',
        doneOn: '2026-06-26',
      },
      {
        description: text(
          'Brief the oversight board on the choices if the allocation is reduced',
          'Briffio’r bwrdd goruchwylio ar y dewisiadau os bydd y dyraniad yn cael ei leihau',
        ),
        ownerKey: 'elin.roberts',
        dueDate: '2026-08-31',
        doneOn: '2026-08-13',
      },
    ],
    escalated: {
      on: '2026-07-21',
      reason: text(
        'Above the financial appetite for two quarters, and the decision on the allocation rests with Welsh Government: the oversight board is asked to raise it with the Director of Workforce.',
        'Uwchlaw’r archwaeth ariannol ers dau chwarter, ac mae’r penderfyniad ar y dyraniad yn nwylo Llywodraeth Cymru: gofynnir i’r bwrdd goruchwylio ei godi gyda’r Cyfarwyddwr Gweithlu.',
      ),
    },
  },
  {
    title: text(
      'Data sharing agreement for the workforce data platform',
      'Cytundeb rhannu data ar gyfer platfform data’r gweithlu',
    ),
    description: text(
      'Because health boards and local authorities hold workforce data under different information governance arrangements, the data sharing agreement may not be signed by all partners, which would stop joint analysis on the workforce data platform and leave workforce plans based on partial data.',
      'Oherwydd bod byrddau iechyd ac awdurdodau lleol yn cadw data’r gweithlu dan drefniadau llywodraethu gwybodaeth gwahanol, efallai na fydd pob partner yn llofnodi’r cytundeb rhannu data, a fyddai’n atal dadansoddi ar y cyd ar blatfform data’r gweithlu ac yn gadael cynlluniau gweithlu yn seiliedig ar ddata rhannol.',
    ),
    controls: text(
      'Wales Accord on the Sharing of Personal Information template; information governance leads’ working group; legal advice from NHS Wales Shared Services Partnership.',
      'Templed Cytundeb Cymru ar gyfer Rhannu Gwybodaeth Bersonol; gweithgor arweinwyr llywodraethu gwybodaeth; cyngor cyfreithiol gan Bartneriaeth Cydwasanaethau GIG Cymru.',
    ),
    category: RiskCategory.INFORMATION,
    ownerKey: 'priya.sharma',
    areas: [4],
    threatens: ['4.4', '4.7', '4.8'],
    mitigatedBy: ['4.1'],
    inherent: [4, 4],
    target: [1, 3, '2026-09-30'],
    reviewEveryMonths: 1,
    recordedOn: WORKSHOP,
    current: [4, 3],
    reviews: [
      ...monthly([
        [4, 3],
        [4, 3],
        [3, 3],
        [3, 3],
        [3, 3],
        [2, 3],
        [2, 3],
      ]),
      [
        sep,
        1,
        3,
        text(
          'All seven health boards and twenty-two local authorities have signed; the first joint extract ran on 1 September.',
          'Mae’r saith bwrdd iechyd a’r dau awdurdod lleol ar hugain wedi llofnodi; rhedodd y detholiad cyntaf ar y cyd ar 1 Medi.',
        ),
      ],
    ],
    mitigations: [
      {
        description: text(
          'Take the agreement to each local authority’s senior information risk owner',
          'Mynd â’r cytundeb at uwch berchennog risg gwybodaeth pob awdurdod lleol',
        ),
        ownerKey: 'david.chen',
        dueDate: '2026-06-30',
        doneOn: '2026-07-03',
      },
    ],
    closed: {
      on: '2026-09-22',
      reason: text(
        'The data sharing agreement is signed by every partner and in use: the risk has gone.',
        'Mae pob partner wedi llofnodi’r cytundeb rhannu data ac mae’n cael ei ddefnyddio: nid yw’r risg yn bodoli mwyach.',
      ),
    },
  },
  {
    title: text(
      'Welsh-language capacity to deliver bilingual training',
      'Capasiti Cymraeg i ddarparu hyfforddiant dwyieithog',
    ),
    description: text(
      'Because there are too few Welsh-speaking trainers and assessors in health and social care, courses may be offered only in English in some areas, which would fail the Welsh Language Standards and the Mwy na geiriau plan and deny learners the active offer.',
      'Oherwydd bod rhy ychydig o hyfforddwyr ac aseswyr sy’n siarad Cymraeg ym maes iechyd a gofal cymdeithasol, gallai cyrsiau gael eu cynnig yn Saesneg yn unig mewn rhai ardaloedd, a fyddai’n methu Safonau’r Gymraeg a chynllun Mwy na geiriau ac yn amddifadu dysgwyr o’r cynnig rhagweithiol.',
    ),
    controls: text(
      'Register of Welsh-speaking trainers; Work Welsh courses for trainers; translation framework contract.',
      'Cofrestr o hyfforddwyr sy’n siarad Cymraeg; cyrsiau Cymraeg Gwaith i hyfforddwyr; contract fframwaith cyfieithu.',
    ),
    category: RiskCategory.COMPLIANCE,
    ownerKey: 'sian.pritchard',
    areas: [6, 7],
    threatens: ['6.4', '6.6'],
    mitigatedBy: ['6.3', '6.7'],
    inherent: [4, 4],
    target: [2, 3, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [3, 4],
    reviews: [
      [apr, 3, 4],
      [
        jul,
        3,
        3,
        text(
          'Twelve trainers finished the Work Welsh course; Welsh-medium sessions now run in every region.',
          'Cwblhaodd deuddeg hyfforddwr y cwrs Cymraeg Gwaith; mae sesiynau cyfrwng Cymraeg bellach yn cael eu cynnal ym mhob rhanbarth.',
        ),
      ],
      [oct, 2, 3],
    ],
    mitigations: [
      {
        description: text(
          'Fund Work Welsh places for trainers and assessors in both sectors',
          'Ariannu lleoedd Cymraeg Gwaith i hyfforddwyr ac aseswyr yn y ddau sector',
        ),
        ownerKey: 'samira.ahmed',
        dueDate: '2026-06-30',
        doneOn: '2026-06-19',
      },
    ],
  },
  {
    title: text(
      'Pay disputes affecting engagement in social partnership',
      'Anghydfodau cyflog yn effeithio ar ymgysylltu mewn partneriaeth gymdeithasol',
    ),
    description: text(
      'Because pay negotiations for NHS and social care staff are unresolved, trade unions may step back from joint work while a dispute runs, which would stall actions that need staff-side agreement, such as the well-being framework, and weaken social partnership under the 2023 Act.',
      'Oherwydd nad yw’r trafodaethau cyflog ar gyfer staff y GIG a gofal cymdeithasol wedi’u datrys, gallai undebau llafur gamu’n ôl o waith ar y cyd tra bo anghydfod yn parhau, a fyddai’n atal camau gweithredu sydd angen cytundeb ochr y staff, fel y fframwaith llesiant, ac yn gwanhau partneriaeth gymdeithasol dan Ddeddf 2023.',
    ),
    controls: text(
      'Welsh Partnership Forum; early discussion of emerging issues with staff-side leads; “no surprises” briefing after each operational group.',
      'Fforwm Partneriaeth Cymru; trafod materion sy’n dod i’r amlwg yn gynnar gydag arweinwyr ochr y staff; briff “dim syrpreisys” ar ôl pob cyfarfod o’r grŵp gweithredol.',
    ),
    category: RiskCategory.PARTNERSHIP,
    ownerKey: 'grace.okafor',
    areas: [5, 1],
    threatens: ['5.1', '5.7'],
    mitigatedBy: [],
    inherent: [4, 4],
    target: [2, 3, YEAR_END],
    reviewEveryMonths: 1,
    recordedOn: WORKSHOP,
    current: [3, 4],
    reviews: [
      ...monthly([
        [3, 4],
        [3, 4],
        [3, 4],
      ]),
      [
        may,
        4,
        4,
        text(
          'Two unions are balloting on the pay offer; staff-side members have paused attendance at the well-being framework group.',
          'Mae dau undeb yn cynnal pleidlais ar y cynnig cyflog; mae aelodau ochr y staff wedi oedi eu presenoldeb yng ngrŵp y fframwaith llesiant.',
        ),
      ],
      [jun, 4, 4],
      [jul, 4, 4],
      [
        aug,
        3,
        3,
        text(
          'The revised pay award was accepted through the Welsh Partnership Forum; joint work has restarted.',
          'Derbyniwyd y dyfarniad cyflog diwygiedig drwy Fforwm Partneriaeth Cymru; mae’r gwaith ar y cyd wedi ailddechrau.',
        ),
      ],
      [sep, 2, 3],
      [oct, 2, 3],
      [nov, 2, 3],
    ],
    mitigations: [
      {
        description: text(
          'Agree with staff-side leads which joint work continues during a ballot',
          'Cytuno gydag arweinwyr ochr y staff pa waith ar y cyd sy’n parhau yn ystod pleidlais',
        ),
        ownerKey: 'karen.lloyd',
        dueDate: '2026-06-15',
        doneOn: '2026-06-11',
      },
    ],
  },
  {
    title: text(
      'Digital capability of social care staff to use shared e-learning',
      'Gallu digidol staff gofal cymdeithasol i ddefnyddio e-ddysgu a rennir',
    ),
    description: text(
      'Because many care workers have no work device or account and limited digital skills, they may not reach the NHS Wales e-learning opened to social care, which would leave the modules little used and widen the gap between the sectors.',
      'Oherwydd nad oes gan lawer o weithwyr gofal ddyfais na chyfrif gwaith a bod eu sgiliau digidol yn gyfyngedig, efallai na fyddant yn gallu defnyddio e-ddysgu GIG Cymru sydd wedi’i agor i ofal cymdeithasol, a fyddai’n golygu mai ychydig o ddefnydd a wneir o’r modiwlau ac yn ehangu’r bwlch rhwng y sectorau.',
    ),
    controls: text(
      'Sign-in with a personal e-mail address; digital skills guide for care workers; employer champions.',
      'Mewngofnodi gyda chyfeiriad e-bost personol; canllaw sgiliau digidol i weithwyr gofal; hyrwyddwyr cyflogwyr.',
    ),
    category: RiskCategory.DELIVERY,
    ownerKey: 'tom.bennett',
    areas: [7],
    threatens: ['7.6', '7.9'],
    mitigatedBy: [],
    inherent: [3, 3],
    target: [2, 2, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [3, 3],
    reviews: [
      [apr, 3, 3],
      [jul, 2, 3],
      [oct, 2, 3],
    ],
    mitigations: [
      {
        description: text(
          'Publish a bilingual step-by-step guide to signing in for care workers',
          'Cyhoeddi canllaw dwyieithog cam wrth gam i weithwyr gofal ar fewngofnodi',
        ),
        ownerKey: 'tom.bennett',
        dueDate: '2026-05-31',
        doneOn: '2026-05-28',
      },
    ],
  },
  {
    title: text(
      'Changes to overseas recruitment and ethical recruitment',
      'Newidiadau i recriwtio o dramor a recriwtio moesegol',
    ),
    description: text(
      'Because the UK closed the overseas care worker visa route to new applicants and some agencies still recruit from countries on the WHO red list, providers may lose a source of staff or recruit unethically, which would deepen social care vacancies and harm the programme’s standing.',
      'Oherwydd bod y DU wedi cau’r llwybr fisa gweithwyr gofal o dramor i ymgeiswyr newydd a bod rhai asiantaethau’n dal i recriwtio o wledydd ar restr goch Sefydliad Iechyd y Byd, gallai darparwyr golli ffynhonnell staff neu recriwtio’n anfoesegol, a fyddai’n gwaethygu’r swyddi gwag ym maes gofal cymdeithasol ac yn niweidio enw da’r rhaglen.',
    ),
    controls: text(
      'Code of Practice for the international recruitment of health and social care personnel; guidance for providers on ethical recruitment; joint recruitment campaign in Wales.',
      'Cod Ymarfer ar gyfer recriwtio personél iechyd a gofal cymdeithasol yn rhyngwladol; canllawiau i ddarparwyr ar recriwtio moesegol; ymgyrch recriwtio ar y cyd yng Nghymru.',
    ),
    category: RiskCategory.WORKFORCE,
    ownerKey: 'elin.roberts',
    areas: [1, 3],
    threatens: ['1.8', '7.5'],
    mitigatedBy: ['3.2', '3.7'],
    inherent: [4, 4],
    target: [3, 3, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [4, 3],
    reviews: [
      [
        apr,
        4,
        4,
        text(
          'Sponsored visa applications to care providers have fallen by half; providers in north Wales report posts they cannot fill.',
          'Mae ceisiadau am fisâu noddedig i ddarparwyr gofal wedi haneru; mae darparwyr yn y gogledd yn sôn am swyddi na allant eu llenwi.',
        ),
      ],
      [jul, 4, 4],
      [oct, 4, 4],
    ],
    mitigations: [
      {
        description: text(
          'Issue guidance to commissioners on ethical recruitment clauses in contracts',
          'Cyhoeddi canllawiau i gomisiynwyr ar gymalau recriwtio moesegol mewn contractau',
        ),
        ownerKey: 'elin.roberts',
        dueDate: '2026-09-30',
        doneOn: '2026-09-24',
      },
      {
        description: text(
          'Target the WeCare Wales campaign at returners and career changers in Wales',
          'Targedu ymgyrch Gofalwn Cymru at bobl sy’n dychwelyd a phobl sy’n newid gyrfa yng Nghymru',
        ),
        ownerKey: 'megan.thomas',
        dueDate: '2027-02-28',
      },
    ],
  },
  {
    title: text(
      'Retention and well-being under sustained service pressure',
      'Cadw staff a llesiant dan bwysau parhaus ar wasanaethau',
    ),
    description: text(
      'Because services have been under pressure all year, more staff may go off sick or leave, which would undo the gains of the retention programme and leave fewer people to deliver and take part in the plan.',
      'Oherwydd bod gwasanaethau wedi bod dan bwysau drwy’r flwyddyn, gallai mwy o staff fod yn absennol oherwydd salwch neu adael, a fyddai’n dadwneud enillion y rhaglen gadw staff ac yn gadael llai o bobl i gyflawni’r cynllun a chymryd rhan ynddo.',
    ),
    controls: text(
      'NHS Wales health and well-being framework; Canopi; monthly sickness absence and turnover figures.',
      'Fframwaith iechyd a llesiant GIG Cymru; Canopi; ffigurau misol absenoldeb salwch a throsiant.',
    ),
    category: RiskCategory.WORKFORCE,
    ownerKey: 'grace.okafor',
    areas: [5, 1],
    threatens: ['5.4', '5.7'],
    mitigatedBy: ['1.6', '1.7'],
    inherent: [4, 4],
    target: [3, 3, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [3, 4],
    reviews: [
      [apr, 3, 4],
      [jul, 3, 4],
      [oct, 3, 4],
    ],
    mitigations: [
      {
        description: text(
          'Run retention conversations in the three health boards with the highest turnover',
          'Cynnal sgyrsiau cadw staff yn y tri bwrdd iechyd sydd â’r trosiant uchaf',
        ),
        ownerKey: 'grace.okafor',
        dueDate: '2026-12-31',
      },
    ],
  },
  {
    title: text(
      'Registration of domiciliary care workers falling due',
      'Cofrestru gweithwyr gofal cartref yn dod i ben',
    ),
    description: text(
      'Because many domiciliary care workers first registered with Social Care Wales in the same year, a large number of renewals fall due together; workers who miss renewal may have to stop working, which would cut home care capacity and the numbers starting qualifications.',
      'Oherwydd bod llawer o weithwyr gofal cartref wedi cofrestru gyda Gofal Cymdeithasol Cymru am y tro cyntaf yn yr un flwyddyn, mae nifer fawr o adnewyddiadau’n dod i ben gyda’i gilydd; efallai y bydd yn rhaid i weithwyr sy’n methu adnewyddu roi’r gorau i weithio, a fyddai’n lleihau capasiti gofal cartref a’r niferoedd sy’n dechrau cymwysterau.',
    ),
    controls: text(
      'Renewal reminders at 90, 60 and 30 days; employer dashboards of registrations due; help line.',
      'Nodiadau atgoffa am adnewyddu ar 90, 60 a 30 diwrnod; dangosfyrddau cyflogwyr o’r cofrestriadau sy’n ddyledus; llinell gymorth.',
    ),
    category: RiskCategory.COMPLIANCE,
    ownerKey: 'elin.roberts',
    areas: [7, 1],
    threatens: ['7.5'],
    mitigatedBy: ['7.4'],
    inherent: [3, 4],
    target: [2, 3, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [3, 3],
    reviews: [
      [apr, 3, 3],
      [jul, 2, 3],
      [oct, 2, 3],
    ],
    mitigations: [
      {
        description: text(
          'Write to employers of workers whose renewal is due in the next six months',
          'Ysgrifennu at gyflogwyr gweithwyr y mae eu hadnewyddiad yn ddyledus yn y chwe mis nesaf',
        ),
        ownerKey: 'elin.roberts',
        dueDate: '2026-05-31',
        doneOn: '2026-05-15',
      },
    ],
  },
  {
    title: text(
      'Work experience placements delayed by safeguarding checks',
      'Lleoliadau profiad gwaith wedi’u hoedi gan wiriadau diogelu',
    ),
    description: text(
      'Because disclosure checks and placement agreements take weeks for each young person, placements in care settings may not be ready for the summer, which would leave places unfilled and weaken the careers offer to schools and colleges.',
      'Oherwydd bod gwiriadau datgelu a chytundebau lleoliad yn cymryd wythnosau i bob person ifanc, efallai na fydd lleoliadau mewn lleoliadau gofal yn barod ar gyfer yr haf, a fyddai’n gadael lleoedd heb eu llenwi ac yn gwanhau’r cynnig gyrfaoedd i ysgolion a cholegau.',
    ),
    controls: text(
      'Standard placement agreement; a named contact in each local authority; applications opened in January.',
      'Cytundeb lleoliad safonol; cyswllt penodol ym mhob awdurdod lleol; ceisiadau’n agor ym mis Ionawr.',
    ),
    category: RiskCategory.DELIVERY,
    ownerKey: 'megan.thomas',
    areas: [3],
    threatens: ['3.3', '3.8'],
    mitigatedBy: [],
    inherent: [4, 3],
    target: [2, 3, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [3, 3],
    reviews: [
      [apr, 4, 3],
      [jul, 4, 3],
      [oct, 3, 3],
    ],
    mitigations: [
      {
        description: text(
          'Agree a shared safeguarding check with the three largest care providers',
          'Cytuno ar wiriad diogelu a rennir gyda’r tri darparwr gofal mwyaf',
        ),
        ownerKey: 'megan.thomas',
        dueDate: '2027-01-31',
      },
    ],
  },
  {
    title: text(
      'Workforce data returns from commissioned care providers',
      'Ffurflenni data’r gweithlu gan ddarparwyr gofal a gomisiynir',
    ),
    description: text(
      'Because returns to the social care workforce data collection are voluntary for many providers, too few may take part, which would leave the standard data set incomplete and the joint supply model unreliable for social care.',
      'Oherwydd bod cyflwyno ffurflenni i’r casgliad data am y gweithlu gofal cymdeithasol yn wirfoddol i lawer o ddarparwyr, gallai rhy ychydig gymryd rhan, a fyddai’n gadael y set ddata safonol yn anghyflawn a’r model cyflenwad ar y cyd yn annibynadwy ar gyfer gofal cymdeithasol.',
    ),
    controls: text(
      'Reminders through local authority commissioners; a simpler online return; feedback reports to providers.',
      'Nodiadau atgoffa drwy gomisiynwyr awdurdodau lleol; ffurflen ar-lein symlach; adroddiadau adborth i ddarparwyr.',
    ),
    category: RiskCategory.INFORMATION,
    ownerKey: 'david.chen',
    areas: [4],
    threatens: ['4.2', '4.7'],
    mitigatedBy: ['4.1'],
    inherent: [4, 3],
    target: [2, 3, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [3, 3],
    reviews: [
      [apr, 3, 3],
      [jul, 3, 3],
      [oct, 3, 2],
    ],
    mitigations: [
      {
        description: text(
          'Add the return to commissioning contracts when they are renewed',
          'Ychwanegu’r ffurflen at gontractau comisiynu pan gânt eu hadnewyddu',
        ),
        ownerKey: 'david.chen',
        dueDate: YEAR_END,
      },
    ],
  },
  {
    title: text(
      'Managers not released for compassionate leadership development',
      'Rheolwyr heb eu rhyddhau ar gyfer datblygu arweinyddiaeth dosturiol',
    ),
    description: text(
      'Because team leaders and care home managers cannot easily be covered, they may not be released for the programme’s sessions, which would slow the spread of compassionate leadership and miss the training target.',
      'Oherwydd nad yw’n hawdd cael rhywun yn lle arweinwyr tîm a rheolwyr cartrefi gofal, efallai na fyddant yn cael eu rhyddhau ar gyfer sesiynau’r rhaglen, a fyddai’n arafu lledaeniad arweinyddiaeth dosturiol ac yn methu’r targed hyfforddi.',
    ),
    controls: text(
      'Short sessions online as well as in person; dates published a term ahead; executive sponsors in each organisation.',
      'Sesiynau byr ar-lein yn ogystal ag wyneb yn wyneb; dyddiadau’n cael eu cyhoeddi dymor ymlaen llaw; noddwyr gweithredol ym mhob sefydliad.',
    ),
    category: RiskCategory.DELIVERY,
    ownerKey: 'rhys.llewellyn',
    areas: [2],
    threatens: ['2.1', '2.7'],
    mitigatedBy: ['2.4'],
    inherent: [4, 3],
    target: [2, 2, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [3, 3],
    reviews: [
      [apr, 3, 3],
      [jul, 2, 3],
      [oct, 2, 3],
    ],
    mitigations: [],
  },
  {
    title: text(
      'Anti-racist toolkit developed without enough lived experience',
      'Pecyn cymorth gwrth-hiliol wedi’i ddatblygu heb ddigon o brofiad bywyd',
    ),
    description: text(
      'Because staff networks for under-represented groups are new in social care, the toolkit may be written without enough voices from Black, Asian and minority ethnic staff, which would make it less credible and less used.',
      'Oherwydd bod rhwydweithiau staff ar gyfer grwpiau heb gynrychiolaeth ddigonol yn newydd ym maes gofal cymdeithasol, gallai’r pecyn cymorth gael ei ysgrifennu heb ddigon o leisiau staff Du, Asiaidd ac o leiafrifoedd ethnig, a fyddai’n ei wneud yn llai credadwy ac yn llai o ddefnydd.',
    ),
    controls: text(
      'Co-production group with staff networks; paid time for participants; review by the Anti-racist Wales Action Plan team.',
      'Grŵp cydgynhyrchu gyda rhwydweithiau staff; amser â thâl i gyfranogwyr; adolygiad gan dîm Cynllun Gweithredu Cymru Wrth-hiliol.',
    ),
    category: RiskCategory.REPUTATION,
    ownerKey: 'samira.ahmed',
    areas: [2],
    threatens: ['2.3', '2.8'],
    mitigatedBy: ['2.5'],
    inherent: [3, 4],
    target: [2, 3, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [3, 3],
    reviews: [
      [apr, 3, 3],
      [jul, 3, 3],
      [oct, 2, 3],
    ],
    mitigations: [
      {
        description: text(
          'Hold co-production workshops with staff networks in north and south Wales',
          'Cynnal gweithdai cydgynhyrchu gyda rhwydweithiau staff yn y gogledd a’r de',
        ),
        ownerKey: 'samira.ahmed',
        dueDate: '2026-07-31',
        doneOn: '2026-07-16',
      },
    ],
  },
  {
    title: text(
      'Shared well-being measures not agreed by both sectors',
      'Mesurau llesiant a rennir heb eu cytuno gan y ddau sector',
    ),
    description: text(
      'Because health and social care employers measure well-being in different ways, they may not agree a shared set of measures, which would stop the programme showing whether the well-being frameworks make a difference.',
      'Oherwydd bod cyflogwyr iechyd a gofal cymdeithasol yn mesur llesiant mewn ffyrdd gwahanol, efallai na fyddant yn cytuno ar set o fesurau a rennir, a fyddai’n atal y rhaglen rhag dangos a yw’r fframweithiau llesiant yn gwneud gwahaniaeth.',
    ),
    controls: text(
      'Joint task and finish group; measures drawn from the existing staff surveys where possible.',
      'Grŵp gorchwyl a gorffen ar y cyd; mesurau wedi’u tynnu o’r arolygon staff presennol lle bo modd.',
    ),
    category: RiskCategory.PARTNERSHIP,
    ownerKey: 'nia.williams',
    areas: [5, 4],
    threatens: ['5.3', '5.10'],
    mitigatedBy: [],
    inherent: [3, 3],
    target: [2, 2, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [3, 3],
    reviews: [
      [apr, 3, 3],
      [jul, 3, 3],
      [oct, 3, 2],
    ],
    mitigations: [],
  },
  {
    title: text(
      'Funding for Canopi beyond March 2027',
      'Cyllid ar gyfer Canopi y tu hwnt i fis Mawrth 2027',
    ),
    description: text(
      'Because Canopi is funded a year at a time, the service may not be confirmed for 2027-28, which would leave health and care staff without confidential mental health support and undo the rise in referrals.',
      'Oherwydd bod Canopi yn cael ei ariannu flwyddyn ar y tro, efallai na fydd y gwasanaeth yn cael ei gadarnhau ar gyfer 2027-28, a fyddai’n gadael staff iechyd a gofal heb gymorth iechyd meddwl cyfrinachol ac yn dadwneud y cynnydd mewn atgyfeiriadau.',
    ),
    controls: text(
      'Evaluation of outcomes shared with Welsh Government; referral figures reported quarterly.',
      'Gwerthusiad o’r canlyniadau wedi’i rannu â Llywodraeth Cymru; ffigurau atgyfeirio’n cael eu hadrodd bob chwarter.',
    ),
    category: RiskCategory.FINANCIAL,
    ownerKey: 'grace.okafor',
    areas: [5],
    threatens: ['5.4', '5.9'],
    mitigatedBy: [],
    inherent: [4, 3],
    target: [2, 3, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [3, 3],
    reviews: [
      [apr, 3, 3],
      [jul, 2, 3],
      [oct, 2, 3],
    ],
    mitigations: [
      {
        description: text(
          'Submit the evaluation and a two-year funding case to Welsh Government',
          'Cyflwyno’r gwerthusiad ac achos cyllido dwy flynedd i Lywodraeth Cymru',
        ),
        ownerKey: 'grace.okafor',
        dueDate: '2026-09-30',
        doneOn: '2026-09-17',
      },
    ],
  },
  {
    title: text(
      'Welsh-language skills fields in the Electronic Staff Record',
      'Meysydd sgiliau Cymraeg yn y Cofnod Staff Electronig',
    ),
    description: text(
      'Because changes to the Electronic Staff Record depend on a UK-wide release, the fields to record Welsh-language skills consistently may come late, which would leave the skills data incomplete and workforce planning for the active offer guesswork.',
      'Oherwydd bod newidiadau i’r Cofnod Staff Electronig yn dibynnu ar ryddhad ar draws y DU, gallai’r meysydd i gofnodi sgiliau Cymraeg yn gyson ddod yn hwyr, a fyddai’n gadael y data sgiliau yn anghyflawn ac yn gwneud cynllunio’r gweithlu ar gyfer y cynnig rhagweithiol yn fater o ddyfalu.',
    ),
    controls: text(
      'Interim recording in the existing competence fields; monthly call with the national system team.',
      'Cofnodi dros dro yn y meysydd cymhwysedd presennol; galwad fisol gyda thîm y system genedlaethol.',
    ),
    category: RiskCategory.INFORMATION,
    ownerKey: 'sian.pritchard',
    areas: [6, 4],
    threatens: ['6.5', '6.8'],
    mitigatedBy: ['6.2'],
    inherent: [4, 3],
    target: [2, 3, YEAR_END],
    reviewEveryMonths: 1,
    recordedOn: WORKSHOP,
    current: [4, 3],
    reviews: monthly([
      [4, 3],
      [4, 3],
      [4, 3],
      [4, 3],
      [4, 3],
      [4, 3],
      [4, 3],
      [4, 3],
      [4, 3],
    ]),
    mitigations: [],
  },
  {
    title: text(
      'Regional Partnership Board capacity for place-based workforce planning',
      'Capasiti Byrddau Partneriaeth Rhanbarthol ar gyfer cynllunio’r gweithlu ar sail lle',
    ),
    description: text(
      'Because Regional Partnership Boards have small teams and many demands, they may not give the pilots the analyst and planning time they need, which would delay place-based workforce planning and the joint guide that depends on it.',
      'Oherwydd bod gan Fyrddau Partneriaeth Rhanbarthol dimau bach a llawer o alwadau, efallai na fyddant yn rhoi’r amser dadansoddi a chynllunio sydd ei angen ar y cynlluniau peilot, a fyddai’n oedi cynllunio’r gweithlu ar sail lle a’r canllaw ar y cyd sy’n dibynnu arno.',
    ),
    controls: text(
      'Named leads in both pilot regions; analytical support from the workforce intelligence team.',
      'Arweinwyr penodol yn y ddau ranbarth peilot; cymorth dadansoddol gan y tîm gwybodaeth am y gweithlu.',
    ),
    category: RiskCategory.DELIVERY,
    ownerKey: 'ceri.morgan',
    areas: [1],
    threatens: ['1.4', '1.8'],
    mitigatedBy: [],
    inherent: [4, 3],
    target: [2, 3, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: WORKSHOP,
    current: [3, 3],
    reviews: [
      [apr, 3, 3],
      [
        aug,
        4,
        3,
        text(
          'One pilot region has lost its planning lead; the guide is likely to slip a quarter.',
          'Mae un rhanbarth peilot wedi colli ei arweinydd cynllunio; mae’r canllaw yn debygol o lithro chwarter.',
        ),
      ],
    ],
    mitigations: [],
  },
  {
    title: text(
      'Staff release for the quality improvement community of practice',
      'Rhyddhau staff ar gyfer y gymuned ymarfer gwella ansawdd',
    ),
    description: text(
      'Because frontline teams in both sectors are stretched, members may not be released for the community of practice, which would leave it small and mostly from health, and the learning would not spread.',
      'Oherwydd bod timau rheng flaen yn y ddau sector dan bwysau, efallai na fydd aelodau’n cael eu rhyddhau ar gyfer y gymuned ymarfer, a fyddai’n ei gadael yn fach ac yn dod yn bennaf o’r maes iechyd, ac ni fyddai’r dysgu’n lledaenu.',
    ),
    controls: text(
      'Sessions of an hour online; a social care co-chair; improvement projects counted towards continuing professional development.',
      'Sesiynau awr ar-lein; cyd-gadeirydd o faes gofal cymdeithasol; prosiectau gwella’n cyfrif tuag at ddatblygiad proffesiynol parhaus.',
    ),
    category: RiskCategory.DELIVERY,
    ownerKey: 'ceri.morgan',
    areas: [1, 2],
    threatens: ['1.10'],
    mitigatedBy: [],
    inherent: [3, 3],
    target: [2, 2, YEAR_END],
    reviewEveryMonths: 3,
    recordedOn: RELINKED_ON,
    current: [3, 3],
    reviews: [
      ['2026-06-02', 3, 3],
      ['2026-09-01', 3, 3],
    ],
    mitigations: [],
  },
  {
    kind: RiskKind.ISSUE,
    title: text(
      'Translation backlog delayed the bilingual well-being guide',
      'Ôl-groniad cyfieithu wedi oedi’r canllaw llesiant dwyieithog',
    ),
    description: text(
      'The translation framework supplier could not take on the guide and its case studies in time for the planned launch.',
      'Nid oedd cyflenwr y fframwaith cyfieithu yn gallu ymgymryd â’r canllaw a’i astudiaethau achos mewn pryd ar gyfer y lansiad arfaethedig.',
    ),
    impact: text(
      'The launch of the good-practice guide moved from June to September; it will not be published in English first.',
      'Symudodd lansiad y canllaw arfer da o fis Mehefin i fis Medi; ni fydd yn cael ei gyhoeddi yn Saesneg yn gyntaf.',
    ),
    controls: text(
      'Second supplier on the framework; Welsh Language Officer checking the terminology.',
      'Ail gyflenwr ar y fframwaith; Swyddog y Gymraeg yn gwirio’r derminoleg.',
    ),
    category: RiskCategory.DELIVERY,
    ownerKey: 'nia.williams',
    areas: [5, 6],
    threatens: ['5.8'],
    mitigatedBy: [],
    inherent: [3, 2],
    target: [1, 2, '2026-09-30'],
    reviewEveryMonths: 1,
    recordedOn: jun,
    current: [3, 2],
    reviews: [
      [jul, 3, 2],
      [aug, 2, 2],
    ],
    mitigations: [],
    closed: {
      on: sep,
      reason: text('Published in both languages.', 'Wedi’i gyhoeddi yn y ddwy iaith.'),
      resolution: text(
        'A second supplier translated the guide; it was published in Welsh and English on 1 September.',
        'Cyfieithodd ail gyflenwr y canllaw; fe’i cyhoeddwyd yn Gymraeg ac yn Saesneg ar 1 Medi.',
      ),
    },
  },
  {
    kind: RiskKind.ISSUE,
    title: text(
      'Staff-side members paused attendance at the social partnership forum',
      'Aelodau ochr y staff wedi oedi eu presenoldeb yn y fforwm partneriaeth gymdeithasol',
    ),
    description: text(
      'During the pay ballot, trade-union members stepped back from the joint well-being framework group.',
      'Yn ystod y bleidlais gyflog, camodd aelodau undebau llafur yn ôl o’r grŵp fframwaith llesiant ar y cyd.',
    ),
    impact: text(
      'Two meetings of the framework group were cancelled; the consultation on the refreshed framework started six weeks late.',
      'Canslwyd dau gyfarfod o grŵp y fframwaith; dechreuodd yr ymgynghoriad ar y fframwaith wedi’i adnewyddu chwe wythnos yn hwyr.',
    ),
    controls: text(
      'Written briefings to staff-side leads after each meeting; the forum co-chairs in contact weekly.',
      'Briffiau ysgrifenedig i arweinwyr ochr y staff ar ôl pob cyfarfod; cyd-gadeiryddion y fforwm mewn cysylltiad bob wythnos.',
    ),
    category: RiskCategory.PARTNERSHIP,
    ownerKey: 'grace.okafor',
    areas: [5],
    threatens: ['5.7'],
    mitigatedBy: [],
    inherent: [4, 3],
    target: [1, 3, '2026-12-31'],
    reviewEveryMonths: 1,
    recordedOn: may,
    current: [4, 3],
    reviews: [
      [jun, 4, 3],
      [jul, 3, 3],
      [aug, 2, 3],
      [sep, 2, 3],
      [oct, 2, 2],
      [nov, 2, 2],
    ],
    mitigations: [],
  },
  {
    kind: RiskKind.ISSUE,
    title: text(
      'Supplier of the workforce modelling tool went into administration',
      'Cyflenwr yr offeryn modelu’r gweithlu wedi mynd i ddwylo’r gweinyddwyr',
    ),
    description: text(
      'The company hosting the workforce modelling tool stopped trading in July; the code and data are held in escrow.',
      'Rhoddodd y cwmni sy’n cynnal yr offeryn modelu’r gweithlu y gorau i fasnachu ym mis Gorffennaf; mae’r cod a’r data’n cael eu cadw mewn escrow.',
    ),
    impact: text(
      'Health boards cannot run new scenarios for their integrated medium-term plans until the tool is rehosted.',
      'Ni all byrddau iechyd redeg senarios newydd ar gyfer eu cynlluniau tymor canolig integredig nes bod yr offeryn yn cael ei gynnal eto.',
    ),
    controls: text(
      'Escrow agreement; exports of every model run kept by the workforce intelligence team.',
      'Cytundeb escrow; allforion o bob rhediad model yn cael eu cadw gan y tîm gwybodaeth am y gweithlu.',
    ),
    category: RiskCategory.INFORMATION,
    ownerKey: 'priya.sharma',
    areas: [4],
    threatens: ['4.3', '4.8'],
    mitigatedBy: [],
    inherent: [3, 3],
    target: [1, 2, '2027-01-31'],
    reviewEveryMonths: 1,
    recordedOn: jul,
    current: [3, 3],
    reviews: [
      [aug, 3, 3],
      [sep, 3, 3],
      [oct, 3, 3],
      [nov, 3, 3],
    ],
    mitigations: [
      {
        description: text(
          'Rehost the tool on the NHS Wales cloud from the escrow copy',
          'Ailgynnal yr offeryn ar gwmwl GIG Cymru o’r copi escrow',
        ),
        ownerKey: 'priya.sharma',
        dueDate: '2027-01-31',
      },
    ],
  },
];

/**
 * A risk a lead raised from what they wrote under "risks" in their 2026-27 Q2 status update
 * (Status update → Raise as a risk), titled after that text: the catalogue's RISKS, in order.
 */
const RAISED_TITLES: BilingualSeedText[] = [
  text('Recruitment to the project team delayed', 'Oedi wrth recriwtio i dîm y prosiect'),
  text('Full-year funding not yet confirmed', 'Cyllid y flwyddyn gyfan heb ei gadarnhau eto'),
  text(
    'Data-sharing agreement needed before analysis',
    'Angen cytundeb rhannu data cyn dadansoddi',
  ),
  text(
    'Service pressures limit time for engagement and training',
    'Pwysau ar wasanaethau’n cyfyngu ar amser ar gyfer ymgysylltu a hyfforddiant',
  ),
  text(
    'Translation capacity could delay bilingual publishing',
    'Gallai capasiti cyfieithu oedi cyhoeddi dwyieithog',
  ),
  text('Procurement delay with an external supplier', 'Oedi wrth gaffael gyda chyflenwr allanol'),
];
const RAISED = {
  on: '2026-10-20',
  by: 'nia.williams',
  quarter: 2,
  category: RiskCategory.DELIVERY,
};

const REVIEW_COMMENTARY: Record<'up' | 'down' | 'same', BilingualSeedText> = {
  up: text(
    'The likelihood has risen since the last review; the owner is reporting to the operational group monthly until it falls.',
    'Mae’r tebygolrwydd wedi codi ers yr adolygiad diwethaf; mae’r perchennog yn adrodd i’r grŵp gweithredol bob mis nes iddo ostwng.',
  ),
  down: text(
    'The mitigations are taking effect and the score has come down.',
    'Mae’r camau lliniaru yn dod i rym ac mae’r sgôr wedi gostwng.',
  ),
  same: text(
    'No change since the last review; the controls are working and the mitigations are on track.',
    'Dim newid ers yr adolygiad diwethaf; mae’r rheolaethau’n gweithio ac mae’r camau lliniaru ar y trywydd iawn.',
  ),
};

function commentaryFor(before: Score, [, likelihood, consequence, note]: ReviewSeed) {
  if (note) return note;
  const [was, now] = [before[0] * before[1], likelihood * consequence];
  return REVIEW_COMMENTARY[now > was ? 'up' : now < was ? 'down' : 'same'];
}

/**
 * The register over the year, through the product's services on the seed clock: risks recorded at
 * the operational group's January workshop (before the first board paper of the year), linked to
 * the new plan's actions once it is approved, reviewed monthly or quarterly by their owners (or by
 * the programme office for owners without an account), follow-ups done, one risk escalated to the
 * oversight board, a risk and an issue closed, and a risk raised from a lead's status update.
 */
export function demoRiskEvents(
  dataSource: DataSource,
  services: INestApplicationContext,
  personIds: Map<string, string>,
  office: Actor,
  leads: Actor[],
): DemoEvent[] {
  const risks = services.get(RisksService);
  const actorFor = demoActorFor(personIds, leads, office);
  const person = (key: string) => personIds.get(key) as string;
  const ids = new Map<RiskSeed, string>();
  const version = async (seed: RiskSeed) => (await risks.getRisk(ids.get(seed) as string)).version;
  /** The seed's actions in the plan of the year `on` falls in. */
  const actionIds = async (on: IsoDate, references: string[]) => {
    const plan = await demoActionsOf(dataSource, financialYearOf(on));
    return plan.filter((a) => references.includes(a.reference)).map((a) => a.id);
  };
  const events: DemoEvent[] = [];
  const at = (on: IsoDate, time: string, run: () => Promise<void>) =>
    events.push({ at: `${on}T${time}:00Z`, run });

  for (const seed of DEMO_RISKS) {
    const owner = actorFor(seed.ownerKey);
    at(seed.recordedOn, '15:00', async () => {
      const areaIds = await demoAreaIds(dataSource);
      const [l, c, date] = seed.target;
      const risk = await risks.create(owner, {
        kind: seed.kind,
        title: seed.title,
        description: seed.description,
        category: seed.category,
        controls: seed.controls,
        impact: seed.impact,
        current: { likelihood: seed.current[0], consequence: seed.current[1] },
        inherent: { likelihood: seed.inherent[0], consequence: seed.inherent[1] },
        target: { likelihood: l, consequence: c, date },
        reviewEveryMonths: seed.reviewEveryMonths,
        ownerId: person(seed.ownerKey),
        areaIds: seed.areas.map((number) => areaIds.get(number) as string),
        threatenedActionIds: await actionIds(seed.recordedOn, seed.threatens),
        mitigatingActionIds: await actionIds(seed.recordedOn, seed.mitigatedBy),
        mitigations: seed.mitigations.map((m) => ({
          description: m.description,
          ownerId: person(m.ownerKey),
          dueDate: m.dueDate,
        })),
      });
      ids.set(seed, risk.id);
    });
    if (seed.recordedOn < RELINKED_ON && !(seed.closed && seed.closed.on < RELINKED_ON)) {
      at(RELINKED_ON, '12:00', async () => {
        await risks.update(office, {
          id: ids.get(seed) as string,
          expectedVersion: await version(seed),
          threatenedActionIds: await actionIds(RELINKED_ON, seed.threatens),
          mitigatingActionIds: await actionIds(RELINKED_ON, seed.mitigatedBy),
        });
      });
    }
    let before = seed.current;
    for (const review of seed.reviews) {
      const previous = before;
      before = [review[1], review[2]];
      at(review[0], '15:30', async () => {
        await risks.review(owner, {
          riskId: ids.get(seed) as string,
          expectedVersion: await version(seed),
          current: { likelihood: review[1], consequence: review[2] },
          commentary: commentaryFor(previous, review),
        });
      });
    }
    for (const mitigation of seed.mitigations.filter((m) => m.doneOn)) {
      at(mitigation.doneOn as IsoDate, '12:30', () => completeMitigation(seed, mitigation));
    }
    if (seed.escalated) {
      const { on, reason } = seed.escalated;
      at(on, '16:00', async () => {
        await risks.escalate(office, {
          id: ids.get(seed) as string,
          expectedVersion: await version(seed),
          reason,
        });
      });
    }
    if (seed.closed) {
      const { on, reason, resolution } = seed.closed;
      at(on, '16:30', async () => {
        await risks.close(owner, {
          id: ids.get(seed) as string,
          expectedVersion: await version(seed),
          reason,
          resolution,
        });
      });
    }
  }

  /** The owner marks the follow-up done, the others kept as they are. */
  async function completeMitigation(seed: RiskSeed, done: MitigationSeed): Promise<void> {
    const riskId = ids.get(seed) as string;
    const rows = await dataSource
      .getRepository(RiskMitigation)
      .find({ where: { riskId }, order: { dueDate: 'ASC', id: 'ASC' } });
    await risks.update(actorFor(seed.ownerKey), {
      id: riskId,
      expectedVersion: await version(seed),
      mitigations: rows.map((row) => ({
        id: row.id,
        description: { en: row.description.en ?? '', cy: row.description.cy ?? '' },
        ownerId: row.ownerId,
        dueDate: row.dueDate,
        completedOn: row.description.en === done.description.en ? done.doneOn : row.completedOn,
      })),
    });
  }

  let raisedId = '';
  at(RAISED.on, '11:30', async () => {
    const lead = actorFor(RAISED.by);
    const [update] = await dataSource
      .getRepository(StatusUpdate)
      .createQueryBuilder('u')
      .innerJoin('reporting_period', 'p', 'p.id = u.reporting_period_id')
      .innerJoin('action_owner', 'o', 'o.action_id = u.action_id AND o.person_id = :person', {
        person: lead.personId,
      })
      .where('p.financial_year = :year AND p.quarter = :quarter', {
        year: financialYearOf(RAISED.on),
        quarter: RAISED.quarter,
      })
      .andWhere('u.risks_en IS NOT NULL')
      .orderBy('u.submittedAt')
      .getMany();
    const risksText = update.risks as BilingualSeedText;
    const title = RAISED_TITLES[RISKS.findIndex((r) => r.en === risksText.en)] ?? RAISED_TITLES[0];
    raisedId = (
      await services.get(RiskRaisingService).raise(lead, {
        statusUpdateId: update.id,
        title,
        description: risksText,
        category: RAISED.category,
        controls: text(
          'Progress reported to the operational group each quarter; milestones re-planned with partners when needed.',
          'Cynnydd yn cael ei adrodd i’r grŵp gweithredol bob chwarter; cerrig milltir yn cael eu hailgynllunio gyda phartneriaid pan fo angen.',
        ),
        current: { likelihood: 3, consequence: 3 },
        inherent: { likelihood: 3, consequence: 3 },
        target: { likelihood: 2, consequence: 2, date: YEAR_END },
        reviewEveryMonths: 1,
      })
    ).id;
  });
  // Its first monthly review, at the operational group.
  at(nov, '15:30', async () => {
    const { version } = await risks.getRisk(raisedId);
    await risks.review(actorFor(RAISED.by), {
      riskId: raisedId,
      expectedVersion: version,
      current: { likelihood: 3, consequence: 2 },
      commentary: REVIEW_COMMENTARY.down,
    });
  });

  return events;
}
