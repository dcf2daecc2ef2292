import {
  formatDateTime,
  formatMeasureValue,
  LEAD_ORGANISATION_LABELS,
  MEASURE_RAG_LABELS,
  MeasureRag,
  MeasureUnit,
  pageRange,
  RAG_STATUS_LABELS,
  RagStatus,
  THEME_LABELS,
  WELL_BEING_GOAL_LABELS,
  type BilingualText,
} from '@cynnydd/shared/domain';
import { GovukPagination } from '@cynnydd/shared/govuk';

import type {
  PublicAction,
  PublicArea,
  PublicFigure,
  PublicMeasure,
  PublicSnapshot,
} from '../public-snapshot';
import { areaStatusSvg, measureTrendSvg } from './charts';
import { PUBLIC_LABELS as L } from './public-labels';
import { publicPath } from './public-routes';
import {
  day,
  label,
  linkTo,
  Paragraphs,
  plain as text,
  Text,
  type PageContext,
} from './public-text';

/*
 * The public pages' content. Every page is plain server-rendered HTML in the GOV.UK style: charts
 * are SVG drawn on the server with a table of the same figures beside them, statuses are words
 * (the colour only repeats them), and nothing needs JavaScript.
 */

const RAG_TAG: Record<RagStatus, string> = {
  [RagStatus.RED]: 'govuk-tag--red',
  [RagStatus.AMBER]: 'govuk-tag--orange',
  [RagStatus.GREEN]: 'govuk-tag--green',
  [RagStatus.COMPLETE]: 'govuk-tag--blue',
  [RagStatus.NOT_STARTED]: 'govuk-tag--grey',
};

const MEASURE_TAG: Record<MeasureRag, string> = {
  [MeasureRag.RED]: 'govuk-tag--red',
  [MeasureRag.AMBER]: 'govuk-tag--orange',
  [MeasureRag.GREEN]: 'govuk-tag--green',
};

function RagTag({ rag, context }: { rag: RagStatus | null; context: PageContext }) {
  if (!rag)
    return <strong className="govuk-tag govuk-tag--grey">{label(L.notReported, context)}</strong>;
  return (
    <strong className={`govuk-tag ${RAG_TAG[rag]}`}>
      {label(RAG_STATUS_LABELS[rag], context)}
    </strong>
  );
}

/** The line under a publication's title: what it covers and when it was published. */
function PublicationMeta({
  snapshot,
  context,
}: {
  snapshot: PublicSnapshot;
  context: PageContext;
}) {
  return (
    <dl className="govuk-summary-list govuk-summary-list--no-border public-meta">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{label(L.period, context)}</dt>
        <dd className="govuk-summary-list__value">{snapshot.period.label}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{label(L.dataAsAt, context)}</dt>
        <dd className="govuk-summary-list__value">{day(snapshot.asOf, context)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{label(L.published, context)}</dt>
        <dd className="govuk-summary-list__value">
          <time dateTime={snapshot.publishedAt}>
            {formatDateTime(snapshot.publishedAt, context.language)}
          </time>{' '}
          ({label(L.publication, context)} {snapshot.number})
        </dd>
      </div>
    </dl>
  );
}

const COUNT_COLUMNS = [
  [RagStatus.COMPLETE, 'complete'],
  [RagStatus.GREEN, 'green'],
  [RagStatus.AMBER, 'amber'],
  [RagStatus.RED, 'red'],
  [RagStatus.NOT_STARTED, 'notStarted'],
] as const;

/** A table's header row: numeric columns right-aligned, as GOV.UK tables are. */
function Head({ columns }: { columns: { name: string; numeric?: boolean }[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map(({ name, numeric }) => (
          <th
            scope="col"
            className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}
            key={name}
          >
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A table that scrolls sideways on a narrow screen (320 px). The region is focusable and named by
 * the table's caption, so keyboard users can scroll it (axe scrollable-region-focusable).
 */
function Scrollable({ labelledBy, children }: { labelledBy: string; children: React.ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="public-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

function AreaTable({ areas, context }: { areas: PublicArea[]; context: PageContext }) {
  return (
    <Scrollable labelledBy="areas-caption">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m" id="areas-caption">
          {label(L.actionsByArea, context)}
        </caption>
        <Head
          columns={[
            { name: label(L.area, context) },
            ...COUNT_COLUMNS.map(([status]) => ({
              name: label(RAG_STATUS_LABELS[status], context),
              numeric: true,
            })),
            { name: label(L.notReported, context), numeric: true },
            { name: label(L.total, context), numeric: true },
          ]}
        />
        <tbody className="govuk-table__body">
          {areas.map((area) => (
            <tr className="govuk-table__row" key={area.number}>
              <th scope="row" className="govuk-table__header">
                <a
                  className="govuk-link"
                  href={linkTo({ kind: 'area', number: area.number }, context)}
                >
                  {area.number}. <Text value={area.title} context={context} />
                </a>
              </th>
              {COUNT_COLUMNS.map(([status, field]) => (
                <td className="govuk-table__cell govuk-table__cell--numeric" key={status}>
                  {area.counts[field]}
                </td>
              ))}
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {area.counts.noUpdate}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{area.counts.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scrollable>
  );
}

function Figure({ svg, caption }: { svg: string; caption: string }) {
  return (
    <figure className="public-chart">
      {/* SVG drawn by ECharts, which escapes every text it draws (see charts.ts). */}
      <div dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="govuk-body-s">{caption}</figcaption>
    </figure>
  );
}

function OpenData({
  snapshot,
  context,
  origin,
}: {
  snapshot: PublicSnapshot;
  context: PageContext;
  origin: string;
}) {
  const file = (extension: string) =>
    `${origin}/open-data/publications/${snapshot.number}.${extension}`;
  return (
    <section aria-labelledby="open-data">
      <h2 className="govuk-heading-m" id="open-data">
        {label(L.openData, context)}
      </h2>
      <p className="govuk-body">{label(L.openDataIntro, context)}</p>
      <ul className="govuk-list govuk-list--bullet govuk-list--spaced">
        <li>
          <a className="govuk-link" href={file('csv')} type="text/csv">
            {label(L.csv, context)}
          </a>
        </li>
        <li>
          <a className="govuk-link" href={file('json')} type="application/json">
            {label(L.json, context)}
          </a>
        </li>
        <li>
          <a
            className="govuk-link"
            href={publicPath({ ...context.route, page: { kind: 'feed' } })}
            type="application/atom+xml"
          >
            {label(L.feed, context)}
          </a>
        </li>
      </ul>
      <p className="govuk-body-s">{label(L.licence, context)}</p>
    </section>
  );
}

function GoalTable({ snapshot, context }: { snapshot: PublicSnapshot; context: PageContext }) {
  if (!snapshot.goals.length) return null;
  return (
    <section aria-labelledby="goals">
      <h2 className="govuk-heading-m" id="goals">
        {label(L.wellBeingGoals, context)}
      </h2>
      <p className="govuk-body">{label(L.goalsIntro, context)}</p>
      <Scrollable labelledBy="goals">
        <table className="govuk-table">
          <Head
            columns={[
              { name: label(L.goal, context) },
              { name: label(L.actions, context), numeric: true },
              { name: label(RAG_STATUS_LABELS[RagStatus.COMPLETE], context), numeric: true },
              { name: label(L.measures, context), numeric: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {snapshot.goals.map((goal) => (
              <tr className="govuk-table__row" key={goal.goal}>
                <th scope="row" className="govuk-table__header">
                  {label(WELL_BEING_GOAL_LABELS[goal.goal], context)}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {goal.actions.total}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {goal.actions.complete}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{goal.measures}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scrollable>
    </section>
  );
}

export interface SnapshotPageProps {
  snapshot: PublicSnapshot;
  context: PageContext;
  origin: string;
}

export function OverviewPage({ snapshot, context, origin }: SnapshotPageProps) {
  const { overall } = snapshot;
  return (
    <>
      <span className="govuk-caption-l">{label(L.strategy, context)}</span>
      <h1 className="govuk-heading-xl">{label(L.overviewTitle, context)}</h1>
      <PublicationMeta snapshot={snapshot} context={context} />
      <Paragraphs value={snapshot.introduction} context={context} />
      <h2 className="govuk-heading-l">{label(L.atAGlance, context)}</h2>
      <ul className="govuk-list public-glance">
        <li>
          <span className="govuk-heading-l public-glance__figure">{overall.total}</span>{' '}
          {label(L.actions, context)}
        </li>
        {COUNT_COLUMNS.map(([status, field]) => (
          <li key={status}>
            <span className="govuk-heading-l public-glance__figure">{overall[field]}</span>{' '}
            <RagTag rag={status} context={context} />
          </li>
        ))}
      </ul>
      <Figure
        svg={areaStatusSvg(snapshot.areas, context.language)}
        caption={label(L.chartCaption, context)}
      />
      <AreaTable areas={snapshot.areas} context={context} />
      {snapshot.measures ? (
        <section aria-labelledby="measures">
          <h2 className="govuk-heading-m" id="measures">
            {label(L.measuresTitle, context)}
          </h2>
          <ul className="govuk-list">
            <li>
              {label(L.total, context)}: {snapshot.measures.counts.total}
            </li>
            {(
              [
                [MeasureRag.GREEN, 'green'],
                [MeasureRag.AMBER, 'amber'],
                [MeasureRag.RED, 'red'],
              ] as const
            ).map(([rag, field]) => (
              <li key={rag}>
                {label(MEASURE_RAG_LABELS[rag], context)}: {snapshot.measures?.counts[field]}
              </li>
            ))}
          </ul>
          <p className="govuk-body">
            <a className="govuk-link" href={linkTo({ kind: 'measures' }, context)}>
              {label(L.seeMeasures, context)}
            </a>
          </p>
        </section>
      ) : null}
      <GoalTable snapshot={snapshot} context={context} />
      <OpenData snapshot={snapshot} context={context} origin={origin} />
      <p className="govuk-body">
        <a
          className="govuk-link"
          href={publicPath(
            { ...context.route, scope: 'current', page: { kind: 'archive' } },
            context.base,
          )}
        >
          {label(L.archive, context)}
        </a>
      </p>
    </>
  );
}

function ActionTable({ actions, context }: { actions: PublicAction[]; context: PageContext }) {
  return (
    <Scrollable labelledBy="actions-caption">
      <table className="govuk-table public-actions">
        <caption className="govuk-table__caption govuk-table__caption--m" id="actions-caption">
          {label(L.actions, context)}
        </caption>
        <Head
          columns={[
            { name: label(L.reference, context) },
            { name: label(L.action, context) },
            { name: label(L.lead, context) },
            { name: label(L.status, context) },
            { name: label(L.due, context) },
          ]}
        />
        <tbody className="govuk-table__body">
          {actions.map((action) => (
            <tr className="govuk-table__row" key={action.id}>
              <td className="govuk-table__cell">{action.reference}</td>
              <td className="govuk-table__cell">
                <a className="govuk-link" href={linkTo({ kind: 'action', id: action.id }, context)}>
                  <Text value={action.title} context={context} />
                </a>
              </td>
              <td className="govuk-table__cell">
                {label(LEAD_ORGANISATION_LABELS[action.leadOrganisation], context)}
              </td>
              <td className="govuk-table__cell">
                <RagTag rag={action.rag} context={context} />
              </td>
              <td className="govuk-table__cell">{day(action.dueDate, context)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scrollable>
  );
}

export function AreaPage({ snapshot, context, area }: SnapshotPageProps & { area: PublicArea }) {
  const actions = snapshot.actions.filter((action) => action.areaNumber === area.number);
  return (
    <>
      <span className="govuk-caption-l">
        {label(L.area, context)} {area.number}
      </span>
      <h1 className="govuk-heading-xl">
        <Text value={area.title} context={context} />
      </h1>
      <PublicationMeta snapshot={snapshot} context={context} />
      <Paragraphs value={area.summary} context={context} empty={L.noSummary} />
      <ActionTable actions={actions} context={context} />
    </>
  );
}

function Row({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{name}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export function ActionPage({
  snapshot,
  context,
  action,
}: SnapshotPageProps & { action: PublicAction }) {
  const area = snapshot.areas.find((candidate) => candidate.number === action.areaNumber);
  return (
    <>
      <span className="govuk-caption-l">{action.reference}</span>
      <h1 className="govuk-heading-xl">
        <Text value={action.title} context={context} />
      </h1>
      <dl className="govuk-summary-list">
        <Row name={label(L.area, context)}>
          <a
            className="govuk-link"
            href={linkTo({ kind: 'area', number: action.areaNumber }, context)}
          >
            {action.areaNumber}. {area ? <Text value={area.title} context={context} /> : null}
          </a>
        </Row>
        <Row name={label(L.lead, context)}>
          {label(LEAD_ORGANISATION_LABELS[action.leadOrganisation], context)}
        </Row>
        {action.owners ? (
          <Row name={label(L.owners, context)}>{action.owners.join(', ')}</Row>
        ) : null}
        <Row name={label(L.status, context)}>
          <RagTag rag={action.rag} context={context} />
          {action.percentComplete !== null
            ? ` ${action.percentComplete}% ${label(L.percentComplete, context).toLowerCase()}`
            : null}
        </Row>
        <Row name={label(L.due, context)}>{day(action.dueDate, context)}</Row>
        <Row name={label(L.period, context)}>{snapshot.period.label}</Row>
        {action.themes.length ? (
          <Row name={label(L.principles, context)}>
            {action.themes.map((theme) => label(THEME_LABELS[theme], context)).join(', ')}
          </Row>
        ) : null}
        {action.wellBeingGoals.length ? (
          <Row name={label(L.wellBeingGoals, context)}>
            <ul className="govuk-list">
              {action.wellBeingGoals.map((goal) => (
                <li key={goal}>{label(WELL_BEING_GOAL_LABELS[goal], context)}</li>
              ))}
            </ul>
          </Row>
        ) : null}
      </dl>
      <h2 className="govuk-heading-m">{label(L.commentary, context)}</h2>
      <Paragraphs value={action.commentary} context={context} empty={L.noCommentary} />
      {text(action.nextSteps, context) ? (
        <>
          <h2 className="govuk-heading-m">{label(L.nextSteps, context)}</h2>
          <Paragraphs value={action.nextSteps} context={context} />
        </>
      ) : null}
    </>
  );
}

function figureText(
  figure: PublicFigure | null,
  measure: PublicMeasure,
  context: PageContext,
  empty: string,
) {
  return figure?.value === null || figure?.value === undefined
    ? empty
    : formatMeasureValue(figure.value, measure.unit, context.language);
}

function MeasureSection({ measure, context }: { measure: PublicMeasure; context: PageContext }) {
  const id = `measure-${measure.reference.replace(/[^A-Za-z0-9]/g, '-')}`;
  return (
    <section aria-labelledby={id} className="public-measure">
      <h2 className="govuk-heading-m" id={id}>
        {measure.reference} <Text value={measure.name} context={context} />
      </h2>
      <dl className="govuk-summary-list">
        <Row name={label(L.latestFigure, context)}>
          {measure.latest ? (
            <>
              {figureText(measure.latest, measure, context, label(L.notAvailable, context))} (
              <Text value={measure.latest.periodLabel} context={context} />)
              {measure.latest.rag ? (
                <>
                  {' '}
                  <strong className={`govuk-tag ${MEASURE_TAG[measure.latest.rag]}`}>
                    {label(MEASURE_RAG_LABELS[measure.latest.rag], context)}
                  </strong>
                </>
              ) : null}
            </>
          ) : (
            label(L.noFigure, context)
          )}
        </Row>
        <Row name={label(L.target, context)}>
          {measure.latest?.target !== null && measure.latest?.target !== undefined
            ? formatMeasureValue(measure.latest.target, measure.unit, context.language)
            : '–'}
        </Row>
      </dl>
      {measure.recent.length ? (
        <>
          <Figure
            svg={measureTrendSvg(measure, context.language)}
            caption={label(L.measuresIntro, context)}
          />
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {label(L.trendOf, context)} {measure.reference}
            </caption>
            <Head
              columns={[
                { name: label(L.periodColumn, context) },
                { name: label(L.figure, context), numeric: true },
                { name: label(L.target, context), numeric: true },
              ]}
            />
            <tbody className="govuk-table__body">
              {measure.recent.map((figure) => (
                <tr className="govuk-table__row" key={figure.periodEnd}>
                  <th scope="row" className="govuk-table__header">
                    <Text value={figure.periodLabel} context={context} />
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {figureText(figure, measure, context, label(L.notAvailable, context))}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {figure.target === null
                      ? '–'
                      : formatMeasureValue(figure.target, measure.unit, context.language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

/**
 * Measures a page: each has a chart and a table, and 500 on one page took seconds to draw; at 20
 * a page, a phone (Lighthouse's mobile profile) still spent a second parsing the charts' SVG.
 */
export const MEASURES_PER_PAGE = 10;

/** How many pages of measures a publication has (1 when it has none). */
export function measurePageCount(snapshot: PublicSnapshot): number {
  return pageRange(1, MEASURES_PER_PAGE, snapshot.measures?.list.length ?? 0).pageCount;
}

/** GOV.UK pagination of the measures pages, as links: the pages work without JavaScript. */
function MeasurePages({
  page,
  pageCount,
  context,
}: {
  page: number;
  pageCount: number;
  context: PageContext;
}) {
  return (
    <GovukPagination
      page={page}
      pageCount={pageCount}
      hrefOf={(number) => linkTo({ kind: 'measures', page: number }, context)}
      words={{
        label: label(L.measuresPages, context),
        previous: label(L.previousPage, context),
        next: label(L.nextPage, context),
        pageWord: label(L.pageWord, context),
        pageLink: (number) => `${label(L.pageNumber, context)} ${number}`,
        number: String,
      }}
    />
  );
}

export function MeasuresPage({
  snapshot,
  context,
  page = 1,
}: SnapshotPageProps & { page?: number }) {
  const measures = snapshot.measures?.list ?? [];
  const { start, end, first, last, pageCount } = pageRange(
    page,
    MEASURES_PER_PAGE,
    measures.length,
  );
  const number = (value: number) => formatMeasureValue(value, MeasureUnit.NUMBER, context.language);
  return (
    <>
      <h1 className="govuk-heading-xl">{label(L.measuresTitle, context)}</h1>
      <PublicationMeta snapshot={snapshot} context={context} />
      <p className="govuk-body">{label(L.measuresIntro, context)}</p>
      {pageCount > 1 && (
        <p className="govuk-body">
          {label(L.measuresShowing, context)
            .replace('{first}', number(first))
            .replace('{last}', number(last))
            .replace('{total}', number(measures.length))}
        </p>
      )}
      {measures.slice(start, end).map((measure) => (
        <MeasureSection measure={measure} context={context} key={measure.id} />
      ))}
      <MeasurePages page={page} pageCount={pageCount} context={context} />
    </>
  );
}

/** One publication as the archive lists it. */
export interface PublicationListing {
  number: number;
  periodLabel: string;
  publishedAt: string;
  withdrawnAt: string | null;
}

export function ArchivePage({
  listings,
  context,
}: {
  listings: PublicationListing[];
  context: PageContext;
}) {
  const currentNumber = listings.find((listing) => !listing.withdrawnAt)?.number;
  return (
    <>
      <h1 className="govuk-heading-xl">{label(L.archive, context)}</h1>
      <p className="govuk-body" id="archive-intro">
        {label(L.archiveIntro, context)}
      </p>
      <Scrollable labelledBy="archive-intro">
        <table className="govuk-table">
          <Head
            columns={[
              { name: label(L.publication, context) },
              { name: label(L.period, context) },
              { name: label(L.published, context) },
              { name: label(L.status, context) },
            ]}
          />
          <tbody className="govuk-table__body">
            {listings.map((listing) => (
              <tr className="govuk-table__row" key={listing.number}>
                <td className="govuk-table__cell">
                  <a
                    className="govuk-link"
                    href={publicPath(
                      {
                        language: context.language,
                        scope: listing.number,
                        page: { kind: 'overview' },
                      },
                      context.base,
                    )}
                  >
                    {label(L.publication, context)} {listing.number}
                  </a>
                </td>
                <td className="govuk-table__cell">{listing.periodLabel}</td>
                <td className="govuk-table__cell">{day(listing.publishedAt, context)}</td>
                <td className="govuk-table__cell">
                  {listing.withdrawnAt
                    ? `${label(L.withdrawnOn, context)} ${day(listing.withdrawnAt, context)}`
                    : listing.number === currentNumber
                      ? label(L.current, context)
                      : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scrollable>
    </>
  );
}

export function WithdrawnPage({
  context,
  number,
  withdrawnAt,
  reason,
}: {
  context: PageContext;
  number: number;
  withdrawnAt: string;
  reason: BilingualText;
}) {
  return (
    <>
      <span className="govuk-caption-l">
        {label(L.publication, context)} {number}
      </span>
      <h1 className="govuk-heading-xl">{label(L.withdrawnTitle, context)}</h1>
      <dl className="govuk-summary-list">
        <Row name={label(L.withdrawnOn, context)}>
          <time dateTime={withdrawnAt}>{formatDateTime(withdrawnAt, context.language)}</time>
        </Row>
        <Row name={label(L.reason, context)}>
          <Text value={reason} context={context} />
        </Row>
      </dl>
      <p className="govuk-body">
        <a
          className="govuk-link"
          href={publicPath(
            { language: context.language, scope: 'current', page: { kind: 'overview' } },
            context.base,
          )}
        >
          {label(L.seeCurrent, context)}
        </a>
      </p>
    </>
  );
}

export function MessagePage({ title, body }: { title: string; body?: string }) {
  return (
    <>
      <h1 className="govuk-heading-xl">{title}</h1>
      {body ? <p className="govuk-body">{body}</p> : null}
    </>
  );
}

/** An area's summary for the two organisations' own websites, in an iframe. */
export function EmbeddedArea({
  snapshot,
  context,
  area,
  origin,
}: SnapshotPageProps & { area: PublicArea }) {
  return (
    <div className="public-embed">
      <h1 className="govuk-heading-m">
        {area.number}. <Text value={area.title} context={context} />
      </h1>
      <ul className="govuk-list">
        {COUNT_COLUMNS.map(([status, field]) => (
          <li key={status}>
            <RagTag rag={status} context={context} /> {area.counts[field]}
          </li>
        ))}
      </ul>
      <p className="govuk-body-s">
        {label(L.dataAsAt, context)} {day(snapshot.asOf, context)}.{' '}
        <a
          className="govuk-link"
          target="_top"
          href={`${origin}${publicPath({ language: context.language, scope: 'current', page: { kind: 'area', number: area.number } })}`}
        >
          {label(L.seeAllProgress, context)}
        </a>
      </p>
    </div>
  );
}
