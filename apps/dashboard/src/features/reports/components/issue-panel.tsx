import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks before issuing, and says what issuing does: the report is frozen as it stands. */
export function IssueConfirmation({
  busy,
  onConfirm,
  onCancel,
}: {
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="govuk-inset-text" aria-labelledby="issue-confirm-heading">
      <h3 className="govuk-heading-m" id="issue-confirm-heading" ref={ref} tabIndex={-1}>
        {t('reports.issue.confirmHeading')}
      </h3>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">{t('reports.issue.warning')}</span>
          {t('reports.issue.freezes')}
        </strong>
      </div>
      <p className="govuk-body">{t('reports.issue.newEditionLater')}</p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" disabled={busy} onClick={onConfirm}>
          {busy ? t('reports.issue.issuing') : t('reports.issue.confirm')}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={busy}
          onClick={onCancel}
        >
          {t('reports.issue.cancel')}
        </button>
      </div>
    </section>
  );
}
