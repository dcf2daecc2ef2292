import { skipToken, useQuery } from '@apollo/client/react';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PAGE_SIZE, Permission } from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { Loading } from '../../../ui/loading';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { RiskFiltersForm } from '../components/risk-filters-form';
import { RiskProfileSection } from '../components/risk-profile-section';
import { RisksTable } from '../components/risks-table';
import { RISK_FILTER_OPTIONS, RISK_OWNER_CHOICES, RISK_PROFILE, RISKS } from '../graphql/risks';
import { filteredArea, riskQueryVariables, useRiskFilters } from '../hooks/use-risk-filters';

/** The risk register: what could stop delivery, how bad it is now, and who answers for it. */
export default function RisksPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('risks.register.title'));
  const canManage = usePermission(Permission.MANAGE_PLANS).allowed;
  const { filters, apply } = useRiskFilters();
  const options = useQuery(RISK_FILTER_OPTIONS);
  // Asked for after the page is drawn (not drawn on the server: there can be hundreds), and
  // drawn at transition priority.
  const owners = useDeferredValue(useQuery(RISK_OWNER_CHOICES).data?.riskOwners);
  const areas = options.data?.strategicAreas;
  const area = filteredArea(filters, areas);
  const ready = area !== undefined;
  const variables = riskQueryVariables(filters, area?.id ?? null);
  const profile = useQuery(RISK_PROFILE, ready ? { variables } : skipToken);
  const register = useQuery(
    RISKS,
    ready ? { variables: { ...variables, first: PAGE_SIZE.default } } : skipToken,
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const page = register.data?.risks;

  async function showMore() {
    if (!page?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await register.fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          risks: {
            ...fetchMoreResult.risks,
            edges: [...previous.risks.edges, ...fetchMoreResult.risks.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  function content() {
    if (options.error || profile.error || register.error) {
      return <LoadError message={t('risks.register.loadError')} />;
    }
    if (areas && filters.area !== null && !area) {
      return <LoadError message={t('area.notFound')} />;
    }
    if (!page || !profile.data) return <Loading message={t('risks.register.loading')} />;
    return (
      <>
        <RiskProfileSection profile={profile.data.riskProfile} />
        <p className="govuk-body" role="status">
          {t('risks.register.shown', {
            shown: formatNumber(page.edges.length, language),
            total: formatNumber(page.totalCount, language),
          })}
        </p>
        {page.edges.length === 0 ? (
          <p className="govuk-body">{t('risks.register.none')}</p>
        ) : (
          <RisksTable
            risks={page.edges.map((edge) => edge.node)}
            caption={t('risks.register.caption')}
          />
        )}
        {page.pageInfo.hasNextPage && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={loadingMore}
            onClick={() => void showMore()}
          >
            {t('risks.register.showMore')}
          </button>
        )}
      </>
    );
  }

  return (
    <>
      <h1 className="govuk-heading-l">{t('risks.register.title')}</h1>
      <p className="govuk-body-l">{t('risks.register.intro')}</p>
      <div className="govuk-button-group">
        {canManage && (
          <Link to="/risks/new" className="govuk-button" role="button" draggable="false">
            {t('risks.register.new')}
          </Link>
        )}
        <Link to="/risks/appetite" className="govuk-link">
          {t('risks.appetite.link')}
        </Link>
      </div>
      {options.data && (
        <RiskFiltersForm filters={filters} options={options.data} owners={owners} onApply={apply} />
      )}
      {content()}
    </>
  );
}
