import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { RiskActionFragment } from '../../../gql/graphql';
import { LocalisedText } from '../../../ui/localised-text';

/** One list of linked actions, each linked to its page, under its own heading. */
function ActionList({
  heading,
  none,
  actions,
}: {
  heading: string;
  none: string;
  actions: RiskActionFragment[];
}) {
  return (
    <>
      <h3 className="govuk-heading-s">{heading}</h3>
      {actions.length === 0 ? (
        <p className="govuk-body">{none}</p>
      ) : (
        <ul className="govuk-list">
          {actions.map((action) => (
            <li key={action.id}>
              <Link to={`/actions/${action.id}`} className="govuk-link">
                {action.reference}: <LocalisedText value={action.title} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The actions the risk could stop, and those whose delivery brings it down. */
export function RiskLinkedActions({
  threatened,
  mitigating,
}: {
  threatened: RiskActionFragment[];
  mitigating: RiskActionFragment[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="risk-actions-title">
      <h2 className="govuk-heading-m" id="risk-actions-title">
        {t('risks.actions.title')}
      </h2>
      <ActionList
        heading={t('risks.actions.threatened')}
        none={t('risks.actions.noneThreatened')}
        actions={threatened}
      />
      <ActionList
        heading={t('risks.actions.mitigating')}
        none={t('risks.actions.noneMitigating')}
        actions={mitigating}
      />
    </section>
  );
}
