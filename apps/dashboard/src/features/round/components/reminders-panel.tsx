import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../i18n/format';
import { ConfirmAction } from '../../../ui/confirm-action';
import { ErrorSummary } from '../../../ui/error-summary';
import { useLanguage } from '../../../ui/use-language';
import { fromApiErrors, type FormError } from '../../plans/components/form-errors';
import { SuccessNotice } from '../../plans/components/notice';
import { readApiError } from '../../plans/graphql/errors';
import { SEND_UPDATE_REMINDERS } from '../graphql/round';

interface Props {
  reportingPeriodId: string;
  periodLabel: string;
  outstanding: number;
  /** Measures' figures the round still needs; their owners are reminded too. */
  figuresOutstanding: number;
  /** Risk reviews the round still needs; the risks' owners are reminded too. */
  riskReviewsOutstanding: number;
  /** Tells the page whether errors are shown, for its title. */
  onErrors: (hasErrors: boolean) => void;
}

function Confirmation({
  periodLabel,
  outstanding,
  figuresOutstanding,
  riskReviewsOutstanding,
  busy,
  onConfirm,
  onCancel,
}: Omit<Props, 'reportingPeriodId' | 'onErrors'> & {
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ConfirmAction
      id="reminders-confirm-heading"
      heading={t('round.reminders.confirmHeading', { label: periodLabel })}
      level={3}
      size="s"
      confirmLabel={busy ? t('round.reminders.sending') : t('round.reminders.confirm')}
      cancelLabel={t('round.reminders.cancel')}
      busy={busy}
      cancelDisabled={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p className="govuk-body">
        {t('round.reminders.confirmBody', { number: formatNumber(outstanding, language) })}
      </p>
      {figuresOutstanding > 0 && (
        <p className="govuk-body">
          {t('round.reminders.confirmFigures', {
            number: formatNumber(figuresOutstanding, language),
          })}
        </p>
      )}
      {riskReviewsOutstanding > 0 && (
        <p className="govuk-body">
          {t('round.reminders.confirmRiskReviews', {
            number: formatNumber(riskReviewsOutstanding, language),
          })}
        </p>
      )}
    </ConfirmAction>
  );
}

/**
 * "Send reminders": asks first, then says how many people were reminded about how many actions
 * and measures' figures and risk reviews, or why the API refused (for example, the period is closed).
 */
export function RemindersPanel({
  reportingPeriodId,
  periodLabel,
  outstanding,
  figuresOutstanding,
  riskReviewsOutstanding,
  onErrors,
}: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [result, setResult] = useState<{
    people: number;
    actions: number;
    figures: number;
    riskReviews: number;
  } | null>(null);
  const [send, { loading }] = useMutation(SEND_UPDATE_REMINDERS);

  function show(next: FormError[]) {
    setErrors(next);
    onErrors(next.length > 0);
  }

  async function confirm() {
    show([]);
    setResult(null);
    try {
      const { data } = await send({ variables: { reportingPeriodId } });
      if (data) {
        setResult({
          people: data.sendUpdateReminders.peopleReminded,
          actions: data.sendUpdateReminders.actionsOutstanding,
          figures: data.sendUpdateReminders.figuresOutstanding,
          riskReviews: data.sendUpdateReminders.riskReviewsOutstanding,
        });
      }
    } catch (failure) {
      const problem = readApiError(failure);
      show(
        problem.kind === 'refused'
          ? fromApiErrors(problem.errors, () => null)
          : [{ message: t('errors.serviceProblem') }],
      );
    } finally {
      setConfirming(false);
    }
  }

  return (
    <section aria-labelledby="reminders-heading">
      <h2 className="govuk-heading-m" id="reminders-heading">
        {t('round.reminders.heading')}
      </h2>
      <ErrorSummary errors={errors} />
      {result && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">
            {result.people === 0
              ? t('round.reminders.nobody')
              : t('round.reminders.sent', {
                  people: formatNumber(result.people, language),
                  actions: formatNumber(result.actions, language),
                  figures: formatNumber(result.figures, language),
                })}
          </p>
          {result.people > 0 && result.riskReviews > 0 && (
            <p className="govuk-body">
              {t('round.reminders.sentRiskReviews', {
                number: formatNumber(result.riskReviews, language),
              })}
            </p>
          )}
        </SuccessNotice>
      )}
      <p className="govuk-body">{t('round.reminders.intro')}</p>
      {confirming ? (
        <Confirmation
          periodLabel={periodLabel}
          outstanding={outstanding}
          figuresOutstanding={figuresOutstanding}
          riskReviewsOutstanding={riskReviewsOutstanding}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            setResult(null);
            show([]);
            setConfirming(true);
          }}
        >
          {t('round.reminders.button')}
        </button>
      )}
    </section>
  );
}
