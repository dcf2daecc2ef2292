import { useQuery } from '@apollo/client/react';
import { lazy, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { financialYearOf, financialYearStart, localise } from '@cynnydd/shared/domain';

import type { AttendanceFigureFieldsFragment, MeetingsAuditQuery } from '../../../gql/graphql';
import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { formatNumber, todayInWales } from '../../../i18n/format';
import { ChartFigure } from '../../../ui/charts/chart-figure';
import { ColumnHeaders } from '../../../ui/column-headers';
import { FilterSelect } from '../../../ui/filter-select';
import { Loading } from '../../../ui/loading';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { FORUM_CHOICES, MEETINGS_AUDIT } from '../graphql/meetings';
import { MEETINGS_TRANSLATIONS } from '../i18n/translations';

const AttendanceRateChart = lazy(() => import('../components/attendance-rate-chart'));

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type ForumAttendance = MeetingsAuditQuery['attendanceAudit'][number];

/** The whole-number percentage of seats filled, as the tables and chart show it. */
const percentOf = (figures: AttendanceFigureFieldsFragment) =>
  Math.round(figures.attendanceRate * 100);

/** One table of attendance figures: a forum's organisations or members, one row each. */
function FiguresTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; name: string; figures: AttendanceFigureFieldsFragment }[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  return (
    <ScrollableTable caption={caption}>
      <ColumnHeaders
        columns={(
          [
            'name',
            'meetings',
            'present',
            'represented',
            'apologies',
            'absent',
            'rate',
            'deputies',
            'missedRun',
          ] as const
        ).map((column) => ({ label: t(`meetings.audit.columns.${column}`) }))}
      />
      <tbody className="govuk-table__body">
        {rows.map(({ key, name, figures }) => (
          <tr key={key} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {name}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{n(figures.meetings)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{n(figures.present)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {n(figures.represented)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{n(figures.apologies)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{n(figures.absent)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {t('meetings.audit.rate', { percent: n(percentOf(figures)) })}
            </td>
            <td className="govuk-table__cell">{figures.deputies.join(', ')}</td>
            <td className="govuk-table__cell">
              {n(figures.longestMissedRun)}
              {figures.flagged && (
                <strong className="govuk-tag govuk-tag--red govuk-!-margin-left-2">
                  {t('meetings.audit.flagged', { missed: n(figures.longestMissedRun) })}
                </strong>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

function ForumSection({ forum }: { forum: ForumAttendance }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = localise(forum.forumName, language)?.text ?? '';
  return (
    <section aria-labelledby={`forum-${forum.forumId}`}>
      <h2 className="govuk-heading-m" id={`forum-${forum.forumId}`}>
        {name}
      </h2>
      <FiguresTable
        caption={t('meetings.audit.organisationCaption', { forum: name })}
        rows={forum.organisations.map((organisation) => ({
          key: organisation.organisationId,
          name: localise(organisation.organisationName, language)?.text ?? '',
          figures: organisation.figures,
        }))}
      />
      <FiguresTable
        caption={t('meetings.audit.memberCaption', { forum: name })}
        rows={forum.members.map((member) => ({
          key: member.memberId,
          name: member.personName,
          figures: member.figures,
        }))}
      />
    </section>
  );
}

function CommitmentsKept({ rows }: { rows: MeetingsAuditQuery['commitmentsKept'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns = ['total', 'doneOnTime', 'doneLate', 'open', 'overdue'] as const;
  return (
    <section aria-labelledby="commitments-kept">
      <h2 className="govuk-heading-l" id="commitments-kept">
        {t('meetings.audit.commitmentsTitle')}
      </h2>
      <ScrollableTable caption={t('meetings.audit.commitmentsCaption')}>
        <ColumnHeaders
          columns={[
            { label: t('meetings.audit.commitmentColumns.forum') },
            ...columns.map((column) => ({
              label: t(`meetings.audit.commitmentColumns.${column}`),
            })),
          ]}
        />
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={row.forumId} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {localise(row.forumName, language)?.text}
              </th>
              {columns.map((column) => (
                <td key={column} className="govuk-table__cell govuk-table__cell--numeric">
                  {formatNumber(row[column], language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </section>
  );
}

/**
 * The attendance audit the partnership forums recommend — how often each forum's seats were
 * filled, by body and by member, who used deputies and who missed several in a row — and
 * whether what was promised at the meetings was done.
 */
export default function AttendanceAuditPage() {
  useFeatureTranslations(MEETINGS_TRANSLATIONS);
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('meetings.audit.title'));
  const [params, setParams] = useSearchParams();
  const today = todayInWales();
  const from = DATE.test(params.get('from') ?? '')
    ? (params.get('from') as string)
    : financialYearStart(financialYearOf(today));
  const to = DATE.test(params.get('to') ?? '') ? (params.get('to') as string) : today;
  const forumId = params.get('forum');
  const forums = useQuery(FORUM_CHOICES);
  const audit = useQuery(MEETINGS_AUDIT, { variables: { forumId, from, to } });

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['from', 'to', 'forum']) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    setParams(next);
  }

  function content() {
    if (audit.error) return <LoadError message={t('meetings.audit.loadError')} />;
    if (!audit.data) return <Loading message={t('meetings.audit.loading')} />;
    const held = audit.data.attendanceAudit.filter((forum) => forum.figures.meetings > 0);
    if (held.length === 0) return <p className="govuk-body">{t('meetings.audit.none')}</p>;
    const bars = held.map((forum) => ({
      name: localise(forum.forumName, language)?.text ?? '',
      percent: percentOf(forum.figures),
    }));
    return (
      <>
        <ChartFigure
          title={t('meetings.audit.chartTitle')}
          summary={t('meetings.audit.chartSummary')}
          height={50 * bars.length + 40}
        >
          <AttendanceRateChart forums={bars} />
        </ChartFigure>
        <FiguresTable
          caption={t('meetings.audit.chartTitle')}
          rows={held.map((forum) => ({
            key: forum.forumId,
            name: localise(forum.forumName, language)?.text ?? '',
            figures: forum.figures,
          }))}
        />
        {held.map((forum) => (
          <ForumSection key={forum.forumId} forum={forum} />
        ))}
        <CommitmentsKept rows={audit.data.commitmentsKept} />
      </>
    );
  }

  return (
    <>
      <Link to="/meetings" className="govuk-back-link">
        {t('meetings.meeting.back')}
      </Link>
      <h1 className="govuk-heading-l">{t('meetings.audit.title')}</h1>
      <p className="govuk-body-l">{t('meetings.audit.intro')}</p>
      <form key={`${from}/${to}/${forumId}`} noValidate onSubmit={apply}>
        <div className="app-filters">
          <TextField
            id="from"
            label={t('meetings.audit.from')}
            hint={t('meetings.schedule.dateHint')}
            className="govuk-input--width-10"
            defaultValue={from}
          />
          <TextField
            id="to"
            label={t('meetings.audit.to')}
            hint={t('meetings.schedule.dateHint')}
            className="govuk-input--width-10"
            defaultValue={to}
          />
          {forums.data && (
            <FilterSelect
              id="forum"
              label={t('meetings.list.forum')}
              value={forumId}
              options={forums.data.forums.map((forum) => [
                forum.id,
                localise(forum.name, language)?.text ?? '',
              ])}
            />
          )}
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">
          {t('meetings.audit.show')}
        </button>
      </form>
      {content()}
    </>
  );
}
