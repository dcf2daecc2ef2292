import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { localise, Permission } from '@cynnydd/shared/domain';

import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { FilterSelect } from '../../../ui/filter-select';
import { Loading } from '../../../ui/loading';
import {
  Pagination,
  ToLastPage,
  useFocusOnPageChange,
  usePageOfTotal,
} from '../../../ui/pagination';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { MeetingsTable } from '../components/meetings-table';
import { FORUM_CHOICES, MEETING_SCHEDULE } from '../graphql/meetings';
import { meetingScheduleVariables } from '../hooks/meeting-schedule-variables';
import { MEETINGS_TRANSLATIONS } from '../i18n/translations';

/**
 * Every forum's meetings, the next ones first, then the past ones most recent first, a page at a
 * time: ten years of them made a table 59,000 pixels tall (issue 24), and the API sends only the
 * page shown. Those to come are few (they are scheduled a couple of months ahead) and stay above
 * every page of the past ones.
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
  // Drawn on the server with the page (ADR 20); a later visit shows the cached page at once and
  // asks again, and the page shown stays while the next one arrives. A meeting under way counts
  // as coming up (the API's clock decides).
  const schedule = useQuery(MEETING_SCHEDULE, {
    variables: meetingScheduleVariables(params),
    fetchPolicy: 'cache-and-network',
  });
  const shown = (schedule.data ?? schedule.previousData)?.meetingSchedule;
  const pastPage = usePageOfTotal(shown?.pastCount ?? 0);
  const pastStart = useFocusOnPageChange<HTMLHeadingElement>();

  function content() {
    if (!shown) {
      return schedule.error ? (
        <LoadError message={t('meetings.list.loadError')} />
      ) : (
        <Loading message={t('meetings.list.loading')} />
      );
    }
    const { upcoming, past } = shown;
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
        {pastPage.pastTheEnd ? (
          <ToLastPage of={pastPage} />
        ) : pastPage.total ? (
          <>
            <MeetingsTable meetings={past} caption={t('meetings.list.past')} />
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
