import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { PeriodFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../i18n/format';
import { ConfirmAction } from '../../../ui/confirm-action';
import { ErrorMessage, formGroupClass } from '../../../ui/error-message';
import { FocusPanel } from '../../../ui/focus-panel';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { errorFor, type FormError } from '../../plans/components/form-errors';

interface PanelProps {
  period: PeriodFieldsFragment;
  busy: boolean;
  errors: FormError[];
  onCancel: () => void;
}

export function ClosePanel({
  period,
  busy,
  onCancel,
  onConfirm,
}: Omit<PanelProps, 'errors'> & {
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmAction
      id="close-period-heading"
      heading={t('periods.close.heading', { label: period.label })}
      warning={t('periods.close.warning')}
      confirmLabel={t('periods.close.confirm', { label: period.label })}
      cancelLabel={t('plans.cancel')}
      destructive
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}

export function ReopenPanel({
  period,
  busy,
  errors,
  onCancel,
  onReopen,
}: PanelProps & { onReopen: (reason: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const error = errorFor(errors, 'reason');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onReopen(reason.trim());
  }
  return (
    <FocusPanel
      id="reopen-period-heading"
      heading={t('periods.reopen.heading', { label: period.label })}
    >
      <form noValidate onSubmit={submit}>
        <div className={formGroupClass(error)}>
          <label className="govuk-label" htmlFor="reason">
            {t('periods.reopen.reason')}
          </label>
          <div id="reason-hint" className="govuk-hint">
            {t('periods.reopen.reasonHint')}
          </div>
          {error && <ErrorMessage id="reason-error" error={error} />}
          <textarea
            id="reason"
            name="reason"
            rows={3}
            className={error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'}
            aria-describedby={error ? 'reason-hint reason-error' : 'reason-hint'}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={busy}>
            {t('periods.reopen.submit', { label: period.label })}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            {t('plans.cancel')}
          </button>
        </div>
      </form>
    </FocusPanel>
  );
}

export function DeadlinePanel({
  period,
  busy,
  errors,
  onCancel,
  onChange,
}: PanelProps & { onChange: (deadline: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [deadline, setDeadline] = useState(period.updateDeadline);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange(deadline);
  }
  return (
    <FocusPanel
      id="deadline-period-heading"
      heading={t('periods.deadline.heading', { label: period.label })}
    >
      <form noValidate onSubmit={submit}>
        <TextField
          id="newDeadline"
          type="date"
          label={t('periods.deadline.label')}
          hint={t('periods.deadline.hint', {
            current: formatDate(period.updateDeadline, language),
            start: formatDate(period.startDate, language),
          })}
          className="govuk-input--width-10"
          value={deadline}
          error={errorFor(errors, 'newDeadline')}
          onChange={(event) => setDeadline(event.target.value)}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={busy}>
            {t('periods.deadline.submit')}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            {t('plans.cancel')}
          </button>
        </div>
      </form>
    </FocusPanel>
  );
}
