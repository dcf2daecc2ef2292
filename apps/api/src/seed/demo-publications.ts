// The Welsh (Cymraeg) text in this file must be checked by a Welsh speaker before release.
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import { Publication, PublicationsService } from '@cynnydd/publications/data-access';
import type { Actor, IsoDate, Quarter } from '@cynnydd/shared/domain';

import type { BilingualSeedText } from './demo-catalogue';
import { text, type DemoEvent } from './demo-lookups';

/** What the public is told about each strategic area; kept from one publication to the next. */
const AREA_SUMMARIES: { areaNumber: number; summary: BilingualSeedText }[] = [
  {
    areaNumber: 1,
    summary: text(
      'Health boards and care providers are sharing what works in team working, quality improvement and keeping staff.',
      "Mae byrddau iechyd a darparwyr gofal yn rhannu'r hyn sy'n gweithio o ran gweithio mewn tîm, gwella ansawdd a chadw staff.",
    ),
  },
  {
    areaNumber: 2,
    summary: text(
      'Leadership programmes across both sectors now teach compassionate and inclusive leadership.',
      'Mae rhaglenni arweinyddiaeth ar draws y ddau sector bellach yn addysgu arweinyddiaeth dosturiol a chynhwysol.',
    ),
  },
  {
    areaNumber: 3,
    summary: text(
      'Bilingual careers campaigns reach schools, colleges and people changing career.',
      "Mae ymgyrchoedd gyrfa dwyieithog yn cyrraedd ysgolion, colegau a phobl sy'n newid gyrfa.",
    ),
  },
  {
    areaNumber: 4,
    summary: text(
      'Better workforce data is being built, though a national data-sharing agreement has slowed some of the work.',
      "Mae data gwell am y gweithlu yn cael ei ddatblygu, er bod cytundeb rhannu data cenedlaethol wedi arafu rhywfaint o'r gwaith.",
    ),
  },
  {
    areaNumber: 5,
    summary: text(
      'More education and training places are being commissioned across Wales, closer to where people live.',
      'Mae mwy o leoedd addysg a hyfforddiant yn cael eu comisiynu ledled Cymru, yn nes at ble mae pobl yn byw.',
    ),
  },
  {
    areaNumber: 6,
    summary: text(
      'New roles and routes into them are helping services use the skills of the whole team.',
      "Mae rolau newydd a llwybrau iddynt yn helpu gwasanaethau i ddefnyddio sgiliau'r tîm cyfan.",
    ),
  },
  {
    areaNumber: 7,
    summary: text(
      'Welsh language skills are being planned for, so people can receive care in the language they choose.',
      "Mae sgiliau Cymraeg yn cael eu cynllunio, fel y gall pobl dderbyn gofal yn yr iaith o'u dewis.",
    ),
  },
];

interface PublicationSeed {
  /** The oversight board's paper for this quarter is published. */
  financialYear: number;
  quarter: Quarter;
  publishedOn: IsoDate;
  introduction: BilingualSeedText;
  /** Withdrawn after publishing, and why; published again the next day, corrected. */
  withdrawn?: { on: IsoDate; reason: BilingualSeedText };
}

/**
 * The operational group publishes each quarter's oversight board report on the public pages two
 * weeks after the board has it; one was withdrawn for a wrong figure and published again.
 */
export const PUBLICATIONS: PublicationSeed[] = [
  {
    financialYear: 2025,
    quarter: 3,
    publishedOn: '2026-02-19',
    introduction: text(
      'Progress of our joint workforce strategy for health and social care at the end of December 2025. Most actions are on track; work on workforce data is behind plan.',
      "Cynnydd ein strategaeth gweithlu ar y cyd ar gyfer iechyd a gofal cymdeithasol ar ddiwedd mis Rhagfyr 2025. Mae'r rhan fwyaf o'r camau gweithredu ar y trywydd iawn; mae'r gwaith ar ddata'r gweithlu y tu ôl i'r cynllun.",
    ),
  },
  {
    financialYear: 2025,
    quarter: 4,
    publishedOn: '2026-05-21',
    introduction: text(
      'Progress at the end of the 2025-26 plan year. Actions not finished have been carried into the 2026-27 plan.',
      "Cynnydd ar ddiwedd blwyddyn cynllun 2025-26. Mae camau gweithredu heb eu gorffen wedi'u cario i gynllun 2026-27.",
    ),
  },
  {
    financialYear: 2026,
    quarter: 1,
    publishedOn: '2026-08-20',
    introduction: text(
      'Progress in the first quarter of the 2026-27 plan, April to June 2026.',
      'Cynnydd yn chwarter cyntaf cynllun 2026-27, Ebrill i Fehefin 2026.',
    ),
    withdrawn: {
      on: '2026-08-24',
      reason: text(
        'A summary gave the wrong number of training places; a corrected publication replaces it.',
        "Roedd crynodeb yn rhoi'r nifer anghywir o leoedd hyfforddi; mae cyhoeddiad wedi'i gywiro yn ei le.",
      ),
    },
  },
  {
    financialYear: 2026,
    quarter: 2,
    publishedOn: '2026-11-19',
    introduction: text(
      'Progress in the second quarter of the 2026-27 plan, July to September 2026. Careers campaigns and compassionate leadership are ahead; workforce data remains behind plan.',
      "Cynnydd yn ail chwarter cynllun 2026-27, Gorffennaf i Fedi 2026. Mae'r ymgyrchoedd gyrfa ac arweinyddiaeth dosturiol ar y blaen; mae data'r gweithlu yn dal y tu ôl i'r cynllun.",
    ),
  },
];

/** Publishing, withdrawing and publishing again, through the product's own service. */
export function demoPublicationEvents(
  dataSource: DataSource,
  services: INestApplicationContext,
  office: Actor,
): DemoEvent[] {
  const publications = services.get(PublicationsService);
  const reportOf = async (seed: PublicationSeed): Promise<string> =>
    (
      await dataSource.query(
        `SELECT r.id FROM report r JOIN reporting_period p ON p.id = r.reporting_period_id
          WHERE r.audience = 'OVERSIGHT_BOARD' AND r.state = 'ISSUED'
            AND p.financial_year = $1 AND p.quarter = $2
          ORDER BY r.edition DESC LIMIT 1`,
        [seed.financialYear, seed.quarter],
      )
    )[0].id;
  const publish = async (
    reportId: string,
    seed: PublicationSeed,
    summaryNote?: BilingualSeedText,
  ) => {
    const draft = await publications.create(office, { reportId });
    const ready = await publications.update(office, {
      id: draft.id,
      expectedVersion: draft.version,
      introduction: summaryNote
        ? text(
            `${seed.introduction.en} ${summaryNote.en}`,
            `${seed.introduction.cy} ${summaryNote.cy}`,
          )
        : seed.introduction,
      areaSummaries: AREA_SUMMARIES,
    });
    return publications.publish(office, { id: ready.id, expectedVersion: ready.version });
  };

  return PUBLICATIONS.flatMap((seed): DemoEvent[] => {
    let published: Publication | null = null;
    const events: DemoEvent[] = [
      {
        at: `${seed.publishedOn}T12:00:00Z`,
        run: async () => {
          published = await publish(await reportOf(seed), seed);
        },
      },
    ];
    const { withdrawn } = seed;
    if (!withdrawn) return events;
    return [
      ...events,
      {
        at: `${withdrawn.on}T09:30:00Z`,
        run: async () => {
          const current = published as Publication;
          await publications.withdraw(office, {
            id: current.id,
            expectedVersion: current.version,
            reason: withdrawn.reason,
          });
          await publish(
            current.reportId,
            seed,
            text(
              'This publication corrects an earlier one.',
              "Mae'r cyhoeddiad hwn yn cywiro un cynharach.",
            ),
          );
        },
      },
    ];
  });
}
