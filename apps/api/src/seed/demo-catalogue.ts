// The Welsh (Cymraeg) text in this file must be checked by a Welsh speaker before release.
import type { LeadOrganisation, OrganisationType, Theme } from '@cynnydd/shared/domain';

export interface BilingualSeedText {
  en: string;
  cy: string;
}

export interface AreaSeed {
  number: number;
  title: BilingualSeedText;
  shortTitle: BilingualSeedText;
  description: BilingualSeedText;
}

export const STRATEGIC_AREAS: AreaSeed[] = [
  {
    number: 1,
    title: {
      en: 'Create opportunities to share and spread workforce best practice across health and social care services',
      cy: "Creu cyfleoedd i rannu a lledaenu arferion gorau'r gweithlu ar draws gwasanaethau iechyd a gofal cymdeithasol",
    },
    shortTitle: { en: 'Sharing best practice', cy: 'Rhannu arferion gorau' },
    description: {
      en: 'This covers integrated working, place-based care, the integrated quality statement for people living with frailty, workforce engagement and well-being, quality improvement, culture, organisational development, workforce planning, multi-agency and multi-disciplinary team working, and staff retention.',
      cy: "Mae hyn yn cynnwys gweithio integredig, gofal sy'n seiliedig ar le, y datganiad ansawdd integredig ar gyfer pobl sy'n byw gydag eiddilwch, ymgysylltiad a llesiant y gweithlu, gwella ansawdd, diwylliant, datblygu sefydliadol, cynllunio'r gweithlu, gweithio mewn timau amlasiantaethol ac amlddisgyblaethol, a chadw staff.",
    },
  },
  {
    number: 2,
    title: {
      en: 'Embed compassionate leadership in both sectors',
      cy: 'Ymgorffori arweinyddiaeth dosturiol yn y ddau sector',
    },
    shortTitle: { en: 'Compassionate leadership', cy: 'Arweinyddiaeth dosturiol' },
    description: {
      en: 'This covers building a compassionate and collective culture, and anti-discriminatory practice and inclusion.',
      cy: 'Mae hyn yn cynnwys meithrin diwylliant tosturiol a chyfunol, ac arferion gwrth-wahaniaethol a chynhwysiant.',
    },
  },
  {
    number: 3,
    title: {
      en: 'Use the joint health and social care careers network to align and progress strategic careers campaigns',
      cy: "Defnyddio'r rhwydwaith gyrfaoedd iechyd a gofal cymdeithasol ar y cyd i gysoni a datblygu ymgyrchoedd gyrfa",
    },
    shortTitle: { en: 'Careers campaigns', cy: 'Ymgyrchoedd gyrfa' },
    description: {
      en: 'Strategic careers campaigns and information are bilingual and cover widening access, work experience, career pathways, and marketing campaigns and branding.',
      cy: "Mae'r ymgyrchoedd a'r wybodaeth strategol am yrfaoedd yn ddwyieithog ac yn ymdrin ag ehangu mynediad, profiad gwaith, llwybrau gyrfa, ac ymgyrchoedd marchnata a brandio.",
    },
  },
  {
    number: 4,
    title: {
      en: 'Continue to drive improvements in workforce data and analytics',
      cy: 'Parhau i sbarduno gwelliannau o ran data a dadansoddeg y gweithlu',
    },
    shortTitle: { en: 'Workforce data', cy: 'Data’r gweithlu' },
    description: {
      en: 'This covers standardised data sets, analytical methods, and modelling for workforce planning, development and productivity.',
      cy: "Mae hyn yn cynnwys setiau data safonol, dulliau dadansoddi, a modelu ar gyfer cynllunio'r gweithlu, datblygu'r gweithlu a chynhyrchiant.",
    },
  },
  {
    number: 5,
    title: {
      en: 'Support employers to embed workforce well-being',
      cy: 'Cefnogi cyflogwyr i ymgorffori llesiant y gweithlu',
    },
    shortTitle: { en: 'Workforce well-being', cy: 'Llesiant y gweithlu' },
    description: {
      en: 'Refresh and implement the social care and NHS health and well-being frameworks, with a good-practice guide, well-being measures, resources and case studies, alongside Canopi, the care worker card, the blue light card and incentive schemes.',
      cy: "Adnewyddu a rhoi ar waith fframweithiau iechyd a llesiant gofal cymdeithasol a'r GIG, gyda chanllaw arferion da, mesurau llesiant, adnoddau ac astudiaethau achos, yn ogystal â gwasanaeth Canopi, y cerdyn gweithiwr gofal, y cerdyn golau glas a chynlluniau cymhelliant.",
    },
  },
  {
    number: 6,
    title: {
      en: 'Deliver the jointly assigned actions within the Mwy na geiriau (More than just words) Welsh-language plan',
      cy: "Cyflawni'r camau gweithredu a neilltuwyd ar y cyd yng nghynllun gweithredu'r Gymraeg, Mwy na geiriau",
    },
    shortTitle: { en: 'Welsh language (Mwy na geiriau)', cy: 'Y Gymraeg (Mwy na geiriau)' },
    description: {
      en: 'Deliver the actions assigned jointly to HEIW and Social Care Wales in the Mwy na geiriau (More than just words) Welsh-language action plan.',
      cy: "Cyflawni'r camau gweithredu a neilltuwyd ar y cyd i AaGIC a Gofal Cymdeithasol Cymru yn Mwy na geiriau, cynllun gweithredu'r Gymraeg.",
    },
  },
  {
    number: 7,
    title: {
      en: 'Support professional development and progression of the workforce',
      cy: 'Cefnogi datblygiad proffesiynol a dilyniant y gweithlu',
    },
    shortTitle: { en: 'Professional development', cy: 'Datblygiad proffesiynol' },
    description: {
      en: 'This includes joint vocational qualifications at Levels 2 to 5, a joint apprenticeship framework, and professional qualifying and learning pathways.',
      cy: 'Mae hyn yn cynnwys cymwysterau galwedigaethol ar y cyd ar Lefelau 2 i 5, fframwaith prentisiaethau ar y cyd, a llwybrau cymhwyso a dysgu proffesiynol.',
    },
  },
];

export interface ThemeSeed {
  code: `${Theme}`;
  name: BilingualSeedText;
  description: BilingualSeedText;
}

export const THEMES: ThemeSeed[] = [
  {
    code: 'WELL_BEING',
    name: { en: 'Well-being', cy: 'Llesiant' },
    description: {
      en: 'A fundamental principle: supporting the physical, mental and emotional well-being of everyone in the health and social care workforce.',
      cy: 'Egwyddor sylfaenol: cefnogi llesiant corfforol, meddyliol ac emosiynol pawb yn y gweithlu iechyd a gofal cymdeithasol.',
    },
  },
  {
    code: 'INCLUSION',
    name: { en: 'Inclusion', cy: 'Cynhwysiant' },
    description: {
      en: 'A fundamental principle: a workforce that reflects the diversity of the people of Wales, where everyone is treated fairly and feels they belong.',
      cy: "Egwyddor sylfaenol: gweithlu sy'n adlewyrchu amrywiaeth pobl Cymru, lle caiff pawb eu trin yn deg a lle mae pawb yn teimlo eu bod yn perthyn.",
    },
  },
  {
    code: 'WELSH_LANGUAGE_AND_CULTURE',
    name: { en: 'Welsh language and culture', cy: 'Y Gymraeg a diwylliant' },
    description: {
      en: 'A fundamental principle: growing Welsh language skills and cultural awareness so people can receive care in the language of their choice.',
      cy: 'Egwyddor sylfaenol: datblygu sgiliau Cymraeg ac ymwybyddiaeth ddiwylliannol er mwyn i bobl allu cael gofal yn eu dewis iaith.',
    },
  },
  {
    code: 'STAFF_RETENTION',
    name: { en: 'Staff retention', cy: 'Cadw staff' },
    description: {
      en: 'A critical cross-cutting priority: keeping skilled and experienced people in health and social care, supported by a dedicated retention programme.',
      cy: 'Blaenoriaeth drawsbynciol hollbwysig: cadw pobl fedrus a phrofiadol ym maes iechyd a gofal cymdeithasol, gyda chymorth rhaglen cadw staff benodol.',
    },
  },
];

export const STRATEGY: {
  title: BilingualSeedText;
  ambition: BilingualSeedText;
  publishedOn: string;
} = {
  title: {
    en: 'A Healthier Wales: our Workforce Strategy for Health and Social Care',
    cy: 'Cymru Iachach: ein Strategaeth Gweithlu ar gyfer Iechyd a Gofal Cymdeithasol',
  },
  ambition: {
    en: 'A motivated, engaged and valued health and social care workforce with the capacity, competence and confidence to meet the needs of the people of Wales.',
    cy: "Gweithlu iechyd a gofal cymdeithasol brwdfrydig ac ymroddedig sy'n cael ei werthfawrogi, ac sydd â'r capasiti, y cymhwysedd a'r hyder i ddiwallu anghenion pobl Cymru.",
  },
  publishedOn: '2020-10-22',
};

export interface OrganisationSeed {
  code: string;
  type: `${OrganisationType}`;
  name: BilingualSeedText;
}

export const ORGANISATIONS: OrganisationSeed[] = [
  {
    code: 'HEIW',
    type: 'DELIVERY_BODY',
    name: { en: 'Health Education and Improvement Wales', cy: 'Addysg a Gwella Iechyd Cymru' },
  },
  {
    code: 'SCW',
    type: 'DELIVERY_BODY',
    name: { en: 'Social Care Wales', cy: 'Gofal Cymdeithasol Cymru' },
  },
  { code: 'WG', type: 'GOVERNMENT', name: { en: 'Welsh Government', cy: 'Llywodraeth Cymru' } },
  {
    code: 'BCUHB',
    type: 'HEALTH_BOARD',
    name: {
      en: 'Betsi Cadwaladr University Health Board',
      cy: 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr',
    },
  },
  {
    code: 'CAVUHB',
    type: 'HEALTH_BOARD',
    name: {
      en: 'Cardiff and Vale University Health Board',
      cy: "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro",
    },
  },
  {
    code: 'HDUHB',
    type: 'HEALTH_BOARD',
    name: { en: 'Hywel Dda University Health Board', cy: 'Bwrdd Iechyd Prifysgol Hywel Dda' },
  },
  {
    code: 'CARDIFF',
    type: 'LOCAL_AUTHORITY',
    name: { en: 'Cardiff Council', cy: 'Cyngor Caerdydd' },
  },
  {
    code: 'GWYNEDD',
    type: 'LOCAL_AUTHORITY',
    name: { en: 'Gwynedd Council', cy: 'Cyngor Gwynedd' },
  },
  {
    code: 'UNISON',
    type: 'TRADE_UNION',
    name: { en: 'UNISON Cymru Wales', cy: 'UNISON Cymru Wales' },
  },
  {
    code: 'RCN',
    type: 'TRADE_UNION',
    name: { en: 'Royal College of Nursing Wales', cy: 'Coleg Nyrsio Brenhinol Cymru' },
  },
];

export interface PersonSeed {
  key: string;
  name: string;
  email: string;
  organisationCode: string;
  jobTitle: BilingualSeedText;
}

export const PEOPLE: PersonSeed[] = [
  {
    key: 'ceri.morgan',
    name: 'Ceri Morgan',
    email: 'ceri.morgan@heiw.example.wales',
    organisationCode: 'HEIW',
    jobTitle: {
      en: 'Head of Workforce Strategy and Planning',
      cy: "Pennaeth Strategaeth a Chynllunio'r Gweithlu",
    },
  },
  {
    key: 'rhys.llewellyn',
    name: 'Rhys Llewellyn',
    email: 'rhys.llewellyn@heiw.example.wales',
    organisationCode: 'HEIW',
    jobTitle: { en: 'Head of Leadership Development', cy: 'Pennaeth Datblygu Arweinyddiaeth' },
  },
  {
    key: 'priya.sharma',
    name: 'Priya Sharma',
    email: 'priya.sharma@heiw.example.wales',
    organisationCode: 'HEIW',
    jobTitle: { en: 'Head of Workforce Intelligence', cy: 'Pennaeth Gwybodaeth am y Gweithlu' },
  },
  {
    key: 'sian.pritchard',
    name: 'Siân Pritchard',
    email: 'sian.pritchard@heiw.example.wales',
    organisationCode: 'HEIW',
    jobTitle: { en: 'Welsh Language Manager', cy: 'Rheolwr y Gymraeg' },
  },
  {
    key: 'tom.bennett',
    name: 'Tom Bennett',
    email: 'tom.bennett@heiw.example.wales',
    organisationCode: 'HEIW',
    jobTitle: {
      en: 'Head of Education and Professional Development',
      cy: 'Pennaeth Addysg a Datblygiad Proffesiynol',
    },
  },
  {
    key: 'aled.hughes',
    name: 'Aled Hughes',
    email: 'aled.hughes@heiw.example.wales',
    organisationCode: 'HEIW',
    jobTitle: {
      en: 'Careers and Widening Access Lead',
      cy: 'Arweinydd Gyrfaoedd ac Ehangu Mynediad',
    },
  },
  {
    key: 'grace.okafor',
    name: 'Grace Okafor',
    email: 'grace.okafor@heiw.example.wales',
    organisationCode: 'HEIW',
    jobTitle: {
      en: 'Head of Staff Well-being and Retention',
      cy: 'Pennaeth Llesiant a Chadw Staff',
    },
  },
  {
    key: 'elin.roberts',
    name: 'Elin Roberts',
    email: 'elin.roberts@socialcare.example.wales',
    organisationCode: 'SCW',
    jobTitle: { en: 'Head of Workforce Development', cy: "Pennaeth Datblygu'r Gweithlu" },
  },
  {
    key: 'gareth.powell',
    name: 'Gareth Powell',
    email: 'gareth.powell@socialcare.example.wales',
    organisationCode: 'SCW',
    jobTitle: {
      en: 'Qualifications and Apprenticeships Manager',
      cy: 'Rheolwr Cymwysterau a Phrentisiaethau',
    },
  },
  {
    key: 'nia.williams',
    name: 'Nia Williams',
    email: 'nia.williams@socialcare.example.wales',
    organisationCode: 'SCW',
    jobTitle: { en: 'Workforce Well-being Manager', cy: 'Rheolwr Llesiant y Gweithlu' },
  },
  {
    key: 'david.chen',
    name: 'David Chen',
    email: 'david.chen@socialcare.example.wales',
    organisationCode: 'SCW',
    jobTitle: { en: 'Research and Data Manager', cy: 'Rheolwr Ymchwil a Data' },
  },
  {
    key: 'megan.thomas',
    name: 'Megan Thomas',
    email: 'megan.thomas@socialcare.example.wales',
    organisationCode: 'SCW',
    jobTitle: { en: 'Careers and Recruitment Lead', cy: 'Arweinydd Gyrfaoedd a Recriwtio' },
  },
  {
    key: 'lowri.jenkins',
    name: 'Lowri Jenkins',
    email: 'lowri.jenkins@socialcare.example.wales',
    organisationCode: 'SCW',
    jobTitle: { en: 'Leadership and Improvement Manager', cy: 'Rheolwr Arweinyddiaeth a Gwella' },
  },
  {
    key: 'samira.ahmed',
    name: 'Samira Ahmed',
    email: 'samira.ahmed@socialcare.example.wales',
    organisationCode: 'SCW',
    jobTitle: {
      en: 'Welsh Language and Equality Officer',
      cy: 'Swyddog y Gymraeg a Chydraddoldeb',
    },
  },
  {
    key: 'owain.davies',
    name: 'Owain Davies',
    email: 'owain.davies@gov.example.wales',
    organisationCode: 'WG',
    jobTitle: {
      en: 'Deputy Director, Health and Social Care Workforce',
      cy: 'Dirprwy Gyfarwyddwr, y Gweithlu Iechyd a Gofal Cymdeithasol',
    },
  },
  {
    key: 'karen.lloyd',
    name: 'Karen Lloyd',
    email: 'karen.lloyd@unison.example.org',
    organisationCode: 'UNISON',
    jobTitle: { en: 'Regional Organiser, Health', cy: 'Trefnydd Rhanbarthol, Iechyd' },
  },
];

export interface MilestoneSeed {
  title: BilingualSeedText;
  monthOffset: number;
}

export interface ActionSeed {
  areaNumber: number;
  title: BilingualSeedText;
  description: BilingualSeedText;
  lead: `${LeadOrganisation}`;
  ownerKeys: string[];
  themes: `${Theme}`[];
  milestones: MilestoneSeed[];
  profile:
    'ON_TRACK' | 'SLIPPING' | 'AT_RISK' | 'RECOVERING' | 'EARLY_COMPLETE' | 'NOT_STARTED_YET';
}

export const ACTIONS: ActionSeed[] = [
  {
    areaNumber: 1,
    title: {
      en: 'Launch a joint health and social care workforce best-practice network',
      cy: 'Lansio rhwydwaith arferion gorau ar y cyd ar gyfer y gweithlu iechyd a gofal cymdeithasol',
    },
    description: {
      en: 'Bring together workforce leads from health boards, local authorities and care providers to share what works, meeting quarterly online and in person.',
      cy: "Dod ag arweinwyr gweithlu o fyrddau iechyd, awdurdodau lleol a darparwyr gofal ynghyd i rannu'r hyn sy'n gweithio, gan gyfarfod bob chwarter ar-lein ac wyneb yn wyneb.",
    },
    lead: 'JOINT',
    ownerKeys: ['ceri.morgan', 'elin.roberts'],
    themes: ['STAFF_RETENTION', 'WELL_BEING'],
    milestones: [
      {
        title: {
          en: "Agree the network's terms of reference",
          cy: 'Cytuno ar gylch gorchwyl y rhwydwaith',
        },
        monthOffset: 2,
      },
      {
        title: { en: 'Hold the first network event', cy: 'Cynnal digwyddiad cyntaf y rhwydwaith' },
        monthOffset: 5,
      },
      {
        title: {
          en: 'Publish an annual learning summary',
          cy: 'Cyhoeddi crynodeb dysgu blynyddol',
        },
        monthOffset: 12,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 1,
    title: {
      en: 'Publish case studies on integrated multi-disciplinary team working in primary and community care',
      cy: 'Cyhoeddi astudiaethau achos ar waith timau amlddisgyblaethol integredig ym maes gofal sylfaenol a chymunedol',
    },
    description: {
      en: 'Gather and publish examples from clusters where health and social care staff work as one team around the person.',
      cy: 'Casglu a chyhoeddi enghreifftiau o glystyrau lle mae staff iechyd a gofal cymdeithasol yn gweithio fel un tîm o amgylch yr unigolyn.',
    },
    lead: 'HEIW',
    ownerKeys: ['ceri.morgan'],
    themes: ['WELL_BEING', 'STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Select six cluster case studies',
          cy: 'Dewis chwe astudiaeth achos o glystyrau',
        },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Publish case studies bilingually',
          cy: "Cyhoeddi'r astudiaethau achos yn ddwyieithog",
        },
        monthOffset: 8,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 1,
    title: {
      en: 'Develop workforce guidance to support the integrated quality statement for people living with frailty',
      cy: "Datblygu canllawiau gweithlu i gefnogi'r datganiad ansawdd integredig ar gyfer pobl sy'n byw gydag eiddilwch",
    },
    description: {
      en: 'Set out the skills and roles that care and support staff need to deliver the frailty quality statement in the community.',
      cy: "Nodi'r sgiliau a'r rolau sydd eu hangen ar staff gofal a chymorth i gyflawni'r datganiad ansawdd ar eiddilwch yn y gymuned.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['elin.roberts'],
    themes: ['WELL_BEING', 'INCLUSION'],
    milestones: [
      {
        title: {
          en: 'Complete engagement with frailty practitioners',
          cy: "Cwblhau'r gwaith ymgysylltu ag ymarferwyr eiddilwch",
        },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Share draft guidance for consultation',
          cy: "Rhannu'r canllawiau drafft i ymgynghori arnynt",
        },
        monthOffset: 6,
      },
      {
        title: { en: 'Publish final guidance', cy: "Cyhoeddi'r canllawiau terfynol" },
        monthOffset: 10,
      },
    ],
    profile: 'SLIPPING',
  },
  {
    areaNumber: 1,
    title: {
      en: 'Pilot place-based workforce planning with two Regional Partnership Boards',
      cy: "Treialu cynllunio'r gweithlu ar sail lle gyda dau Fwrdd Partneriaeth Rhanbarthol",
    },
    description: {
      en: 'Test a shared approach to planning the health and social care workforce around local population needs in two regions.',
      cy: "Profi dull cyffredin o gynllunio'r gweithlu iechyd a gofal cymdeithasol yn seiliedig ar anghenion y boblogaeth leol mewn dau ranbarth.",
    },
    lead: 'JOINT',
    ownerKeys: ['ceri.morgan', 'elin.roberts'],
    themes: ['STAFF_RETENTION'],
    milestones: [
      {
        title: { en: 'Confirm the two pilot regions', cy: "Cadarnhau'r ddau ranbarth peilot" },
        monthOffset: 2,
      },
      {
        title: {
          en: 'Complete baseline workforce analysis',
          cy: "Cwblhau dadansoddiad llinell sylfaen o'r gweithlu",
        },
        monthOffset: 6,
      },
      {
        title: {
          en: 'Report pilot findings to the oversight board',
          cy: "Adrodd ar ganfyddiadau'r cynllun peilot i'r bwrdd trosolwg",
        },
        monthOffset: 11,
      },
    ],
    profile: 'AT_RISK',
  },
  {
    areaNumber: 1,
    title: {
      en: 'Run a quality improvement learning programme for social care managers',
      cy: 'Cynnal rhaglen ddysgu gwella ansawdd ar gyfer rheolwyr gofal cymdeithasol',
    },
    description: {
      en: 'Offer a cohort-based programme that helps registered managers lead small-scale improvement projects in their own services.',
      cy: "Cynnig rhaglen i garfanau o reolwyr cofrestredig sy'n eu helpu i arwain prosiectau gwella ar raddfa fach yn eu gwasanaethau eu hunain.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['lowri.jenkins'],
    themes: ['WELL_BEING', 'STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Recruit the first cohort of managers',
          cy: "Recriwtio'r garfan gyntaf o reolwyr",
        },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Hold a showcase of improvement projects',
          cy: 'Cynnal digwyddiad i arddangos prosiectau gwella',
        },
        monthOffset: 11,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 1,
    title: {
      en: 'Publish a staff retention good-practice guide drawing on the NHS Wales retention programme',
      cy: "Cyhoeddi canllaw arferion da ar gadw staff sy'n seiliedig ar raglen cadw staff GIG Cymru",
    },
    description: {
      en: 'Summarise practical interventions that health boards have used to reduce turnover, including flexible working and support for staff early in their careers.',
      cy: "Crynhoi'r ymyriadau ymarferol y mae byrddau iechyd wedi'u defnyddio i leihau trosiant staff, gan gynnwys gweithio hyblyg a chymorth i staff ar ddechrau eu gyrfa.",
    },
    lead: 'HEIW',
    ownerKeys: ['grace.okafor', 'karen.lloyd'],
    themes: ['STAFF_RETENTION', 'WELL_BEING'],
    milestones: [
      {
        title: {
          en: 'Agree content with trade union partners',
          cy: 'Cytuno ar y cynnwys gyda phartneriaid undebau llafur',
        },
        monthOffset: 2,
      },
      {
        title: {
          en: 'Publish the guide on both websites',
          cy: "Cyhoeddi'r canllaw ar y ddwy wefan",
        },
        monthOffset: 6,
      },
    ],
    profile: 'EARLY_COMPLETE',
  },
  {
    areaNumber: 2,
    title: {
      en: 'Roll out compassionate leadership development for NHS Wales team leaders',
      cy: 'Cyflwyno datblygiad arweinyddiaeth dosturiol i arweinwyr tîm GIG Cymru',
    },
    description: {
      en: 'Deliver a blended programme for team leaders focused on listening, understanding, empathising and helping.',
      cy: "Darparu rhaglen gyfunol i arweinwyr tîm sy'n canolbwyntio ar wrando, deall, dangos empathi a helpu.",
    },
    lead: 'HEIW',
    ownerKeys: ['rhys.llewellyn'],
    themes: ['WELL_BEING', 'STAFF_RETENTION'],
    milestones: [
      {
        title: { en: 'Launch the first two cohorts', cy: "Lansio'r ddwy garfan gyntaf" },
        monthOffset: 3,
      },
      {
        title: { en: 'Reach 300 team leaders', cy: 'Cyrraedd 300 o arweinwyr tîm' },
        monthOffset: 9,
      },
      {
        title: {
          en: 'Publish participant feedback report',
          cy: 'Cyhoeddi adroddiad ar adborth cyfranogwyr',
        },
        monthOffset: 12,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 2,
    title: {
      en: 'Publish compassionate leadership resources for registered managers in social care',
      cy: 'Cyhoeddi adnoddau arweinyddiaeth dosturiol ar gyfer rheolwyr cofrestredig ym maes gofal cymdeithasol',
    },
    description: {
      en: 'Produce bilingual guides, podcasts and reflective tools that help managers build a compassionate and collective culture.',
      cy: "Cynhyrchu canllawiau, podlediadau ac adnoddau myfyrio dwyieithog sy'n helpu rheolwyr i feithrin diwylliant tosturiol a chyfunol.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['lowri.jenkins'],
    themes: ['WELL_BEING', 'INCLUSION'],
    milestones: [
      {
        title: {
          en: 'Test draft resources with managers',
          cy: "Profi'r adnoddau drafft gyda rheolwyr",
        },
        monthOffset: 4,
      },
      {
        title: { en: 'Publish the resource collection', cy: "Cyhoeddi'r casgliad o adnoddau" },
        monthOffset: 7,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 2,
    title: {
      en: 'Develop a joint anti-discriminatory practice framework for health and social care leaders',
      cy: 'Datblygu fframwaith ar y cyd ar arferion gwrth-wahaniaethol ar gyfer arweinwyr iechyd a gofal cymdeithasol',
    },
    description: {
      en: 'Co-produce a framework with staff networks and trade unions that supports the Anti-racist Wales Action Plan.',
      cy: "Cydgynhyrchu fframwaith gyda rhwydweithiau staff ac undebau llafur sy'n cefnogi Cynllun Gweithredu Cymru Wrth-hiliol.",
    },
    lead: 'JOINT',
    ownerKeys: ['rhys.llewellyn', 'samira.ahmed'],
    themes: ['INCLUSION'],
    milestones: [
      {
        title: { en: 'Hold co-production workshops', cy: 'Cynnal gweithdai cydgynhyrchu' },
        monthOffset: 4,
      },
      {
        title: { en: 'Consult on the draft framework', cy: 'Ymgynghori ar y fframwaith drafft' },
        monthOffset: 7,
      },
      { title: { en: 'Launch the framework', cy: "Lansio'r fframwaith" }, monthOffset: 11 },
    ],
    profile: 'SLIPPING',
  },
  {
    areaNumber: 2,
    title: {
      en: 'Launch a cross-sector coaching and mentoring network for leaders',
      cy: 'Lansio rhwydwaith hyfforddi a mentora traws-sector ar gyfer arweinwyr',
    },
    description: {
      en: 'Match leaders in health and social care with trained coaches and mentors from the other sector to build shared understanding.',
      cy: "Paru arweinwyr ym maes iechyd a gofal cymdeithasol â hyfforddwyr a mentoriaid hyfforddedig o'r sector arall er mwyn meithrin dealltwriaeth gyffredin.",
    },
    lead: 'JOINT',
    ownerKeys: ['rhys.llewellyn', 'lowri.jenkins'],
    themes: ['WELL_BEING', 'STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Train the first group of coaches',
          cy: "Hyfforddi'r grŵp cyntaf o hyfforddwyr",
        },
        monthOffset: 3,
      },
      {
        title: { en: 'Make 50 coaching matches', cy: 'Paru 50 o arweinwyr â hyfforddwyr' },
        monthOffset: 8,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 2,
    title: {
      en: 'Support social care employers to set up staff networks for under-represented groups',
      cy: 'Cefnogi cyflogwyr gofal cymdeithasol i sefydlu rhwydweithiau staff i grwpiau heb gynrychiolaeth ddigonol',
    },
    description: {
      en: 'Provide guidance and start-up support so that ethnic minority, disabled and LGBTQ+ staff have a stronger voice in their organisations.',
      cy: 'Darparu canllawiau a chymorth cychwynnol fel bod gan staff o leiafrifoedd ethnig, staff anabl a staff LHDTC+ lais cryfach yn eu sefydliadau.',
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['samira.ahmed'],
    themes: ['INCLUSION', 'STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Publish staff network guidance',
          cy: 'Cyhoeddi canllawiau ar rwydweithiau staff',
        },
        monthOffset: 4,
      },
      {
        title: {
          en: 'Support ten employers to launch networks',
          cy: 'Cefnogi deg cyflogwr i lansio rhwydweithiau',
        },
        monthOffset: 10,
      },
    ],
    profile: 'RECOVERING',
  },
  {
    areaNumber: 2,
    title: {
      en: 'Evaluate the impact of compassionate leadership on staff experience and retention',
      cy: 'Gwerthuso effaith arweinyddiaeth dosturiol ar brofiad staff a chadw staff',
    },
    description: {
      en: 'Commission an independent evaluation using NHS staff survey results and data on staff who leave.',
      cy: "Comisiynu gwerthusiad annibynnol gan ddefnyddio canlyniadau arolwg staff y GIG a data am staff sy'n gadael.",
    },
    lead: 'HEIW',
    ownerKeys: ['rhys.llewellyn', 'priya.sharma'],
    themes: ['STAFF_RETENTION', 'WELL_BEING'],
    milestones: [
      {
        title: { en: 'Appoint an evaluation partner', cy: 'Penodi partner gwerthuso' },
        monthOffset: 7,
      },
      {
        title: {
          en: 'Receive the interim evaluation report',
          cy: 'Cael yr adroddiad gwerthuso interim',
        },
        monthOffset: 12,
      },
    ],
    profile: 'NOT_STARTED_YET',
  },
  {
    areaNumber: 3,
    title: {
      en: 'Align health and social care careers campaigns under a shared bilingual calendar',
      cy: 'Cysoni ymgyrchoedd gyrfaoedd iechyd a gofal cymdeithasol drwy galendr dwyieithog cyffredin',
    },
    description: {
      en: 'Agree joint campaign dates and shared messages through the careers network so the two sectors complement rather than compete.',
      cy: "Cytuno ar ddyddiadau ymgyrchoedd ar y cyd a negeseuon cyffredin drwy'r rhwydwaith gyrfaoedd fel bod y ddau sector yn ategu ei gilydd yn hytrach na chystadlu.",
    },
    lead: 'JOINT',
    ownerKeys: ['aled.hughes', 'megan.thomas'],
    themes: ['WELSH_LANGUAGE_AND_CULTURE', 'INCLUSION'],
    milestones: [
      {
        title: {
          en: 'Agree the joint campaign calendar',
          cy: 'Cytuno ar y calendr ymgyrchoedd ar y cyd',
        },
        monthOffset: 2,
      },
      {
        title: { en: 'Publish shared brand guidelines', cy: 'Cyhoeddi canllawiau brand cyffredin' },
        monthOffset: 5,
      },
      {
        title: {
          en: 'Review campaign reach and reporting',
          cy: 'Adolygu cyrhaeddiad yr ymgyrchoedd ac adrodd arno',
        },
        monthOffset: 12,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 3,
    title: {
      en: 'Deliver the WeCare Wales recruitment campaign for care and support roles',
      cy: 'Cyflwyno ymgyrch recriwtio Gofalwn Cymru ar gyfer rolau gofal a chymorth',
    },
    description: {
      en: 'Promote care careers through bilingual digital advertising, real stories from care workers and the WeCare Wales jobs portal.',
      cy: 'Hyrwyddo gyrfaoedd ym maes gofal drwy hysbysebion digidol dwyieithog, straeon go iawn gan weithwyr gofal a phorth swyddi Gofalwn Cymru.',
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['megan.thomas'],
    themes: ['INCLUSION', 'WELSH_LANGUAGE_AND_CULTURE'],
    milestones: [
      {
        title: {
          en: 'Film new care worker stories',
          cy: 'Ffilmio straeon newydd gan weithwyr gofal',
        },
        monthOffset: 4,
      },
      {
        title: { en: 'Launch the autumn campaign', cy: 'Lansio ymgyrch yr hydref' },
        monthOffset: 6,
      },
      {
        title: { en: 'Report campaign results', cy: "Adrodd ar ganlyniadau'r ymgyrch" },
        monthOffset: 10,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 3,
    title: {
      en: 'Expand NHS Wales work experience placements for young people',
      cy: 'Ehangu lleoliadau profiad gwaith GIG Cymru i bobl ifanc',
    },
    description: {
      en: 'Work with health boards to offer structured virtual and on-site work experience for pupils aged 14 to 18.',
      cy: 'Gweithio gyda byrddau iechyd i gynnig profiad gwaith strwythuredig, yn rhithwir ac ar y safle, i ddisgyblion 14 i 18 oed.',
    },
    lead: 'HEIW',
    ownerKeys: ['aled.hughes'],
    themes: ['INCLUSION'],
    milestones: [
      {
        title: {
          en: 'Agree a placement model with health boards',
          cy: 'Cytuno ar fodel lleoliadau gyda byrddau iechyd',
        },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Open the virtual work experience programme',
          cy: 'Agor y rhaglen profiad gwaith rhithwir',
        },
        monthOffset: 6,
      },
      { title: { en: 'Offer 500 placements', cy: 'Cynnig 500 o leoliadau' }, monthOffset: 12 },
    ],
    profile: 'SLIPPING',
  },
  {
    areaNumber: 3,
    title: {
      en: 'Map career pathways that connect health and social care roles',
      cy: "Mapio llwybrau gyrfa sy'n cysylltu rolau iechyd a gofal cymdeithasol",
    },
    description: {
      en: 'Create interactive pathways that show how people can move between the two sectors and progress across them.',
      cy: "Creu llwybrau rhyngweithiol sy'n dangos sut y gall pobl symud rhwng y ddau sector a datblygu ar eu traws.",
    },
    lead: 'JOINT',
    ownerKeys: ['aled.hughes', 'elin.roberts'],
    themes: ['STAFF_RETENTION', 'INCLUSION'],
    milestones: [
      {
        title: { en: 'Agree the roles to be mapped', cy: "Cytuno ar y rolau i'w mapio" },
        monthOffset: 7,
      },
      {
        title: {
          en: 'Publish the first interactive pathways',
          cy: "Cyhoeddi'r llwybrau rhyngweithiol cyntaf",
        },
        monthOffset: 12,
      },
    ],
    profile: 'NOT_STARTED_YET',
  },
  {
    areaNumber: 3,
    title: {
      en: 'Recruit and train a network of social care careers ambassadors',
      cy: 'Recriwtio a hyfforddi rhwydwaith o lysgenhadon gyrfaoedd gofal cymdeithasol',
    },
    description: {
      en: 'Support care workers to talk about their roles in schools, colleges and jobcentres across Wales.',
      cy: 'Cefnogi gweithwyr gofal i siarad am eu rolau mewn ysgolion, colegau a chanolfannau gwaith ledled Cymru.',
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['megan.thomas'],
    themes: ['INCLUSION', 'WELSH_LANGUAGE_AND_CULTURE'],
    milestones: [
      { title: { en: 'Recruit 40 ambassadors', cy: 'Recriwtio 40 o lysgenhadon' }, monthOffset: 3 },
      {
        title: { en: 'Complete ambassador training', cy: "Cwblhau'r hyfforddiant i lysgenhadon" },
        monthOffset: 6,
      },
    ],
    profile: 'EARLY_COMPLETE',
  },
  {
    areaNumber: 3,
    title: {
      en: 'Widen access to health careers through community outreach in areas of deprivation',
      cy: 'Ehangu mynediad at yrfaoedd iechyd drwy waith allgymorth cymunedol mewn ardaloedd difreintiedig',
    },
    description: {
      en: 'Work with colleges, Careers Wales and community groups to reach people who are under-represented in the NHS workforce.',
      cy: "Gweithio gyda cholegau, Gyrfa Cymru a grwpiau cymunedol i gyrraedd pobl sydd heb gynrychiolaeth ddigonol yng ngweithlu'r GIG.",
    },
    lead: 'HEIW',
    ownerKeys: ['aled.hughes'],
    themes: ['INCLUSION'],
    milestones: [
      {
        title: { en: 'Identify priority communities', cy: "Nodi'r cymunedau blaenoriaeth" },
        monthOffset: 2,
      },
      {
        title: {
          en: 'Hold outreach events in each region',
          cy: 'Cynnal digwyddiadau allgymorth ym mhob rhanbarth',
        },
        monthOffset: 9,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 4,
    title: {
      en: 'Agree a standardised core workforce data set for health and social care',
      cy: 'Cytuno ar set ddata graidd safonol ar gyfer y gweithlu iechyd a gofal cymdeithasol',
    },
    description: {
      en: 'Define common fields and definitions for headcount, vacancies, turnover and Welsh language skills across both sectors.',
      cy: 'Diffinio meysydd a diffiniadau cyffredin ar gyfer nifer y staff, swyddi gwag, trosiant a sgiliau Cymraeg ar draws y ddau sector.',
    },
    lead: 'JOINT',
    ownerKeys: ['priya.sharma', 'david.chen'],
    themes: ['STAFF_RETENTION', 'WELSH_LANGUAGE_AND_CULTURE'],
    milestones: [
      {
        title: { en: 'Agree data definitions', cy: 'Cytuno ar ddiffiniadau data' },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Test the data set with two employers',
          cy: "Profi'r set ddata gyda dau gyflogwr",
        },
        monthOffset: 7,
      },
      {
        title: { en: 'Publish the core data set', cy: "Cyhoeddi'r set ddata graidd" },
        monthOffset: 11,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 4,
    title: {
      en: 'Increase provider returns to the annual social care workforce data collection',
      cy: "Cynyddu nifer y darparwyr sy'n cyflwyno data i'r casgliad blynyddol o ddata'r gweithlu gofal cymdeithasol",
    },
    description: {
      en: 'Simplify the return and support commissioned care providers so that the workforce report reflects the whole sector.',
      cy: "Symleiddio'r ffurflen a chefnogi darparwyr gofal a gomisiynir fel bod yr adroddiad ar y gweithlu yn adlewyrchu'r sector cyfan.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['david.chen'],
    themes: ['STAFF_RETENTION'],
    milestones: [
      {
        title: { en: 'Launch the simplified data return', cy: "Lansio'r ffurflen ddata symlach" },
        monthOffset: 4,
      },
      { title: { en: 'Close the data collection', cy: "Cau'r casgliad data" }, monthOffset: 7 },
      {
        title: {
          en: 'Publish the workforce data report',
          cy: "Cyhoeddi'r adroddiad ar ddata'r gweithlu",
        },
        monthOffset: 11,
      },
    ],
    profile: 'AT_RISK',
  },
  {
    areaNumber: 4,
    title: {
      en: 'Develop a workforce modelling tool to support health board integrated medium-term plans',
      cy: "Datblygu adnodd modelu'r gweithlu i gefnogi cynlluniau tymor canolig integredig y byrddau iechyd",
    },
    description: {
      en: 'Build scenario models for supply, demand and productivity that health boards can use in their annual planning.',
      cy: 'Adeiladu modelau senario ar gyfer cyflenwad, galw a chynhyrchiant y gall byrddau iechyd eu defnyddio wrth gynllunio bob blwyddyn.',
    },
    lead: 'HEIW',
    ownerKeys: ['priya.sharma'],
    themes: ['STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Build a prototype model for nursing',
          cy: 'Adeiladu model prototeip ar gyfer nyrsio',
        },
        monthOffset: 4,
      },
      {
        title: {
          en: 'Release the tool to health boards',
          cy: "Rhyddhau'r adnodd i'r byrddau iechyd",
        },
        monthOffset: 9,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 4,
    title: {
      en: 'Put in place a data-sharing agreement for joint workforce analysis',
      cy: "Sefydlu cytundeb rhannu data ar gyfer dadansoddi'r gweithlu ar y cyd",
    },
    description: {
      en: 'Agree the legal basis, security controls and governance needed to link health and social care workforce data safely.',
      cy: "Cytuno ar y sail gyfreithiol, y rheolaethau diogelwch a'r trefniadau llywodraethu sydd eu hangen i gysylltu data'r gweithlu iechyd a gofal cymdeithasol yn ddiogel.",
    },
    lead: 'JOINT',
    ownerKeys: ['priya.sharma', 'david.chen'],
    themes: ['STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Complete the data protection impact assessment',
          cy: "Cwblhau'r asesiad o'r effaith ar ddiogelu data",
        },
        monthOffset: 3,
      },
      {
        title: { en: 'Sign the data-sharing agreement', cy: "Llofnodi'r cytundeb rhannu data" },
        monthOffset: 6,
      },
    ],
    profile: 'RECOVERING',
  },
  {
    areaNumber: 4,
    title: {
      en: 'Publish a quarterly NHS Wales workforce dashboard, including reasons for leaving',
      cy: 'Cyhoeddi dangosfwrdd chwarterol ar weithlu GIG Cymru, gan gynnwys rhesymau staff dros adael',
    },
    description: {
      en: 'Give boards and partners timely data on turnover, sickness absence and the reasons staff give for leaving.',
      cy: "Rhoi data amserol i fyrddau a phartneriaid am drosiant, absenoldeb salwch a'r rhesymau y mae staff yn eu rhoi dros adael.",
    },
    lead: 'HEIW',
    ownerKeys: ['priya.sharma', 'owain.davies'],
    themes: ['STAFF_RETENTION', 'WELL_BEING'],
    milestones: [
      {
        title: {
          en: 'Publish the first quarterly dashboard',
          cy: "Cyhoeddi'r dangosfwrdd chwarterol cyntaf",
        },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Add leaver reason analysis',
          cy: "Ychwanegu dadansoddiad o'r rhesymau dros adael",
        },
        monthOffset: 6,
      },
      {
        title: {
          en: 'Review the dashboard with users',
          cy: "Adolygu'r dangosfwrdd gyda defnyddwyr",
        },
        monthOffset: 12,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 4,
    title: {
      en: 'Analyse diversity and Welsh language data held on the social care workforce register',
      cy: "Dadansoddi data amrywiaeth a data'r Gymraeg sydd ar gofrestr y gweithlu gofal cymdeithasol",
    },
    description: {
      en: 'Publish an analysis of who makes up the registered workforce to inform inclusion and Welsh language planning.',
      cy: "Cyhoeddi dadansoddiad o bwy sy'n rhan o'r gweithlu cofrestredig er mwyn llywio'r gwaith o gynllunio ar gyfer cynhwysiant a'r Gymraeg.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['david.chen'],
    themes: ['INCLUSION', 'WELSH_LANGUAGE_AND_CULTURE'],
    milestones: [
      {
        title: {
          en: 'Extract and cleanse register data',
          cy: "Echdynnu a glanhau data'r gofrestr",
        },
        monthOffset: 8,
      },
      { title: { en: 'Publish the analysis', cy: "Cyhoeddi'r dadansoddiad" }, monthOffset: 12 },
    ],
    profile: 'NOT_STARTED_YET',
  },
  {
    areaNumber: 5,
    title: {
      en: 'Refresh the NHS Wales health and well-being framework',
      cy: 'Adnewyddu fframwaith iechyd a llesiant GIG Cymru',
    },
    description: {
      en: 'Update the framework with staff, trade unions and employers so that it reflects current pressures and evidence.',
      cy: "Diweddaru'r fframwaith gyda staff, undebau llafur a chyflogwyr fel ei fod yn adlewyrchu'r pwysau a'r dystiolaeth bresennol.",
    },
    lead: 'HEIW',
    ownerKeys: ['grace.okafor', 'karen.lloyd'],
    themes: ['WELL_BEING', 'STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Complete staff and partner engagement',
          cy: "Cwblhau'r gwaith ymgysylltu â staff a phartneriaid",
        },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Agree the refreshed framework',
          cy: "Cytuno ar y fframwaith wedi'i adnewyddu",
        },
        monthOffset: 7,
      },
      {
        title: {
          en: 'Launch the framework with health boards',
          cy: "Lansio'r fframwaith gyda'r byrddau iechyd",
        },
        monthOffset: 9,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 5,
    title: {
      en: 'Refresh and implement the social care health and well-being framework',
      cy: 'Adnewyddu a rhoi ar waith y fframwaith iechyd a llesiant ar gyfer gofal cymdeithasol',
    },
    description: {
      en: 'Produce a good-practice guide, well-being measures and case studies to help social care employers put the framework into practice.',
      cy: "Cynhyrchu canllaw arferion da, mesurau llesiant ac astudiaethau achos i helpu cyflogwyr gofal cymdeithasol i roi'r fframwaith ar waith.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['nia.williams'],
    themes: ['WELL_BEING'],
    milestones: [
      {
        title: { en: 'Publish the good-practice guide', cy: "Cyhoeddi'r canllaw arferion da" },
        monthOffset: 4,
      },
      {
        title: {
          en: 'Publish six employer case studies',
          cy: 'Cyhoeddi chwe astudiaeth achos gan gyflogwyr',
        },
        monthOffset: 9,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 5,
    title: {
      en: 'Develop shared well-being measures for health and social care employers',
      cy: 'Datblygu mesurau llesiant cyffredin ar gyfer cyflogwyr iechyd a gofal cymdeithasol',
    },
    description: {
      en: 'Agree a small set of measures that employers can use to track staff well-being and the impact of the support they offer.',
      cy: 'Cytuno ar nifer bach o fesurau y gall cyflogwyr eu defnyddio i olrhain llesiant staff ac effaith y cymorth y maent yn ei gynnig.',
    },
    lead: 'JOINT',
    ownerKeys: ['grace.okafor', 'nia.williams'],
    themes: ['WELL_BEING'],
    milestones: [
      {
        title: {
          en: 'Review existing well-being measures',
          cy: "Adolygu'r mesurau llesiant presennol",
        },
        monthOffset: 3,
      },
      {
        title: { en: 'Agree the shared measures', cy: 'Cytuno ar y mesurau cyffredin' },
        monthOffset: 6,
      },
      {
        title: { en: 'Publish guidance for employers', cy: 'Cyhoeddi canllawiau i gyflogwyr' },
        monthOffset: 10,
      },
    ],
    profile: 'SLIPPING',
  },
  {
    areaNumber: 5,
    title: {
      en: 'Increase uptake of Canopi mental health support among NHS staff',
      cy: "Cynyddu'r defnydd o gymorth iechyd meddwl Canopi ymhlith staff y GIG",
    },
    description: {
      en: 'Run targeted promotion with health boards and monitor uptake by staff group and location.',
      cy: "Cynnal gwaith hyrwyddo wedi'i dargedu gyda byrddau iechyd a monitro'r defnydd fesul grŵp staff a lleoliad.",
    },
    lead: 'HEIW',
    ownerKeys: ['grace.okafor'],
    themes: ['WELL_BEING'],
    milestones: [
      {
        title: {
          en: 'Agree a promotion plan with health boards',
          cy: 'Cytuno ar gynllun hyrwyddo gyda byrddau iechyd',
        },
        monthOffset: 2,
      },
      {
        title: { en: 'Report uptake by staff group', cy: 'Adrodd ar y defnydd fesul grŵp staff' },
        monthOffset: 8,
      },
    ],
    profile: 'RECOVERING',
  },
  {
    areaNumber: 5,
    title: {
      en: 'Expand the benefits available through the care worker card',
      cy: "Ehangu'r buddion sydd ar gael drwy'r cerdyn gweithiwr gofal",
    },
    description: {
      en: 'Work with businesses and public bodies to add discounts and offers that recognise the value of care workers.',
      cy: "Gweithio gyda busnesau a chyrff cyhoeddus i ychwanegu gostyngiadau a chynigion sy'n cydnabod gwerth gweithwyr gofal.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['nia.williams'],
    themes: ['WELL_BEING', 'STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Sign up 20 new partner organisations',
          cy: 'Cofrestru 20 o sefydliadau partner newydd',
        },
        monthOffset: 4,
      },
      {
        title: {
          en: 'Promote the new offers to care workers',
          cy: "Hyrwyddo'r cynigion newydd i weithwyr gofal",
        },
        monthOffset: 6,
      },
    ],
    profile: 'EARLY_COMPLETE',
  },
  {
    areaNumber: 5,
    title: {
      en: 'Review incentive schemes, including blue light card eligibility for care workers',
      cy: 'Adolygu cynlluniau cymhelliant, gan gynnwys cymhwysedd gweithwyr gofal i gael cerdyn golau glas',
    },
    description: {
      en: 'Assess which incentive and recognition schemes make the most difference to staff and agree next steps with Welsh Government.',
      cy: "Asesu pa gynlluniau cymhelliant a chydnabyddiaeth sy'n gwneud y gwahaniaeth mwyaf i staff, a chytuno ar y camau nesaf gyda Llywodraeth Cymru.",
    },
    lead: 'JOINT',
    ownerKeys: ['grace.okafor', 'nia.williams'],
    themes: ['STAFF_RETENTION', 'WELL_BEING'],
    milestones: [
      {
        title: {
          en: 'Survey staff on incentive schemes',
          cy: 'Cynnal arolwg o staff am gynlluniau cymhelliant',
        },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Submit recommendations to Welsh Government',
          cy: 'Cyflwyno argymhellion i Lywodraeth Cymru',
        },
        monthOffset: 8,
      },
    ],
    profile: 'AT_RISK',
  },
  {
    areaNumber: 6,
    title: {
      en: 'Promote the Active Offer across health and social care through shared resources',
      cy: "Hyrwyddo'r Cynnig Rhagweithiol ar draws iechyd a gofal cymdeithasol drwy adnoddau cyffredin",
    },
    description: {
      en: 'Refresh Active Offer resources so that staff understand why offering services in Welsh without being asked matters to people.',
      cy: "Adnewyddu adnoddau'r Cynnig Rhagweithiol fel bod staff yn deall pam mae cynnig gwasanaethau yn Gymraeg heb i neb ofyn yn bwysig i bobl.",
    },
    lead: 'JOINT',
    ownerKeys: ['sian.pritchard', 'samira.ahmed'],
    themes: ['WELSH_LANGUAGE_AND_CULTURE'],
    milestones: [
      {
        title: {
          en: 'Refresh the Active Offer resource pack',
          cy: "Adnewyddu pecyn adnoddau'r Cynnig Rhagweithiol",
        },
        monthOffset: 4,
      },
      {
        title: {
          en: 'Run Active Offer webinars for employers',
          cy: 'Cynnal gweminarau ar y Cynnig Rhagweithiol i gyflogwyr',
        },
        monthOffset: 8,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 6,
    title: {
      en: 'Include Welsh language skills in NHS Wales workforce planning',
      cy: 'Cynnwys sgiliau Cymraeg yng ngwaith cynllunio gweithlu GIG Cymru',
    },
    description: {
      en: 'Help health boards identify posts where Welsh language skills are essential or desirable, and plan to meet demand.',
      cy: "Helpu byrddau iechyd i nodi swyddi lle mae sgiliau Cymraeg yn hanfodol neu'n ddymunol, a chynllunio i ddiwallu'r galw.",
    },
    lead: 'HEIW',
    ownerKeys: ['sian.pritchard', 'priya.sharma'],
    themes: ['WELSH_LANGUAGE_AND_CULTURE'],
    milestones: [
      {
        title: {
          en: 'Publish guidance on assessing language need',
          cy: "Cyhoeddi canllawiau ar asesu'r angen iaith",
        },
        monthOffset: 4,
      },
      {
        title: {
          en: 'Include Welsh language skills in workforce plan templates',
          cy: 'Cynnwys sgiliau Cymraeg yn y templedi cynlluniau gweithlu',
        },
        monthOffset: 9,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 6,
    title: {
      en: 'Increase Welsh learning opportunities for social care workers through Work Welsh',
      cy: "Cynyddu cyfleoedd i weithwyr gofal cymdeithasol ddysgu Cymraeg drwy'r cynllun Cymraeg Gwaith",
    },
    description: {
      en: 'Work with the National Centre for Learning Welsh to offer flexible courses that fit around shift patterns.',
      cy: "Gweithio gyda'r Ganolfan Dysgu Cymraeg Genedlaethol i gynnig cyrsiau hyblyg sy'n cyd-fynd â phatrymau gwaith sifft.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['samira.ahmed'],
    themes: ['WELSH_LANGUAGE_AND_CULTURE'],
    milestones: [
      {
        title: {
          en: 'Agree the course offer with the National Centre',
          cy: "Cytuno ar y cyrsiau gyda'r Ganolfan Genedlaethol",
        },
        monthOffset: 2,
      },
      {
        title: {
          en: 'Enrol 200 social care learners',
          cy: "Cofrestru 200 o ddysgwyr o'r sector gofal cymdeithasol",
        },
        monthOffset: 7,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 6,
    title: {
      en: 'Add Welsh language awareness training to induction for all new health and social care staff',
      cy: "Ychwanegu hyfforddiant ymwybyddiaeth o'r Gymraeg at y broses sefydlu ym maes iechyd a gofal cymdeithasol",
    },
    description: {
      en: 'Introduce a short bilingual module on language need and Welsh culture into induction in both sectors.',
      cy: "Cyflwyno modiwl dwyieithog byr am angen iaith a diwylliant Cymru i'r broses sefydlu yn y ddau sector.",
    },
    lead: 'JOINT',
    ownerKeys: ['sian.pritchard', 'samira.ahmed'],
    themes: ['WELSH_LANGUAGE_AND_CULTURE', 'INCLUSION'],
    milestones: [
      {
        title: { en: 'Draft the induction module', cy: "Drafftio'r modiwl sefydlu" },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Pilot the module with two employers',
          cy: "Treialu'r modiwl gyda dau gyflogwr",
        },
        monthOffset: 6,
      },
      {
        title: {
          en: 'Make the module available nationally',
          cy: 'Sicrhau bod y modiwl ar gael yn genedlaethol',
        },
        monthOffset: 10,
      },
    ],
    profile: 'SLIPPING',
  },
  {
    areaNumber: 6,
    title: {
      en: 'Record staff Welsh language skills consistently in the NHS Electronic Staff Record',
      cy: 'Cofnodi sgiliau Cymraeg staff yn gyson yng Nghofnod Staff Electronig y GIG',
    },
    description: {
      en: 'Run a campaign encouraging staff to update their Welsh language skill level so that services can be planned around need.',
      cy: 'Cynnal ymgyrch i annog staff i ddiweddaru lefel eu sgiliau Cymraeg fel y gellir cynllunio gwasanaethau yn ôl yr angen.',
    },
    lead: 'HEIW',
    ownerKeys: ['sian.pritchard'],
    themes: ['WELSH_LANGUAGE_AND_CULTURE'],
    milestones: [
      {
        title: { en: 'Launch the staff campaign', cy: "Lansio'r ymgyrch i staff" },
        monthOffset: 7,
      },
      {
        title: {
          en: 'Report the change in recorded skills',
          cy: 'Adrodd ar y newid yn y sgiliau a gofnodwyd',
        },
        monthOffset: 12,
      },
    ],
    profile: 'NOT_STARTED_YET',
  },
  {
    areaNumber: 6,
    title: {
      en: 'Publish Welsh-medium learning resources for social care qualifications',
      cy: 'Cyhoeddi adnoddau dysgu cyfrwng Cymraeg ar gyfer cymwysterau gofal cymdeithasol',
    },
    description: {
      en: 'Work with colleges and awarding bodies so that learners can study and be assessed in Welsh.',
      cy: 'Gweithio gyda cholegau a chyrff dyfarnu fel y gall dysgwyr astudio a chael eu hasesu yn Gymraeg.',
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['samira.ahmed', 'gareth.powell'],
    themes: ['WELSH_LANGUAGE_AND_CULTURE', 'INCLUSION'],
    milestones: [
      {
        title: {
          en: 'Identify gaps in Welsh-medium resources',
          cy: 'Nodi bylchau yn yr adnoddau cyfrwng Cymraeg',
        },
        monthOffset: 3,
      },
      {
        title: { en: 'Publish the first set of resources', cy: "Cyhoeddi'r set gyntaf o adnoddau" },
        monthOffset: 8,
      },
    ],
    profile: 'RECOVERING',
  },
  {
    areaNumber: 7,
    title: {
      en: 'Review the joint health and social care vocational qualifications at Levels 2 to 5',
      cy: "Adolygu'r cymwysterau galwedigaethol iechyd a gofal cymdeithasol ar y cyd ar Lefelau 2 i 5",
    },
    description: {
      en: 'Gather feedback from learners, assessors and employers to check the qualifications still meet the needs of practice.',
      cy: "Casglu adborth gan ddysgwyr, aseswyr a chyflogwyr i wirio bod y cymwysterau'n dal i ddiwallu anghenion ymarfer.",
    },
    lead: 'JOINT',
    ownerKeys: ['tom.bennett', 'gareth.powell'],
    themes: ['STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Close the learner and employer survey',
          cy: "Cau'r arolwg o ddysgwyr a chyflogwyr",
        },
        monthOffset: 4,
      },
      {
        title: {
          en: 'Share review findings with Qualifications Wales',
          cy: "Rhannu canfyddiadau'r adolygiad â Chymwysterau Cymru",
        },
        monthOffset: 9,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 7,
    title: {
      en: 'Develop a joint apprenticeship framework for health and social care',
      cy: 'Datblygu fframwaith prentisiaethau ar y cyd ar gyfer iechyd a gofal cymdeithasol',
    },
    description: {
      en: 'Agree shared apprenticeship routes with Medr and employers so that apprentices can build careers across both sectors.',
      cy: 'Cytuno ar lwybrau prentisiaeth cyffredin gyda Medr a chyflogwyr fel y gall prentisiaid ddatblygu gyrfa ar draws y ddau sector.',
    },
    lead: 'JOINT',
    ownerKeys: ['tom.bennett', 'gareth.powell'],
    themes: ['STAFF_RETENTION', 'INCLUSION'],
    milestones: [
      {
        title: { en: 'Agree the framework structure', cy: 'Cytuno ar strwythur y fframwaith' },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Consult employers on the draft framework',
          cy: 'Ymgynghori â chyflogwyr ar y fframwaith drafft',
        },
        monthOffset: 6,
      },
      {
        title: {
          en: 'Submit the framework for approval',
          cy: "Cyflwyno'r fframwaith i'w gymeradwyo",
        },
        monthOffset: 10,
      },
    ],
    profile: 'AT_RISK',
  },
  {
    areaNumber: 7,
    title: {
      en: 'Publish professional learning pathways for healthcare support workers',
      cy: 'Cyhoeddi llwybrau dysgu proffesiynol ar gyfer gweithwyr cymorth gofal iechyd',
    },
    description: {
      en: 'Set out clear routes from entry-level roles to registered professions, linked to the healthcare support worker skills framework.',
      cy: "Nodi llwybrau clir o rolau lefel mynediad i broffesiynau cofrestredig, sy'n gysylltiedig â'r fframwaith sgiliau ar gyfer gweithwyr cymorth gofal iechyd.",
    },
    lead: 'HEIW',
    ownerKeys: ['tom.bennett'],
    themes: ['STAFF_RETENTION', 'INCLUSION'],
    milestones: [
      {
        title: {
          en: 'Map current routes into registered roles',
          cy: "Mapio'r llwybrau presennol i rolau cofrestredig",
        },
        monthOffset: 3,
      },
      {
        title: { en: 'Publish the pathways online', cy: "Cyhoeddi'r llwybrau ar-lein" },
        monthOffset: 9,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 7,
    title: {
      en: 'Update the All Wales Induction Framework for Health and Social Care',
      cy: 'Diweddaru Fframwaith Sefydlu Cymru Gyfan ar gyfer Iechyd a Gofal Cymdeithasol',
    },
    description: {
      en: 'Refresh induction workbooks and guidance so that new workers are well supported from their first day.',
      cy: "Adnewyddu llyfrau gwaith a chanllawiau sefydlu fel bod gweithwyr newydd yn cael cymorth da o'u diwrnod cyntaf.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['gareth.powell'],
    themes: ['WELL_BEING', 'STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Consult on revised workbooks',
          cy: 'Ymgynghori ar y llyfrau gwaith diwygiedig',
        },
        monthOffset: 5,
      },
      {
        title: {
          en: 'Publish the updated framework',
          cy: "Cyhoeddi'r fframwaith wedi'i ddiweddaru",
        },
        monthOffset: 10,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 7,
    title: {
      en: 'Increase places on the first three years in practice programme for newly qualified social workers',
      cy: 'Cynyddu nifer y lleoedd ar y rhaglen tair blynedd gyntaf mewn ymarfer i weithwyr cymdeithasol newydd gymhwyso',
    },
    description: {
      en: 'Expand structured support and protected learning time so more newly qualified social workers stay in practice.',
      cy: "Ehangu cymorth strwythuredig ac amser dysgu wedi'i neilltuo fel bod mwy o weithwyr cymdeithasol sydd newydd gymhwyso yn aros ym maes ymarfer.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['gareth.powell', 'elin.roberts'],
    themes: ['STAFF_RETENTION', 'WELL_BEING'],
    milestones: [
      {
        title: {
          en: 'Confirm funding for additional places',
          cy: 'Cadarnhau cyllid ar gyfer lleoedd ychwanegol',
        },
        monthOffset: 3,
      },
      { title: { en: 'Enrol the new cohort', cy: "Cofrestru'r garfan newydd" }, monthOffset: 6 },
      {
        title: {
          en: 'Review retention of participants',
          cy: "Adolygu cyfraddau cadw'r cyfranogwyr",
        },
        monthOffset: 12,
      },
    ],
    profile: 'SLIPPING',
  },
  {
    areaNumber: 7,
    title: {
      en: 'Make selected NHS Wales e-learning modules available to social care staff',
      cy: 'Sicrhau bod modiwlau e-ddysgu dethol GIG Cymru ar gael i staff gofal cymdeithasol',
    },
    description: {
      en: 'Give social care staff free access to e-learning on topics such as infection prevention, dementia care and frailty.',
      cy: 'Rhoi mynediad am ddim i staff gofal cymdeithasol at e-ddysgu ar bynciau fel atal heintiau, gofal dementia ac eiddilwch.',
    },
    lead: 'HEIW',
    ownerKeys: ['tom.bennett'],
    themes: ['STAFF_RETENTION'],
    milestones: [
      {
        title: { en: 'Agree the list of modules', cy: 'Cytuno ar y rhestr o fodiwlau' },
        monthOffset: 2,
      },
      {
        title: {
          en: 'Open access to social care staff',
          cy: 'Agor mynediad i staff gofal cymdeithasol',
        },
        monthOffset: 5,
      },
    ],
    profile: 'EARLY_COMPLETE',
  },
];

export interface CommentarySeed {
  en: string;
  cy: string;
}

export const COMMENTARY: Record<
  'RED' | 'AMBER' | 'GREEN' | 'COMPLETE' | 'NOT_STARTED',
  CommentarySeed[]
> = {
  RED: [
    {
      en: 'Delivery is at significant risk because the lead post remains vacant; the oversight board is asked to agree interim resourcing.',
      cy: "Mae'r gwaith mewn perygl sylweddol gan fod swydd yr arweinydd yn dal yn wag; gofynnir i'r bwrdd trosolwg gytuno ar adnoddau dros dro.",
    },
    {
      en: "Funding for the second phase has not been confirmed, so this year's key milestones cannot be met without a decision this quarter.",
      cy: "Nid yw'r cyllid ar gyfer yr ail gam wedi'i gadarnhau, felly ni ellir cyrraedd cerrig milltir allweddol eleni heb benderfyniad y chwarter hwn.",
    },
    {
      en: 'Partner capacity has been diverted to winter pressures and work has paused; a revised plan will go to the next joint board meeting.',
      cy: "Mae capasiti partneriaid wedi'i ddargyfeirio i ymdopi â phwysau'r gaeaf ac mae'r gwaith wedi'i oedi; bydd cynllun diwygiedig yn mynd i gyfarfod nesaf y bwrdd ar y cyd.",
    },
    {
      en: "The data-sharing agreement is still unsigned, which is blocking analysis; the issue has been escalated to both organisations' information governance leads.",
      cy: "Nid yw'r cytundeb rhannu data wedi'i lofnodi o hyd, ac mae hyn yn atal y gwaith dadansoddi; mae'r mater wedi'i uwchgyfeirio at arweinwyr llywodraethu gwybodaeth y ddau sefydliad.",
    },
  ],
  AMBER: [
    {
      en: 'Work is progressing, but the consultation closed later than planned, so the final report is likely to slip by one quarter.',
      cy: "Mae'r gwaith yn mynd rhagddo, ond daeth yr ymgynghoriad i ben yn hwyrach na'r bwriad, felly mae'r adroddiad terfynol yn debygol o lithro un chwarter.",
    },
    {
      en: 'Engagement from employers has been lower than hoped; additional regional sessions have been arranged to increase participation.',
      cy: "Mae ymgysylltiad gan gyflogwyr wedi bod yn is na'r disgwyl; mae sesiynau rhanbarthol ychwanegol wedi'u trefnu i gynyddu cyfranogiad.",
    },
    {
      en: 'Translation of the resources is taking longer than expected, so simultaneous bilingual publication has moved to next month.',
      cy: "Mae cyfieithu'r adnoddau yn cymryd mwy o amser na'r disgwyl, felly mae'r gwaith o'u cyhoeddi'n ddwyieithog ar yr un pryd wedi symud i'r mis nesaf.",
    },
    {
      en: 'Scope has been agreed, but procurement of an external partner is behind schedule; the team is managing the risk to the timescale.',
      cy: "Mae'r cwmpas wedi'i gytuno, ond mae'r broses o gaffael partner allanol ar ei hôl hi; mae'r tîm yn rheoli'r risg i'r amserlen.",
    },
  ],
  GREEN: [
    {
      en: 'On track. The project group met as planned and the first milestone was delivered on time.',
      cy: "Ar y trywydd iawn. Cyfarfu'r grŵp prosiect fel y bwriadwyd a chyflawnwyd y garreg filltir gyntaf mewn pryd.",
    },
    {
      en: 'Good progress this quarter, with strong engagement from health boards, local authorities and trade union partners.',
      cy: 'Cynnydd da y chwarter hwn, gydag ymgysylltiad cryf gan fyrddau iechyd, awdurdodau lleol a phartneriaid undebau llafur.',
    },
    {
      en: 'All planned activity for the quarter has been completed and spending remains within forecast.',
      cy: "Mae'r holl weithgarwch a gynlluniwyd ar gyfer y chwarter wedi'i gwblhau ac mae'r gwariant yn parhau o fewn y rhagolwg.",
    },
    {
      en: 'The draft has been shared with the operational group for comment, and feedback so far has been positive.',
      cy: "Mae'r drafft wedi'i rannu â'r grŵp gweithredol i gael sylwadau, ac mae'r adborth hyd yma wedi bod yn gadarnhaol.",
    },
  ],
  COMPLETE: [
    {
      en: "Complete. The final output has been published bilingually on both organisations' websites.",
      cy: "Wedi'i gwblhau. Mae'r allbwn terfynol wedi'i gyhoeddi'n ddwyieithog ar wefannau'r ddau sefydliad.",
    },
    {
      en: 'All milestones have been delivered and the work has moved into business as usual.',
      cy: "Mae'r holl gerrig milltir wedi'u cyflawni ac mae'r gwaith bellach yn rhan o'r drefn arferol.",
    },
    {
      en: 'Delivered ahead of schedule; lessons learned have been shared with the operational group.',
      cy: "Wedi'i gyflawni cyn y dyddiad targed; mae'r gwersi a ddysgwyd wedi'u rhannu â'r grŵp gweithredol.",
    },
    {
      en: 'Complete. A summary of the evaluation will be presented to the oversight board next quarter.',
      cy: "Wedi'i gwblhau. Bydd crynodeb o'r gwerthusiad yn cael ei gyflwyno i'r bwrdd trosolwg y chwarter nesaf.",
    },
  ],
  NOT_STARTED: [
    {
      en: 'Not started. This action is scheduled to begin in the second half of the year, once related work has concluded.',
      cy: "Heb ddechrau. Bwriedir dechrau'r cam gweithredu hwn yn ail hanner y flwyddyn, pan fydd y gwaith cysylltiedig wedi dod i ben.",
    },
    {
      en: 'Not started, as planned. Initial scoping discussions with partners are being arranged.',
      cy: "Heb ddechrau, yn unol â'r cynllun. Mae trafodaethau cwmpasu cychwynnol gyda phartneriaid yn cael eu trefnu.",
    },
    {
      en: 'Not yet started while a lead officer is appointed; there is no impact on the planned timescale at this stage.',
      cy: 'Heb ddechrau eto tra bo swyddog arweiniol yn cael ei benodi; nid oes effaith ar yr amserlen a gynlluniwyd ar hyn o bryd.',
    },
    {
      en: 'Not started. Work will begin once funding is confirmed next quarter.',
      cy: "Heb ddechrau. Bydd y gwaith yn dechrau pan fydd y cyllid wedi'i gadarnhau y chwarter nesaf.",
    },
  ],
};

export const RISKS: CommentarySeed[] = [
  {
    en: 'Recruitment delays to the project team may push back delivery of key milestones.',
    cy: "Gallai oedi wrth recriwtio i dîm y prosiect olygu bod cerrig milltir allweddol yn cael eu cyflawni'n hwyrach.",
  },
  {
    en: 'Funding for the full year has not yet been confirmed by Welsh Government.',
    cy: "Nid yw Llywodraeth Cymru wedi cadarnhau'r cyllid ar gyfer y flwyddyn gyfan eto.",
  },
  {
    en: 'A data-sharing agreement between partners is needed before analysis can begin.',
    cy: 'Mae angen cytundeb rhannu data rhwng partneriaid cyn y gall y gwaith dadansoddi ddechrau.',
  },
  {
    en: 'Service pressures may limit the time staff have to take part in engagement and training.',
    cy: 'Gallai pwysau ar wasanaethau gyfyngu ar yr amser sydd gan staff i gymryd rhan mewn gweithgareddau ymgysylltu a hyfforddiant.',
  },
  {
    en: 'Limited translation capacity could delay publishing materials in Welsh and English at the same time.',
    cy: "Gallai capasiti cyfieithu cyfyngedig oedi'r gwaith o gyhoeddi deunyddiau yn Gymraeg ac yn Saesneg ar yr un pryd.",
  },
  {
    en: 'Reliance on an external supplier creates a risk to the timescale if procurement is delayed.',
    cy: "Mae dibynnu ar gyflenwr allanol yn creu risg i'r amserlen os bydd oedi yn y broses gaffael.",
  },
];

export const NEXT_STEPS: CommentarySeed[] = [
  {
    en: 'Present the draft to the operational group for approval at its next meeting.',
    cy: "Cyflwyno'r drafft i'r grŵp gweithredol i'w gymeradwyo yn ei gyfarfod nesaf.",
  },
  {
    en: 'Hold engagement sessions with employers and trade union partners in north, mid and south Wales.',
    cy: "Cynnal sesiynau ymgysylltu â chyflogwyr a phartneriaid undebau llafur yn y gogledd, y canolbarth a'r de.",
  },
  {
    en: 'Finalise the evaluation framework and agree the baseline measures.',
    cy: "Cwblhau'r fframwaith gwerthuso a chytuno ar y mesurau llinell sylfaen.",
  },
  {
    en: 'Arrange translation so that all materials are ready to publish in Welsh and English at the same time.',
    cy: "Trefnu cyfieithu fel bod yr holl ddeunyddiau'n barod i'w cyhoeddi yn Gymraeg ac yn Saesneg ar yr un pryd.",
  },
  {
    en: "Report progress to the oversight board and publish an update on both organisations' websites.",
    cy: "Adrodd ar gynnydd i'r bwrdd trosolwg a chyhoeddi diweddariad ar wefannau'r ddau sefydliad.",
  },
  {
    en: 'Confirm funding and resourcing for the next phase with Welsh Government.',
    cy: "Cadarnhau'r cyllid a'r adnoddau ar gyfer y cam nesaf gyda Llywodraeth Cymru.",
  },
];
