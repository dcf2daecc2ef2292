import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { parseFinancialYear, Permission } from '@cynnydd/shared/domain';

import type { PeriodFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { Radios } from '../../../ui/radios';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { errorFor, fromApiErrors, type FormError } from '../../plans/components/form-errors';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { readApiError } from '../../plans/graphql/errors';
import { ClosePanel, DeadlinePanel, ReopenPanel } from '../components/period-panels';
import {
  CLOSE_REPORTING_PERIOD,
  CREATE_REPORTING_PERIOD,
  REOPEN_REPORTING_PERIOD,
  REPORTING_PERIODS,
  UPDATE_REPORTING_PERIOD,
} from '../graphql/periods';

type Panel = { kind: 'close' | 'reopen' | 'deadline'; period: PeriodFieldsFragment };

const QUARTERS = [1, 2, 3, 4] as const;

function StateTag({ period }: { period: PeriodFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <strong
      className={`govuk-tag ${period.state === 'OPEN' ? 'govuk-tag--green' : 'govuk-tag--grey'}`}
    >
      {t(`periods.states.${period.state}`)}
    </strong>
  );
}

function Periods() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, loading, error, refetch } = useQuery(REPORTING_PERIODS);
  const periods = data?.reportingPeriods;
  const [panel, setPanel] = useState<Panel | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [quarter, setQuarter] = useState<number | null>(null);
  const [deadline, setDeadline] = useState('');
  const refetchList = { refetchQueries: ['ReportingPeriods', 'ReportingContext'] };
  const [create, creating] = useMutation(CREATE_REPORTING_PERIOD, refetchList);
  const [close, closing] = useMutation(CLOSE_REPORTING_PERIOD, refetchList);
  const [reopen, reopening] = useMutation(REOPEN_REPORTING_PERIOD, refetchList);
  const [update, updating] = useMutation(UPDATE_REPORTING_PERIOD, refetchList);
  const busy = creating.loading || closing.loading || reopening.loading || updating.loading;
  const title = t('periods.title');
  usePageTitle(title, errors.length > 0);

  const yearValue = year ?? periods?.[0]?.financialYear ?? '';

  /** Runs a change; says what the API refused, and what a conflicting change left. */
  async function attempt(
    run: () => Promise<unknown>,
    done: string,
    fieldIdOf: (path: string) => string | null,
    period?: PeriodFieldsFragment,
  ): Promise<boolean> {
    setNotice(null);
    setErrors([]);
    try {
      await run();
      setNotice(done);
      return true;
    } catch (failure) {
      const problem = readApiError(failure);
      if (problem.kind === 'conflict' && period) {
        const current = problem.conflict.current;
        const state = current['state'] === 'CLOSED' ? 'CLOSED' : 'OPEN';
        const currentDeadline =
          typeof current['updateDeadline'] === 'string' ? current['updateDeadline'] : null;
        setErrors([
          {
            message: t('periods.conflict', {
              label: period.label,
              state: t(`periods.states.${state}`),
              deadline: currentDeadline ? formatDate(currentDeadline, language) : '',
            }),
          },
        ]);
        setPanel(null);
        await refetch();
      } else if (problem.kind === 'refused') {
        setErrors(fromApiErrors(problem.errors, fieldIdOf));
      } else {
        setErrors([{ message: t('errors.serviceProblem') }]);
      }
      return false;
    }
  }

  async function openPeriod(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPanel(null);
    const problems: FormError[] = [];
    if (parseFinancialYear(yearValue.trim()) === null) {
      problems.push({ fieldId: 'periodYear', message: t('periods.create.yearInvalid') });
    }
    if (quarter === null) {
      problems.push({ fieldId: 'quarter', message: t('periods.create.quarterRequired') });
    }
    if (!deadline) {
      problems.push({ fieldId: 'updateDeadline', message: t('periods.create.deadlineRequired') });
    }
    if (problems.length > 0 || quarter === null) {
      setNotice(null);
      setErrors(problems);
      return;
    }
    const financialYear = yearValue.trim();
    const ok = await attempt(
      () => create({ variables: { input: { financialYear, quarter, updateDeadline: deadline } } }),
      t('periods.create.done', { label: `${financialYear} Q${quarter}` }),
      (path) =>
        ({ financialYear: 'periodYear', quarter: 'quarter', updateDeadline: 'updateDeadline' })[
          path
        ] ?? null,
    );
    if (ok) {
      setQuarter(null);
      setDeadline('');
    }
  }

  async function act(target: Panel, run: () => Promise<unknown>, done: string) {
    const ok = await attempt(
      run,
      done,
      (path) => (path === 'reason' ? 'reason' : path === 'updateDeadline' ? 'newDeadline' : null),
      target.period,
    );
    if (ok) setPanel(null);
  }

  function startPanel(next: Panel) {
    setErrors([]);
    setNotice(null);
    setPanel(next);
  }

  function manageButtons(period: PeriodFieldsFragment) {
    const button = (kind: Panel['kind'], label: string) => (
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
        disabled={busy}
        onClick={() => startPanel({ kind, period })}
      >
        {label}
        <span className="govuk-visually-hidden"> {period.label}</span>
      </button>
    );
    return (
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        {period.state === 'OPEN'
          ? button('close', t('periods.actions.close'))
          : button('reopen', t('periods.actions.reopen'))}
        {button('deadline', t('periods.actions.deadline'))}
      </div>
    );
  }

  function table() {
    if (error) return <LoadError message={t('periods.loadError')} />;
    if (loading && !periods) return <Loading message={t('periods.loading')} />;
    if (!periods || periods.length === 0) return <p className="govuk-body">{t('periods.none')}</p>;
    return (
      <ScrollableTable caption={t('periods.caption')}>
        <ColumnHeaders
          columns={[
            { label: t('periods.columns.period') },
            { label: t('periods.columns.dates') },
            { label: t('periods.columns.deadline') },
            { label: t('periods.columns.state') },
            { label: t('periods.columns.manage') },
          ]}
        />
        <tbody className="govuk-table__body">
          {periods.map((period) => (
            <tr key={period.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {period.label}
                <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                  <Link className="govuk-link" to={`/reporting-periods/${period.id}/round`}>
                    {t('round.periodLink')}
                    <span className="govuk-visually-hidden"> {period.label}</span>
                  </Link>
                </p>
              </th>
              <td className="govuk-table__cell">
                {t('periods.dateRange', {
                  start: formatDate(period.startDate, language),
                  end: formatDate(period.endDate, language),
                })}
              </td>
              <td className="govuk-table__cell">{formatDate(period.updateDeadline, language)}</td>
              <td className="govuk-table__cell">
                <StateTag period={period} />
                {period.state === 'CLOSED' && period.closedAt && (
                  <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                    {t('periods.closedAt', { date: formatDateTime(period.closedAt, language) })}
                  </p>
                )}
                {period.reopenReason && (
                  <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                    {t('periods.reopenedBecause')} <q>{period.reopenReason}</q>
                  </p>
                )}
              </td>
              <td className="govuk-table__cell">{manageButtons(period)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    );
  }

  function panelContent() {
    if (!panel) return null;
    const { period } = panel;
    const common = { period, busy, errors, onCancel: () => setPanel(null) };
    if (panel.kind === 'close') {
      return (
        <ClosePanel
          {...common}
          onConfirm={() =>
            void act(
              panel,
              () =>
                close({ variables: { input: { id: period.id, expectedVersion: period.version } } }),
              t('periods.close.done', { label: period.label }),
            )
          }
        />
      );
    }
    if (panel.kind === 'reopen') {
      return (
        <ReopenPanel
          {...common}
          onReopen={(reason) => {
            if (!reason) {
              setErrors([{ fieldId: 'reason', message: t('periods.reopen.reasonRequired') }]);
              return;
            }
            void act(
              panel,
              () =>
                reopen({
                  variables: { input: { id: period.id, expectedVersion: period.version, reason } },
                }),
              t('periods.reopen.done', { label: period.label }),
            );
          }}
        />
      );
    }
    return (
      <DeadlinePanel
        {...common}
        onChange={(updateDeadline) => {
          if (!updateDeadline) {
            setErrors([{ fieldId: 'newDeadline', message: t('periods.create.deadlineRequired') }]);
            return;
          }
          void act(
            panel,
            () =>
              update({
                variables: {
                  input: { id: period.id, expectedVersion: period.version, updateDeadline },
                },
              }),
            t('periods.deadline.done', {
              label: period.label,
              date: formatDate(updateDeadline, language),
            }),
          );
        }}
      />
    );
  }

  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('periods.intro')}</p>
      <ErrorSummary errors={errors} />
      {notice && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">{notice}</p>
        </SuccessNotice>
      )}
      {panelContent()}
      {table()}
      <h2 className="govuk-heading-m">{t('periods.create.heading')}</h2>
      <form noValidate onSubmit={(event) => void openPeriod(event)}>
        <TextField
          id="periodYear"
          label={t('periods.create.year')}
          hint={t('plans.list.financialYearHint')}
          className="govuk-input--width-5"
          spellCheck={false}
          value={yearValue}
          error={errorFor(errors, 'periodYear')}
          onChange={(event) => setYear(event.target.value)}
        />
        <Radios
          name="quarter"
          legend={t('periods.create.quarter')}
          options={QUARTERS.map((value) => ({ value, label: t(`periods.quarters.${value}`) }))}
          value={quarter}
          error={errorFor(errors, 'quarter')}
          onChange={setQuarter}
        />
        <TextField
          id="updateDeadline"
          type="date"
          label={t('periods.create.deadline')}
          hint={t('periods.create.deadlineHint')}
          className="govuk-input--width-10"
          value={deadline}
          error={errorFor(errors, 'updateDeadline')}
          onChange={(event) => setDeadline(event.target.value)}
        />
        <button type="submit" className="govuk-button" disabled={busy}>
          {t('periods.create.submit')}
        </button>
      </form>
    </>
  );
}

/** The quarterly reporting periods: open one, close it, reopen it, move its deadline. */
export default function ReportingPeriodsPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_REPORTING_PERIODS}>
      <Periods />
    </RequirePermission>
  );
}
