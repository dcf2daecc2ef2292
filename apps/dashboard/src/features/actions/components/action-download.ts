import { useTranslation } from 'react-i18next';

import { LEAD_ORGANISATION_LABELS, localise } from '@cynnydd/shared/domain';

import type { Cell } from '../../../ui/downloads/table-file';
import { useLanguage } from '../../../ui/use-language';
import { useStatusLabel, type StatusColumn } from '../../overview/components/rag-label';
import type { ActionRow } from './action-cells';

/**
 * The columns every downloaded list of actions starts with, the same as `ActionCells` shows:
 * reference, title, lead organisation, owners and latest status, in the interface language.
 */
export function useActionDownloadColumns() {
  const { t } = useTranslation();
  const language = useLanguage();
  const statusLabel = useStatusLabel();
  return {
    headings: [
      t('area.columns.reference'),
      t('area.columns.title'),
      t('area.columns.lead'),
      t('area.columns.owners'),
      t('area.columns.rag'),
    ],
    cells: (action: ActionRow): Cell[] => [
      action.reference,
      localise(action.title, language)?.text ?? '',
      LEAD_ORGANISATION_LABELS[action.leadOrganisation][language],
      action.owners.map((owner) => owner.name).join(', '),
      statusLabel((action.currentStatus?.rag as StatusColumn | undefined) ?? 'NO_UPDATE'),
    ],
  };
}
