// The Welsh (Cymraeg) text in this file must be checked by a Welsh speaker before release.
import type { ActionSeed } from './demo-catalogue';

/**
 * Actions first planned for 2026-27, alongside the work carried forward from earlier plans:
 * with them the current plan has about forty actions across the seven areas.
 */
export const NEW_ACTIONS_2026: ActionSeed[] = [
  {
    areaNumber: 1,
    title: {
      en: 'Run a staff retention learning programme with health boards and local authorities',
      cy: 'Cynnal rhaglen ddysgu ar gadw staff gyda byrddau iechyd ac awdurdodau lleol',
    },
    description: {
      en: 'Bring retention leads together each quarter to test and share what keeps experienced staff in both sectors.',
      cy: "Dod ag arweinwyr cadw staff ynghyd bob chwarter i brofi a rhannu'r hyn sy'n cadw staff profiadol yn y ddau sector.",
    },
    lead: 'JOINT',
    ownerKeys: ['grace.okafor', 'lowri.jenkins'],
    themes: ['STAFF_RETENTION', 'WELL_BEING'],
    milestones: [
      {
        title: {
          en: 'Recruit the first cohort of employers',
          cy: 'Recriwtio’r garfan gyntaf o gyflogwyr',
        },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Publish the mid-year learning report',
          cy: 'Cyhoeddi’r adroddiad dysgu canol blwyddyn',
        },
        monthOffset: 7,
      },
      {
        title: { en: 'Share the retention toolkit', cy: 'Rhannu’r pecyn cymorth cadw staff' },
        monthOffset: 12,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 1,
    title: {
      en: 'Publish a joint guide to workforce planning for Regional Partnership Boards',
      cy: "Cyhoeddi canllaw ar y cyd i gynllunio'r gweithlu ar gyfer Byrddau Partneriaeth Rhanbarthol",
    },
    description: {
      en: 'Set out a shared method for planning the health and social care workforce of a region, with worked examples.',
      cy: "Nodi dull cyffredin o gynllunio gweithlu iechyd a gofal cymdeithasol rhanbarth, gydag enghreifftiau wedi'u gweithio.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['elin.roberts'],
    themes: ['STAFF_RETENTION'],
    milestones: [
      {
        title: { en: 'Test the method with two regions', cy: "Profi'r dull gyda dau ranbarth" },
        monthOffset: 5,
      },
      {
        title: { en: 'Publish the guide bilingually', cy: "Cyhoeddi'r canllaw yn ddwyieithog" },
        monthOffset: 10,
      },
    ],
    profile: 'SLIPPING',
  },
  {
    areaNumber: 1,
    title: {
      en: 'Share learning from integrated community teams supporting people living with frailty',
      cy: "Rhannu dysgu o dimau cymunedol integredig sy'n cefnogi pobl sy'n byw gydag eiddilwch",
    },
    description: {
      en: 'Capture how multi-disciplinary community teams are organised and staffed, and share it across clusters.',
      cy: "Cofnodi sut mae timau cymunedol amlddisgyblaethol wedi'u trefnu a'u staffio, a'i rannu ar draws clystyrau.",
    },
    lead: 'HEIW',
    ownerKeys: ['ceri.morgan'],
    themes: ['WELL_BEING', 'INCLUSION'],
    milestones: [
      {
        title: { en: 'Visit six community teams', cy: 'Ymweld â chwe thîm cymunedol' },
        monthOffset: 4,
      },
      {
        title: { en: 'Hold a national learning event', cy: 'Cynnal digwyddiad dysgu cenedlaethol' },
        monthOffset: 11,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 1,
    title: {
      en: 'Establish a quality improvement community of practice across health and social care',
      cy: 'Sefydlu cymuned ymarfer gwella ansawdd ar draws iechyd a gofal cymdeithasol',
    },
    description: {
      en: 'Give improvement practitioners in both sectors a shared network, training offer and library of projects.',
      cy: 'Rhoi rhwydwaith cyffredin, cynnig hyfforddiant a llyfrgell o brosiectau i ymarferwyr gwella yn y ddau sector.',
    },
    lead: 'JOINT',
    ownerKeys: ['ceri.morgan', 'lowri.jenkins'],
    themes: ['STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Agree membership and terms of reference',
          cy: 'Cytuno ar aelodaeth a chylch gorchwyl',
        },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Launch the online project library',
          cy: "Lansio'r llyfrgell prosiectau ar-lein",
        },
        monthOffset: 8,
      },
    ],
    profile: 'AT_RISK',
  },
  {
    areaNumber: 2,
    title: {
      en: 'Extend the compassionate leadership programme to registered care home managers',
      cy: 'Ymestyn y rhaglen arweinyddiaeth dosturiol i reolwyr cofrestredig cartrefi gofal',
    },
    description: {
      en: 'Offer the programme to 120 registered managers, with peer coaching between cohorts.',
      cy: 'Cynnig y rhaglen i 120 o reolwyr cofrestredig, gyda hyfforddiant cymheiriaid rhwng carfanau.',
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['lowri.jenkins'],
    themes: ['WELL_BEING', 'STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Open applications for the first cohort',
          cy: 'Agor ceisiadau ar gyfer y garfan gyntaf',
        },
        monthOffset: 2,
      },
      {
        title: { en: 'Complete the first cohort', cy: "Cwblhau'r garfan gyntaf" },
        monthOffset: 7,
      },
      {
        title: { en: 'Complete the second cohort', cy: "Cwblhau'r ail garfan" },
        monthOffset: 12,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 2,
    title: {
      en: 'Publish an anti-racist practice toolkit for health and social care leaders',
      cy: 'Cyhoeddi pecyn cymorth ymarfer gwrth-hiliol ar gyfer arweinwyr iechyd a gofal cymdeithasol',
    },
    description: {
      en: 'Co-produce practical tools with staff networks to support the Anti-racist Wales Action Plan.',
      cy: 'Cydgynhyrchu offer ymarferol gyda rhwydweithiau staff i gefnogi Cynllun Gweithredu Cymru Wrth-hiliol.',
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
        title: { en: 'Publish the toolkit', cy: "Cyhoeddi'r pecyn cymorth" },
        monthOffset: 9,
      },
    ],
    profile: 'SLIPPING',
  },
  {
    areaNumber: 2,
    title: {
      en: 'Evaluate the impact of the collective leadership pilots',
      cy: 'Gwerthuso effaith y cynlluniau peilot arweinyddiaeth gyfunol',
    },
    description: {
      en: 'Commission an independent evaluation of the three collective leadership pilots and report on what to scale up.',
      cy: "Comisiynu gwerthusiad annibynnol o'r tri chynllun peilot arweinyddiaeth gyfunol ac adrodd ar yr hyn i'w ehangu.",
    },
    lead: 'HEIW',
    ownerKeys: ['rhys.llewellyn'],
    themes: ['WELL_BEING'],
    milestones: [
      {
        title: { en: 'Appoint the evaluator', cy: "Penodi'r gwerthuswr" },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Receive the final evaluation report',
          cy: 'Derbyn adroddiad terfynol y gwerthusiad',
        },
        monthOffset: 11,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 3,
    title: {
      en: 'Run a joint bilingual careers campaign for school and college leavers',
      cy: 'Cynnal ymgyrch gyrfaoedd ddwyieithog ar y cyd ar gyfer pobl sy’n gadael ysgol a choleg',
    },
    description: {
      en: 'Show young people the range of health and social care careers in Wales, in both languages, across social media and schools.',
      cy: 'Dangos yr ystod o yrfaoedd iechyd a gofal cymdeithasol yng Nghymru i bobl ifanc, yn y ddwy iaith, ar draws y cyfryngau cymdeithasol ac ysgolion.',
    },
    lead: 'JOINT',
    ownerKeys: ['aled.hughes', 'megan.thomas'],
    themes: ['INCLUSION', 'WELSH_LANGUAGE_AND_CULTURE'],
    milestones: [
      {
        title: { en: 'Agree the campaign brief', cy: 'Cytuno ar friff yr ymgyrch' },
        monthOffset: 2,
      },
      {
        title: { en: 'Launch the autumn campaign', cy: 'Lansio ymgyrch yr hydref' },
        monthOffset: 6,
      },
      {
        title: { en: 'Report campaign reach', cy: 'Adrodd ar gyrhaeddiad yr ymgyrch' },
        monthOffset: 11,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 3,
    title: {
      en: 'Expand work experience placements in social care for young people',
      cy: 'Ehangu lleoliadau profiad gwaith ym maes gofal cymdeithasol ar gyfer pobl ifanc',
    },
    description: {
      en: 'Work with providers to offer safe, supervised work experience in adult and children’s social care.',
      cy: 'Gweithio gyda darparwyr i gynnig profiad gwaith diogel dan oruchwyliaeth ym maes gofal cymdeithasol i oedolion a phlant.',
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['megan.thomas'],
    themes: ['INCLUSION', 'STAFF_RETENTION'],
    milestones: [
      {
        title: { en: 'Sign up forty providers', cy: 'Cofrestru deugain o ddarparwyr' },
        monthOffset: 5,
      },
      {
        title: { en: 'Offer 200 placements', cy: 'Cynnig 200 o leoliadau' },
        monthOffset: 12,
      },
    ],
    profile: 'AT_RISK',
  },
  {
    areaNumber: 3,
    title: {
      en: 'Publish career pathway maps for allied health professions and social care roles',
      cy: 'Cyhoeddi mapiau llwybrau gyrfa ar gyfer y proffesiynau perthynol i iechyd a rolau gofal cymdeithasol',
    },
    description: {
      en: 'Show routes in, between and up through the professions, including routes that start in social care.',
      cy: "Dangos llwybrau i mewn i'r proffesiynau, rhyngddynt ac ymlaen ynddynt, gan gynnwys llwybrau sy'n dechrau ym maes gofal cymdeithasol.",
    },
    lead: 'HEIW',
    ownerKeys: ['aled.hughes'],
    themes: ['INCLUSION'],
    milestones: [
      {
        title: { en: 'Draft the first six maps', cy: "Drafftio'r chwe map cyntaf" },
        monthOffset: 5,
      },
      {
        title: { en: 'Publish the maps online', cy: "Cyhoeddi'r mapiau ar-lein" },
        monthOffset: 10,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 4,
    title: {
      en: 'Agree a standard workforce data set for commissioned social care services',
      cy: 'Cytuno ar set ddata safonol am y gweithlu ar gyfer gwasanaethau gofal cymdeithasol a gomisiynir',
    },
    description: {
      en: 'Agree with commissioners and providers the workforce data collected each year, and how it is shared.',
      cy: 'Cytuno gyda chomisiynwyr a darparwyr ar y data am y gweithlu a gesglir bob blwyddyn, a sut y caiff ei rannu.',
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['david.chen'],
    themes: ['STAFF_RETENTION'],
    milestones: [
      {
        title: { en: 'Consult on the draft data set', cy: 'Ymgynghori ar y set ddata ddrafft' },
        monthOffset: 4,
      },
      {
        title: { en: 'Publish the agreed data set', cy: "Cyhoeddi'r set ddata y cytunwyd arni" },
        monthOffset: 9,
      },
    ],
    profile: 'SLIPPING',
  },
  {
    areaNumber: 4,
    title: {
      en: 'Build a joint supply and demand model for nursing and social care workers',
      cy: 'Adeiladu model cyflenwad a galw ar y cyd ar gyfer nyrsys a gweithwyr gofal cymdeithasol',
    },
    description: {
      en: 'Model the flows between nursing and social care roles to inform education commissioning and recruitment.',
      cy: "Modelu'r llif rhwng rolau nyrsio a gofal cymdeithasol i lywio comisiynu addysg a recriwtio.",
    },
    lead: 'JOINT',
    ownerKeys: ['priya.sharma', 'david.chen'],
    themes: ['STAFF_RETENTION'],
    milestones: [
      {
        title: { en: 'Agree the modelling assumptions', cy: 'Cytuno ar dybiaethau’r modelu' },
        monthOffset: 3,
      },
      {
        title: {
          en: 'Test the model with two health boards',
          cy: "Profi'r model gyda dau fwrdd iechyd",
        },
        monthOffset: 7,
      },
      {
        title: { en: 'Share the first projections', cy: "Rhannu'r rhagamcanion cyntaf" },
        monthOffset: 12,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 4,
    title: {
      en: 'Publish an annual joint workforce data dashboard',
      cy: 'Cyhoeddi dangosfwrdd blynyddol ar y cyd o ddata am y gweithlu',
    },
    description: {
      en: 'Bring NHS and social care workforce figures together in one bilingual, accessible dashboard.',
      cy: "Dod â ffigurau gweithlu'r GIG a gofal cymdeithasol ynghyd mewn un dangosfwrdd dwyieithog a hygyrch.",
    },
    lead: 'HEIW',
    ownerKeys: ['priya.sharma'],
    themes: ['INCLUSION', 'WELSH_LANGUAGE_AND_CULTURE'],
    milestones: [
      {
        title: { en: 'Agree the measures shown', cy: 'Cytuno ar y mesurau a ddangosir' },
        monthOffset: 4,
      },
      {
        title: { en: 'Publish the dashboard', cy: "Cyhoeddi'r dangosfwrdd" },
        monthOffset: 11,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 5,
    title: {
      en: 'Refresh the NHS Wales staff health and well-being framework',
      cy: 'Adnewyddu fframwaith iechyd a llesiant staff GIG Cymru',
    },
    description: {
      en: 'Update the framework with staff, trade unions and employers, drawing on the latest staff survey.',
      cy: "Diweddaru'r fframwaith gyda staff, undebau llafur a chyflogwyr, gan ddefnyddio'r arolwg staff diweddaraf.",
    },
    lead: 'HEIW',
    ownerKeys: ['grace.okafor'],
    themes: ['WELL_BEING', 'STAFF_RETENTION'],
    milestones: [
      {
        title: { en: 'Engage staff and trade unions', cy: 'Ymgysylltu â staff ac undebau llafur' },
        monthOffset: 4,
      },
      {
        title: {
          en: 'Publish the refreshed framework',
          cy: "Cyhoeddi'r fframwaith wedi'i adnewyddu",
        },
        monthOffset: 10,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 5,
    title: {
      en: 'Publish the social care well-being good-practice guide with case studies',
      cy: 'Cyhoeddi’r canllaw arferion da ar lesiant ym maes gofal cymdeithasol gydag astudiaethau achos',
    },
    description: {
      en: 'Show employers what works, with case studies from small and large providers across Wales.',
      cy: "Dangos i gyflogwyr beth sy'n gweithio, gydag astudiaethau achos gan ddarparwyr bach a mawr ledled Cymru.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['nia.williams'],
    themes: ['WELL_BEING'],
    milestones: [
      {
        title: { en: 'Gather twelve case studies', cy: 'Casglu deuddeg astudiaeth achos' },
        monthOffset: 5,
      },
      {
        title: { en: 'Publish the guide', cy: "Cyhoeddi'r canllaw" },
        monthOffset: 10,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 5,
    title: {
      en: 'Promote Canopi and the care worker card to social care employers',
      cy: 'Hyrwyddo Canopi a cherdyn y gweithiwr gofal i gyflogwyr gofal cymdeithasol',
    },
    description: {
      en: 'Raise awareness of the free support available to care workers, and track take-up by region.',
      cy: "Codi ymwybyddiaeth o'r cymorth am ddim sydd ar gael i weithwyr gofal, a monitro'r defnydd fesul rhanbarth.",
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['nia.williams'],
    themes: ['WELL_BEING', 'STAFF_RETENTION'],
    milestones: [
      {
        title: {
          en: 'Run regional employer briefings',
          cy: 'Cynnal sesiynau briffio rhanbarthol i gyflogwyr',
        },
        monthOffset: 4,
      },
      {
        title: { en: 'Report take-up by region', cy: 'Adrodd ar y defnydd fesul rhanbarth' },
        monthOffset: 9,
      },
    ],
    profile: 'SLIPPING',
  },
  {
    areaNumber: 5,
    title: {
      en: 'Agree shared well-being measures for health and social care employers',
      cy: 'Cytuno ar fesurau llesiant cyffredin ar gyfer cyflogwyr iechyd a gofal cymdeithasol',
    },
    description: {
      en: 'Agree a short set of measures both sectors collect, so well-being can be compared and tracked.',
      cy: "Cytuno ar set fer o fesurau y mae'r ddau sector yn eu casglu, er mwyn gallu cymharu a dilyn llesiant.",
    },
    lead: 'JOINT',
    ownerKeys: ['grace.okafor', 'nia.williams'],
    themes: ['WELL_BEING'],
    milestones: [
      {
        title: { en: 'Propose the draft measures', cy: 'Cynnig y mesurau drafft' },
        monthOffset: 9,
      },
      {
        title: {
          en: 'Agree the measures with employers',
          cy: 'Cytuno ar y mesurau gyda chyflogwyr',
        },
        monthOffset: 12,
      },
    ],
    profile: 'NOT_STARTED_YET',
  },
  {
    areaNumber: 6,
    title: {
      en: 'Expand Welsh language learning for health and social care staff through Work Welsh',
      cy: 'Ehangu dysgu Cymraeg ar gyfer staff iechyd a gofal cymdeithasol drwy Cymraeg Gwaith',
    },
    description: {
      en: 'Increase the number of staff on Work Welsh courses, with time released by employers to learn.',
      cy: "Cynyddu nifer y staff ar gyrsiau Cymraeg Gwaith, gydag amser wedi'i ryddhau gan gyflogwyr i ddysgu.",
    },
    lead: 'JOINT',
    ownerKeys: ['sian.pritchard', 'samira.ahmed'],
    themes: ['WELSH_LANGUAGE_AND_CULTURE'],
    milestones: [
      {
        title: {
          en: 'Agree release time with employers',
          cy: 'Cytuno ar amser rhyddhau gyda chyflogwyr',
        },
        monthOffset: 3,
      },
      {
        title: { en: 'Enrol 500 learners', cy: 'Cofrestru 500 o ddysgwyr' },
        monthOffset: 9,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 6,
    title: {
      en: 'Record Welsh language skills in the workforce systems of both sectors',
      cy: 'Cofnodi sgiliau Cymraeg yn systemau gweithlu’r ddau sector',
    },
    description: {
      en: 'Make sure every employer records staff Welsh language skills on the same scale, so services can be planned.',
      cy: 'Sicrhau bod pob cyflogwr yn cofnodi sgiliau Cymraeg staff ar yr un raddfa, er mwyn gallu cynllunio gwasanaethau.',
    },
    lead: 'HEIW',
    ownerKeys: ['sian.pritchard'],
    themes: ['WELSH_LANGUAGE_AND_CULTURE'],
    milestones: [
      {
        title: { en: 'Agree the common skills scale', cy: 'Cytuno ar y raddfa sgiliau gyffredin' },
        monthOffset: 4,
      },
      {
        title: { en: 'Reach 80% of staff records', cy: 'Cyrraedd 80% o gofnodion staff' },
        monthOffset: 12,
      },
    ],
    profile: 'AT_RISK',
  },
  {
    areaNumber: 6,
    title: {
      en: 'Publish bilingual resources on the active offer for care workers',
      cy: 'Cyhoeddi adnoddau dwyieithog am y cynnig rhagweithiol ar gyfer gweithwyr gofal',
    },
    description: {
      en: 'Help care workers offer a service in Welsh without being asked, with short films and guides.',
      cy: 'Helpu gweithwyr gofal i gynnig gwasanaeth yn Gymraeg heb i neb ofyn, gyda ffilmiau byr a chanllawiau.',
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['samira.ahmed'],
    themes: ['WELSH_LANGUAGE_AND_CULTURE', 'INCLUSION'],
    milestones: [
      {
        title: { en: 'Film the case studies', cy: "Ffilmio'r astudiaethau achos" },
        monthOffset: 5,
      },
      {
        title: { en: 'Publish the resources', cy: "Cyhoeddi'r adnoddau" },
        monthOffset: 9,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 7,
    title: {
      en: 'Launch the joint Level 4 qualification in health and social care',
      cy: 'Lansio’r cymhwyster Lefel 4 ar y cyd ym maes iechyd a gofal cymdeithasol',
    },
    description: {
      en: 'Work with Qualifications Wales and awarding bodies to make the Level 4 qualification available across Wales.',
      cy: 'Gweithio gyda Chymwysterau Cymru a chyrff dyfarnu i sicrhau bod y cymhwyster Lefel 4 ar gael ledled Cymru.',
    },
    lead: 'SOCIAL_CARE_WALES',
    ownerKeys: ['gareth.powell'],
    themes: ['STAFF_RETENTION'],
    milestones: [
      {
        title: { en: 'Approve the qualification content', cy: 'Cymeradwyo cynnwys y cymhwyster' },
        monthOffset: 3,
      },
      {
        title: { en: 'First learners enrolled', cy: "Cofrestru'r dysgwyr cyntaf" },
        monthOffset: 9,
      },
    ],
    profile: 'ON_TRACK',
  },
  {
    areaNumber: 7,
    title: {
      en: 'Agree a joint apprenticeship framework for health and social care support workers',
      cy: 'Cytuno ar fframwaith prentisiaethau ar y cyd ar gyfer gweithwyr cymorth iechyd a gofal cymdeithasol',
    },
    description: {
      en: 'One apprenticeship framework that lets support workers move between the NHS and social care without starting again.',
      cy: "Un fframwaith prentisiaethau sy'n galluogi gweithwyr cymorth i symud rhwng y GIG a gofal cymdeithasol heb ddechrau eto.",
    },
    lead: 'JOINT',
    ownerKeys: ['tom.bennett', 'gareth.powell'],
    themes: ['STAFF_RETENTION', 'INCLUSION'],
    milestones: [
      {
        title: { en: 'Map the existing frameworks', cy: "Mapio'r fframweithiau presennol" },
        monthOffset: 3,
      },
      {
        title: { en: 'Consult employers on the draft', cy: 'Ymgynghori â chyflogwyr ar y drafft' },
        monthOffset: 7,
      },
      {
        title: {
          en: 'Submit the framework for approval',
          cy: "Cyflwyno'r fframwaith i'w gymeradwyo",
        },
        monthOffset: 12,
      },
    ],
    profile: 'SLIPPING',
  },
  {
    areaNumber: 7,
    title: {
      en: 'Develop learning pathways for advanced practice in community settings',
      cy: 'Datblygu llwybrau dysgu ar gyfer ymarfer uwch mewn lleoliadau cymunedol',
    },
    description: {
      en: 'Set out the education and supervision that nurses and therapists need to work as advanced practitioners in the community.',
      cy: "Nodi'r addysg a'r oruchwyliaeth sydd eu hangen ar nyrsys a therapyddion i weithio fel ymarferwyr uwch yn y gymuned.",
    },
    lead: 'HEIW',
    ownerKeys: ['tom.bennett'],
    themes: ['STAFF_RETENTION', 'WELL_BEING'],
    milestones: [
      {
        title: { en: 'Agree the capability framework', cy: 'Cytuno ar y fframwaith galluoedd' },
        monthOffset: 5,
      },
      {
        title: { en: 'Publish the pathways', cy: "Cyhoeddi'r llwybrau" },
        monthOffset: 11,
      },
    ],
    profile: 'ON_TRACK',
  },
];
