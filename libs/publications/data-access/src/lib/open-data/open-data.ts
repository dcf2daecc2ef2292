import Papa from 'papaparse';

import { publicPath } from '../public-site/public-routes';
import type { PublicAction, PublicSnapshot } from '../public-snapshot';

/*
 * Each publication as open data, for the bodies' websites, Welsh Government and journalists:
 * CSV with one row per action and JSON with the whole publication. Identifiers are stable (the
 * publication's number, the action's id); texts come in both languages side by side. The columns
 * and the JSON's shape are documented in docs/open-data.md, which a test holds to this code.
 */

export const OPEN_GOVERNMENT_LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  attribution:
    'Contains public sector information from Health Education and Improvement Wales and Social Care Wales licensed under the Open Government Licence v3.0.',
} as const;

const list = (values: readonly string[]) => values.join(';');

/** The CSV's columns, in order, and how each is read from an action of a publication. */
export const CSV_COLUMNS: readonly [string, (row: CsvRow) => string | number | null][] = [
  ['publication_number', ({ snapshot }) => snapshot.number],
  ['published_at', ({ snapshot }) => snapshot.publishedAt],
  ['period', ({ snapshot }) => snapshot.period.label],
  ['period_start', ({ snapshot }) => snapshot.period.startDate],
  ['period_end', ({ snapshot }) => snapshot.period.endDate],
  ['data_as_at', ({ snapshot }) => snapshot.asOf],
  ['area_number', ({ action }) => action.areaNumber],
  ['area_title_en', ({ area }) => area?.title.en ?? null],
  ['area_title_cy', ({ area }) => area?.title.cy ?? null],
  ['action_id', ({ action }) => action.id],
  ['action_reference', ({ action }) => action.reference],
  ['action_title_en', ({ action }) => action.title.en],
  ['action_title_cy', ({ action }) => action.title.cy],
  ['lead_organisation', ({ action }) => action.leadOrganisation],
  ['owners', ({ action }) => (action.owners ? list(action.owners) : null)],
  ['status', ({ action }) => action.rag],
  ['percent_complete', ({ action }) => action.percentComplete],
  ['due_date', ({ action }) => action.dueDate],
  ['themes', ({ action }) => list(action.themes)],
  ['well_being_goals', ({ action }) => list(action.wellBeingGoals)],
  ['commentary_en', ({ action }) => action.commentary.en],
  ['commentary_cy', ({ action }) => action.commentary.cy],
  ['next_steps_en', ({ action }) => action.nextSteps.en],
  ['next_steps_cy', ({ action }) => action.nextSteps.cy],
  ['page_en', ({ origin, snapshot, action }) => actionPage(origin, snapshot, action, 'en')],
  ['page_cy', ({ origin, snapshot, action }) => actionPage(origin, snapshot, action, 'cy')],
];

interface CsvRow {
  origin: string;
  snapshot: PublicSnapshot;
  action: PublicAction;
  area: PublicSnapshot['areas'][number] | undefined;
}

function actionPage(
  origin: string,
  snapshot: PublicSnapshot,
  action: PublicAction,
  language: 'en' | 'cy',
) {
  return `${origin}${publicPath({ language, scope: snapshot.number, page: { kind: 'action', id: action.id } })}`;
}

/** One row per published action; UTF-8 with a byte-order mark so Excel reads Welsh letters. */
export function publicationCsv(snapshot: PublicSnapshot, origin: string): string {
  const areas = new Map(snapshot.areas.map((area) => [area.number, area]));
  const rows = snapshot.actions.map((action) => {
    const row = { origin, snapshot, action, area: areas.get(action.areaNumber) };
    return CSV_COLUMNS.map(([, read]) => read(row) ?? '');
  });
  return `\uFEFF${Papa.unparse({ fields: CSV_COLUMNS.map(([name]) => name), data: rows }, { newline: '\r\n' })}\r\n`;
}

/** The whole publication: its areas, actions, measures and goal contribution, with the licence. */
export function publicationJson(snapshot: PublicSnapshot, origin: string): string {
  const { report: _internal, ...publication } = snapshot;
  const page = (language: 'en' | 'cy') =>
    `${origin}${publicPath({ language, scope: snapshot.number, page: { kind: 'overview' } })}`;
  return JSON.stringify({
    licence: OPEN_GOVERNMENT_LICENCE,
    pages: { en: page('en'), cy: page('cy') },
    publication,
  });
}
