import { useTranslation } from 'react-i18next';

import { RAG_STATUS_LABELS, RagStatus } from '@cynnydd/shared/domain';

import { useLanguage } from '../../../ui/use-language';

/** A status column: a RAG status, or "no update" for actions nobody reported on. */
export type StatusColumn = RagStatus | 'NO_UPDATE';

/** A status as the API sends it ("RED") as the shared domain's RagStatus; the names match. */
export function ragStatus(value: keyof typeof RagStatus): RagStatus {
  return RagStatus[value];
}

/** Each status has its own shape as well as its colour and name, so colour is never needed. */
const APPEARANCE: Record<StatusColumn, { icon: string; tag: string }> = {
  [RagStatus.RED]: { icon: '▲', tag: 'govuk-tag--red' },
  [RagStatus.AMBER]: { icon: '◆', tag: 'govuk-tag--yellow' },
  [RagStatus.GREEN]: { icon: '●', tag: 'govuk-tag--green' },
  [RagStatus.NOT_STARTED]: { icon: '○', tag: 'govuk-tag--grey' },
  [RagStatus.COMPLETE]: { icon: '✓', tag: 'govuk-tag--blue' },
  NO_UPDATE: { icon: '–', tag: 'govuk-tag--purple' },
};

/** The name of a status in the interface language. */
export function useStatusLabel(): (status: StatusColumn) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (status) =>
    status === 'NO_UPDATE' ? t('overview.noUpdate') : RAG_STATUS_LABELS[status][language];
}

export function RagLabel({ status }: { status: StatusColumn }) {
  const { icon, tag } = APPEARANCE[status];
  const label = useStatusLabel()(status);
  return (
    <strong className={`govuk-tag ${tag} app-rag`}>
      <span className="app-rag__icon" aria-hidden="true">
        {icon}
      </span>
      {label}
    </strong>
  );
}
