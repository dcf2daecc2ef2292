import { useTranslation } from 'react-i18next';

import { RAG_STATUS_LABELS, RagStatus } from '@cynnydd/shared/domain';

import { useLanguage } from '../../../ui/use-language';

/** A status column: a RAG status, or "no update" for actions nobody reported on. */
export type StatusColumn = RagStatus | 'NO_UPDATE';

/** Each status has its own shape as well as its colour and name, so colour is never needed. */
const APPEARANCE: Record<StatusColumn, { icon: string; tag: string }> = {
  [RagStatus.RED]: { icon: '▲', tag: 'govuk-tag--red' },
  [RagStatus.AMBER]: { icon: '◆', tag: 'govuk-tag--yellow' },
  [RagStatus.GREEN]: { icon: '●', tag: 'govuk-tag--green' },
  [RagStatus.NOT_STARTED]: { icon: '○', tag: 'govuk-tag--grey' },
  [RagStatus.COMPLETE]: { icon: '✓', tag: 'govuk-tag--blue' },
  NO_UPDATE: { icon: '–', tag: 'govuk-tag--purple' },
};

export function RagLabel({ status }: { status: StatusColumn }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { icon, tag } = APPEARANCE[status];
  const label =
    status === 'NO_UPDATE' ? t('overview.noUpdate') : RAG_STATUS_LABELS[status][language];
  return (
    <strong className={`govuk-tag ${tag} app-rag`}>
      <span className="app-rag__icon" aria-hidden="true">
        {icon}
      </span>
      {label}
    </strong>
  );
}
