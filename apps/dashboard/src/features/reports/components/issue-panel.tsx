import { useTranslation } from 'react-i18next';

import { ConfirmAction } from '../../../ui/confirm-action';

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
  return (
    <ConfirmAction
      id="issue-confirm-heading"
      heading={t('reports.issue.confirmHeading')}
      level={3}
      warning={t('reports.issue.freezes')}
      confirmLabel={busy ? t('reports.issue.issuing') : t('reports.issue.confirm')}
      cancelLabel={t('reports.issue.cancel')}
      busy={busy}
      cancelDisabled={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p className="govuk-body">{t('reports.issue.newEditionLater')}</p>
    </ConfirmAction>
  );
}
