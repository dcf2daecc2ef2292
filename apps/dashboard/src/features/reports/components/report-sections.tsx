import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import {
  LEAD_ORGANISATION_LABELS,
  LeadOrganisation,
  Theme,
  THEME_KINDS,
  THEME_LABELS,
  ThemeKind,
} from '@cynnydd/shared/domain';

import type {
  ReportActionLineFieldsFragment,
  ReportMilestoneFieldsFragment,
  ReportMoveFieldsFragment,
} from '../../../gql/graphql';
import { formatDate, formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { RagLabel, ragStatus } from '../../overview/components/rag-label';
import type { ReportContent } from '../graphql/report-content';
import { GivenText } from './given-text';
import { ReportListPages, useReportRows } from './report-list-pages';
import { RagCountsTable } from './report-rag-summary';

type Content = ReportContent;

/** An action's status in the report: its RAG status, or "no update" when none was given. */
export function ReportRag({ rag }: { rag: ReportActionLineFieldsFragment['rag'] }) {
  return <RagLabel status={rag ? ragStatus(rag) : 'NO_UPDATE'} />;
}

function ActionName({
  line,
}: {
  line: Pick<ReportActionLineFieldsFragment, 'actionId' | 'reference' | 'title'>;
}) {
  return (
    <Link className="govuk-link" to={`/actions/${line.actionId}`}>
      {line.reference}: <LocalisedText value={line.title} />
    </Link>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="app-report__section">
      <h2 className="govuk-heading-l" id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

function MoveList({
  id,
  heading,
  moves,
  none,
}: {
  id: string;
  heading: string;
  moves: ReportMoveFieldsFragment[];
  none: string;
}) {
  const { t } = useTranslation();
  const page = useReportRows(moves, `${id}-page`);
  return (
    <>
      <h3 className="govuk-heading-s" id={id}>
        {heading} ({moves.length})
      </h3>
      {moves.length === 0 ? (
        <p className="govuk-body">{none}</p>
      ) : (
        <ReportListPages page={page} name={heading}>
          <ul className="govuk-list govuk-list--bullet" aria-labelledby={id}>
            {page.rows.map((move) => (
              <li key={move.actionId}>
                <Link className="govuk-link" to={`/actions/${move.actionId}`}>
                  {move.reference}: <LocalisedText value={move.title} />
                </Link>{' '}
                —{' '}
                {move.previous ? (
                  <RagLabel status={ragStatus(move.previous)} />
                ) : (
                  t('reports.content.notReported')
                )}{' '}
                <span aria-hidden="true">→</span>
                <span className="govuk-visually-hidden"> {t('reports.content.movedTo')} </span>{' '}
                <RagLabel status={ragStatus(move.current)} />
              </li>
            ))}
          </ul>
        </ReportListPages>
      )}
    </>
  );
}

export function MovementSection({ content }: { content: Content }) {
  const { t } = useTranslation();
  const { movement } = content;
  return (
    <Section
      id="report-movement"
      heading={
        movement.sincePeriod
          ? t('reports.content.movementSince', { label: movement.sincePeriod })
          : t('reports.content.movementHeading')
      }
    >
      {!movement.sincePeriod ? (
        <p className="govuk-body">{t('reports.content.noBaseline')}</p>
      ) : (
        <>
          <p className="govuk-body">
            {movement.sinceReportId
              ? t('reports.content.sinceReport', { label: movement.sincePeriod })
              : t('reports.content.sincePeriod', { label: movement.sincePeriod })}
          </p>
          <MoveList
            id="movement-worsened"
            heading={t('reports.content.worsened')}
            moves={movement.worsened}
            none={t('reports.content.noneWorsened')}
          />
          <MoveList
            id="movement-newly-red"
            heading={t('reports.content.newlyRed')}
            moves={movement.newlyRed}
            none={t('reports.content.noneNewlyRed')}
          />
          <MoveList
            id="movement-improved"
            heading={t('reports.content.improved')}
            moves={movement.improved}
            none={t('reports.content.noneImproved')}
          />
          <MoveList
            id="movement-completed"
            heading={t('reports.content.completedSince')}
            moves={movement.completed}
            none={t('reports.content.noneCompletedSince')}
          />
        </>
      )}
    </Section>
  );
}

export function ExceptionsSection({ content }: { content: Content }) {
  const { t } = useTranslation();
  const page = useReportRows(content.exceptions, 'exceptions-page');
  const caption = t('reports.content.exceptionsCaption');
  const nothingGiven = t('reports.content.nothingGiven');
  return (
    <Section id="report-exceptions" heading={t('reports.content.exceptionsHeading')}>
      <p className="govuk-body">{t('reports.content.exceptionsIntro')}</p>
      {content.exceptions.length === 0 ? (
        <p className="govuk-body">{t('reports.content.noExceptions')}</p>
      ) : (
        <ReportListPages page={page} name={caption}>
          <ScrollableTable caption={caption}>
            <ColumnHeaders
              columns={[
                { label: t('reports.content.action') },
                { label: t('reports.content.owners') },
                { label: t('reports.content.status') },
                { label: t('reports.content.commentary') },
                { label: t('reports.content.risks') },
                { label: t('reports.content.mitigation') },
              ]}
            />
            <tbody className="govuk-table__body">
              {page.rows.map((line) => (
                <tr key={line.actionId} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    <ActionName line={line} />
                  </th>
                  <td className="govuk-table__cell">{line.owners.join(', ')}</td>
                  <td className="govuk-table__cell">
                    <ReportRag rag={line.rag} />
                  </td>
                  <td className="govuk-table__cell">
                    <GivenText value={line.commentary} none={nothingGiven} />
                  </td>
                  <td className="govuk-table__cell">
                    <GivenText value={line.risks} none={nothingGiven} />
                  </td>
                  <td className="govuk-table__cell">
                    <GivenText value={line.nextSteps} none={nothingGiven} />
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
        </ReportListPages>
      )}
    </Section>
  );
}

function MilestoneTable({
  caption,
  milestones,
  showCompleted,
  parameter,
}: {
  caption: string;
  milestones: ReportMilestoneFieldsFragment[];
  showCompleted: boolean;
  /** Where the table's page is kept in the address. */
  parameter: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const page = useReportRows(milestones, parameter);
  return (
    <ReportListPages page={page} name={caption}>
      <ScrollableTable caption={caption}>
        <ColumnHeaders
          columns={[
            { label: t('reports.content.milestone') },
            { label: t('reports.content.action') },
            { label: t('reports.content.dueDate') },
            ...(showCompleted ? [{ label: t('reports.content.completedOn') }] : []),
          ]}
        />
        <tbody className="govuk-table__body">
          {page.rows.map((milestone) => (
            <tr
              key={`${milestone.actionReference}-${milestone.dueDate}-${milestone.title.en ?? milestone.title.cy ?? ''}`}
              className="govuk-table__row"
            >
              <th scope="row" className="govuk-table__header">
                <LocalisedText value={milestone.title} />
              </th>
              <td className="govuk-table__cell">
                {milestone.actionReference}: <LocalisedText value={milestone.actionTitle} />
              </td>
              <td className="govuk-table__cell">{formatDate(milestone.dueDate, language)}</td>
              {showCompleted && (
                <td className="govuk-table__cell">
                  {milestone.completedOn
                    ? formatDate(milestone.completedOn, language)
                    : t('reports.content.notCompleted')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </ReportListPages>
  );
}

export function MilestonesSection({ content }: { content: Content }) {
  const { t } = useTranslation();
  return (
    <Section id="report-milestones" heading={t('reports.content.milestonesHeading')}>
      {content.milestonesMissed.length === 0 ? (
        <>
          <h3 className="govuk-heading-s">{t('reports.content.missedCaption')}</h3>
          <p className="govuk-body">{t('reports.content.noneMissed')}</p>
        </>
      ) : (
        <MilestoneTable
          caption={t('reports.content.missedCaption')}
          milestones={content.milestonesMissed}
          showCompleted
          parameter="missed-page"
        />
      )}
      {content.milestonesDueNext.length === 0 ? (
        <>
          <h3 className="govuk-heading-s">{t('reports.content.dueNextCaption')}</h3>
          <p className="govuk-body">{t('reports.content.noneDueNext')}</p>
        </>
      ) : (
        <MilestoneTable
          caption={t('reports.content.dueNextCaption')}
          milestones={content.milestonesDueNext}
          showCompleted={false}
          parameter="due-next-page"
        />
      )}
    </Section>
  );
}

export function ThemesSection({ content }: { content: Content }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = (kind: ThemeKind) =>
    content.themes
      .filter(({ theme }) => THEME_KINDS[Theme[theme]] === kind)
      .map(({ theme, counts }) => ({
        key: theme,
        name: THEME_LABELS[Theme[theme]][language],
        counts,
      }));
  const principles = rows(ThemeKind.PRINCIPLE);
  const priorities = rows(ThemeKind.CROSS_CUTTING_PRIORITY);
  return (
    <Section id="report-themes" heading={t('reports.content.themesHeading')}>
      <p className="govuk-body">{t('reports.content.themesIntro')}</p>
      {principles.length + priorities.length === 0 ? (
        <p className="govuk-body">{t('reports.content.noThemes')}</p>
      ) : (
        <>
          {principles.length > 0 && (
            <RagCountsTable
              caption={t('reports.content.principlesCaption')}
              rowHeader={t('reports.content.principle')}
              rows={principles}
            />
          )}
          {priorities.length > 0 && (
            <RagCountsTable
              caption={t('reports.content.prioritiesCaption')}
              rowHeader={t('reports.content.priority')}
              rows={priorities}
            />
          )}
        </>
      )}
    </Section>
  );
}

export function CompletedSection({ content }: { content: Content }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const page = useReportRows(content.completed, 'completed-page');
  const heading = t('reports.content.completedHeading');
  return (
    <Section id="report-completed" heading={heading}>
      {content.completed.length === 0 ? (
        <p className="govuk-body">{t('reports.content.noneCompleted')}</p>
      ) : (
        <ReportListPages page={page} name={heading}>
          <ul className="govuk-list govuk-list--bullet">
            {page.rows.map((line) => (
              <li key={line.actionId}>
                <ActionName line={line} /> (
                {LEAD_ORGANISATION_LABELS[LeadOrganisation[line.leadOrganisation]][language]})
              </li>
            ))}
          </ul>
        </ReportListPages>
      )}
    </Section>
  );
}

/**
 * Every action of the plan with its status, as an appendix; on screen a page at a time, at
 * `?page=N`, the report's main list.
 */
export function ActionsAppendix({ content }: { content: Content }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const page = useReportRows(content.actions, 'page');
  const caption = t('reports.content.actionsCaption');
  return (
    <Section id="report-actions" heading={t('reports.content.actionsHeading')}>
      {content.actions.length === 0 ? (
        <p className="govuk-body">{t('reports.content.noActions')}</p>
      ) : (
        <ReportListPages page={page} name={caption}>
          <ScrollableTable caption={caption}>
            <ColumnHeaders
              columns={[
                { label: t('reports.content.action') },
                { label: t('reports.content.lead') },
                { label: t('reports.content.owners') },
                { label: t('reports.content.dueDate') },
                { label: t('reports.content.status') },
                { label: t('reports.content.percentComplete'), numeric: true },
              ]}
            />
            <tbody className="govuk-table__body">
              {page.rows.map((line) => (
                <tr
                  key={line.actionId}
                  className="govuk-table__row"
                  data-reference={line.reference}
                >
                  <th scope="row" className="govuk-table__header">
                    <ActionName line={line} />
                  </th>
                  <td className="govuk-table__cell">
                    {LEAD_ORGANISATION_LABELS[LeadOrganisation[line.leadOrganisation]][language]}
                  </td>
                  <td className="govuk-table__cell">{line.owners.join(', ')}</td>
                  <td className="govuk-table__cell">{formatDate(line.dueDate, language)}</td>
                  <td className="govuk-table__cell">
                    <ReportRag rag={line.rag} />
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {line.percentComplete === null || line.percentComplete === undefined
                      ? '–'
                      : t('reports.content.percent', {
                          number: formatNumber(line.percentComplete, language),
                        })}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
        </ReportListPages>
      )}
    </Section>
  );
}
