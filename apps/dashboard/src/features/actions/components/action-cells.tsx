import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LEAD_ORGANISATION_LABELS, type BilingualText } from '@cynnydd/shared/domain';

import type { LeadOrganisation } from '../../../gql/graphql';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { RagLabel, type StatusColumn } from '../../overview/components/rag-label';

export interface ActionRow {
  id: string;
  reference: string;
  title: BilingualText;
  leadOrganisation: LeadOrganisation;
  owners: { name: string }[];
  currentStatus?: { rag: string } | null;
}

/**
 * The cells every table of actions starts its row with: the reference (the row's header, a link
 * to the action), the title, the lead organisation, the owners and the latest status.
 * `afterTitle` is for a table's own columns between the title and the lead organisation.
 */
export function ActionCells({ action, afterTitle }: { action: ActionRow; afterTitle?: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <th scope="row" className="govuk-table__header">
        <Link to={`/actions/${action.id}`} className="govuk-link">
          {action.reference}
          <span className="govuk-visually-hidden"> {t('action.viewAction')}</span>
        </Link>
      </th>
      <td className="govuk-table__cell">
        <LocalisedText value={action.title} />
      </td>
      {afterTitle}
      <td className="govuk-table__cell">
        {LEAD_ORGANISATION_LABELS[action.leadOrganisation][language]}
      </td>
      <td className="govuk-table__cell">{action.owners.map((owner) => owner.name).join(', ')}</td>
      <td className="govuk-table__cell">
        {/* The API's RAG values are the shared domain's, as strings. */}
        <RagLabel status={(action.currentStatus?.rag as StatusColumn | undefined) ?? 'NO_UPDATE'} />
      </td>
    </>
  );
}
