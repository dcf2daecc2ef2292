import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { localise, Permission } from '@cynnydd/shared/domain';

import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { FilterSelect } from '../../../ui/filter-select';
import { Loading } from '../../../ui/loading';
import { Pagination, useFocusOnPageChange, usePageOfRows } from '../../../ui/pagination';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { MeetingsTable } from '../components/meetings-table';
import { FORUM_CHOICES, MEETINGS } from '../graphql/meetings';
import { MEETINGS_TRANSLATIONS } from '../i18n/translations';

/**
 * Every forum's meetings, the next ones first, then the past ones most recent first, a page at a
 * time: ten years of them made a table 59,000 pixels tall (issue 24). Those to come are few (they
 * are scheduled a couple of months ahead) and stay above every page of the past ones.
 */
export default function MeetingsPage() {
  useFeatureTranslations(MEETINGS_TRANSLATIONS);
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('meetings.list.title'));
  const canManage = usePermission(Permission.MANAGE_MEETINGS).allowed;
  const [params, setParams] = useSearchParams();
  const forumId = params.get('forum');
  const forums = useQuery(FORUM_CHOICES);
  // Not normalised into Apollo's cache: for ten years of meetings (380 KB) that took longer than
  // drawing the page; each visit asks the API instead, so the list is never stale either.
  const meetings = useQuery(MEETINGS, { variables: { forumId }, fetchPolicy: 'no-cache' });
  // The moment the page was loaded is "now" for sorting: a meeting under way counts as coming up.
  const now = new Date().toISOString();
  const all = meetings.data?.meetings ?? [];
  const upcoming = all.filter((meeting) => meeting.endsAt >= now);
  const pastPage = usePageOfRows(all.filter((meeting) => meeting.endsAt < now).reverse());
  const pastStart = useFocusOnPageChange<HTMLHeadingElement>();

  function content() {
    if (meetings.error) return <LoadError message={t('meetings.list.loadError')} />;
    if (!meetings.data) return <Loading message={t('meetings.list.loading')} />;
    return (
      <>
        <h2 className="govuk-heading-m">{t('meetings.list.upcoming')}</h2>
        {upcoming.length ? (
          <MeetingsTable meetings={upcoming} caption={t('meetings.list.upcoming')} />
        ) : (
          <p className="govuk-body">{t('meetings.list.noneUpcoming')}</p>
        )}
        <h2 className="govuk-heading-m" ref={pastStart} tabIndex={-1}>
          {t('meetings.list.past')}
        </h2>
        {pastPage.total ? (
          <>
            <MeetingsTable meetings={pastPage.rows} caption={t('meetings.list.past')} />
            <Pagination of={pastPage} />
          </>
        ) : (
          <p className="govuk-body">{t('meetings.list.nonePast')}</p>
        )}
      </>
    );
  }

  return (
    <>
      <h1 className="govuk-heading-l">{t('meetings.list.title')}</h1>
      <p className="govuk-body-l">{t('meetings.list.intro')}</p>
      <div className="govuk-button-group">
        {canManage && (
          <Link to="/meetings/new" className="govuk-button" role="button" draggable="false">
            {t('meetings.list.schedule')}
          </Link>
        )}
        <Link to="/meetings/attendance" className="govuk-link">
          {t('meetings.list.audit')}
        </Link>
        <Link to="/meetings/forums" className="govuk-link">
          {t('meetings.forums.link')}
        </Link>
      </div>
      {forums.data && (
        <form
          key={forumId}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const chosen = new FormData(event.currentTarget).get('forum');
            // Only the forum: another forum's list starts at its first page.
            setParams(chosen ? { forum: String(chosen) } : {});
          }}
        >
          <div className="app-filters">
            <FilterSelect
              id="forum"
              label={t('meetings.list.forum')}
              value={forumId}
              options={forums.data.forums.map((forum) => [
                forum.id,
                localise(forum.name, language)?.text ?? '',
              ])}
            />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            {t('meetings.list.show')}
          </button>
        </form>
      )}
      {content()}
    </>
  );
}
