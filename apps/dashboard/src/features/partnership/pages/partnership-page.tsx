import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import {
  financialYearLabel,
  financialYearOf,
  localise,
  parseFinancialYear,
  Permission,
} from '@cynnydd/shared/domain';

import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { todayInWales } from '../../../i18n/format';
import { FilterSelect } from '../../../ui/filter-select';
import { Loading } from '../../../ui/loading';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { AssessmentComparison } from '../components/assessment-comparison';
import { AssessmentsSection } from '../components/assessments-section';
import { PartnershipReport } from '../components/partnership-report';
import { StatementsSection } from '../components/statements-section';
import { FORUM_ASSESSMENTS, PARTNERSHIP_FORUMS } from '../graphql/partnership';
import { PARTNERSHIP_TRANSLATIONS } from '../i18n/translations';

type Forums = ReturnType<typeof useForums>;

function useForums() {
  const query = useQuery(PARTNERSHIP_FORUMS);
  const forums = (query.data?.forums ?? [])
    .filter((forum) => forum.kind === 'SOCIAL_PARTNERSHIP_FORUM')
    // Active forums first: the one most likely wanted is the default.
    .sort((a, b) => Number(b.active) - Number(a.active));
  return { query, forums, statements: query.data?.partnershipStatements ?? [] };
}

function ForumAssessments({
  forum,
  statements,
}: {
  forum: Forums['forums'][number];
  statements: Forums['statements'];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const canManage = usePermission(Permission.MANAGE_MEETINGS).allowed;
  const query = useQuery(FORUM_ASSESSMENTS, { variables: { forumId: forum.id } });
  if (query.error) return <LoadError message={t('partnership.assessments.loadError')} />;
  if (!query.data) return <Loading message={t('partnership.page.loading')} />;
  return (
    <>
      <AssessmentsSection
        forumId={forum.id}
        forumName={localise(forum.name, language)?.text ?? ''}
        statements={statements}
        data={query.data}
        canManage={canManage}
        reload={() => query.refetch()}
      />
      <section aria-labelledby="comparison-heading">
        <h2 className="govuk-heading-l" id="comparison-heading">
          {t('partnership.comparison.title')}
        </h2>
        <AssessmentComparison comparison={query.data.partnershipAssessmentComparison} />
      </section>
    </>
  );
}

/**
 * Social partnership: the forums' self-assessments of partnership behaviours (recorded by the
 * programme office), how they changed over time, and the annual report's figures and files.
 */
export default function PartnershipPage() {
  useFeatureTranslations(PARTNERSHIP_TRANSLATIONS);
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('partnership.page.title'));
  const [params, setParams] = useSearchParams();
  const { query, forums, statements } = useForums();
  const forum = forums.find((item) => item.id === params.get('forum')) ?? forums[0];
  const asked = params.get('year') ?? '';
  const year =
    parseFinancialYear(asked) === null
      ? financialYearLabel(financialYearOf(todayInWales()))
      : asked;

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams(params);
    for (const name of ['forum', 'year']) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next.set(name, value);
      else if (form.has(name)) next.delete(name);
    }
    setParams(next);
  }

  function assessments() {
    if (query.error) return <LoadError message={t('partnership.page.loadError')} />;
    if (!query.data) return <Loading message={t('partnership.page.loading')} />;
    if (!forum) return <p className="govuk-body">{t('partnership.page.noForums')}</p>;
    return (
      <>
        {forums.length > 1 && (
          <form key={forum.id} noValidate onSubmit={apply}>
            <div className="app-filters">
              <FilterSelect
                id="forum"
                label={t('partnership.page.forum')}
                value={forum.id}
                options={forums.map((item) => [item.id, localise(item.name, language)?.text ?? ''])}
              />
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary">
              {t('partnership.page.show')}
            </button>
          </form>
        )}
        <ForumAssessments key={forum.id} forum={forum} statements={statements} />
        <StatementsSection statements={statements} reload={() => query.refetch()} />
      </>
    );
  }

  return (
    <>
      <h1 className="govuk-heading-l">{t('partnership.page.title')}</h1>
      <p className="govuk-body-l">{t('partnership.page.intro')}</p>
      {assessments()}
      <section aria-labelledby="report-heading">
        <h2 className="govuk-heading-l" id="report-heading">
          {t('partnership.report.title')}
        </h2>
        <form key={`year-${year}`} noValidate onSubmit={apply}>
          <TextField
            id="year"
            label={t('partnership.report.year')}
            hint={t('partnership.report.yearHint')}
            className="govuk-input--width-5"
            defaultValue={year}
          />
          <button type="submit" className="govuk-button govuk-button--secondary">
            {t('partnership.report.show')}
          </button>
        </form>
        <PartnershipReport key={year} year={year} />
      </section>
    </>
  );
}
