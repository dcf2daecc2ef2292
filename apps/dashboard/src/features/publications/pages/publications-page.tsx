import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { PublicationState } from '@cynnydd/shared/domain';

import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { SelectField } from '../../../ui/select-field';
import { usePageTitle } from '../../../ui/use-page-title';
import { errorFor } from '../../plans/components/form-errors';
import { LoadError } from '../../plans/components/notice';
import { useVersionedChange } from '../../plans/hooks/use-versioned-change';
import { usePublicationLabels } from '../components/publication-labels';
import { CREATE_PUBLICATION, PUBLICATIONS } from '../graphql/publications';
import { PUBLICATIONS_TRANSLATIONS } from '../i18n/translations';

/**
 * Public progress: every publication (drafts, published, withdrawn) with its public pages or
 * preview, and a draft started from an issued report that has none open.
 */
export default function PublicationsPage() {
  useFeatureTranslations(PUBLICATIONS_TRANSLATIONS);
  const { t } = useTranslation();
  usePageTitle(t('publications.title'));
  const labels = usePublicationLabels();
  const navigate = useNavigate();
  const query = useQuery(PUBLICATIONS);
  const [create, { loading: creating }] = useMutation(CREATE_PUBLICATION);
  const change = useVersionedChange((path) => (path === 'reportId' ? 'report' : null));
  const [reportId, setReportId] = useState('');
  if (query.error) return <LoadError message={t('publications.loadError')} />;
  if (!query.data) return <Loading message={t('publications.loading')} />;
  const { publications, reports } = query.data;
  const open = new Set(
    publications
      .filter((publication) => publication.state !== PublicationState.WITHDRAWN)
      .map((publication) => publication.report.id),
  );
  const choices = reports.filter((report) => report.state === 'ISSUED' && !open.has(report.id));

  async function start(event: FormEvent) {
    event.preventDefault();
    let created: string | null = null;
    const saved = await change.send(async () => {
      const result = await create({ variables: { input: { reportId } } });
      created = result.data?.createPublication.id ?? null;
    });
    if (saved && created) navigate(`/publications/${created}`);
  }

  return (
    <>
      <h1 className="govuk-heading-xl">{t('publications.title')}</h1>
      <p className="govuk-body">{t('publications.intro')}</p>
      {publications.length === 0 ? (
        <p className="govuk-body">{t('publications.none')}</p>
      ) : (
        <ScrollableTable caption={t('publications.caption')}>
          <ColumnHeaders
            columns={[
              { label: t('publications.columns.number') },
              { label: t('publications.columns.report') },
              { label: t('publications.columns.state') },
              { label: t('publications.columns.pages') },
            ]}
          />
          <tbody className="govuk-table__body">
            {publications.map((publication) => {
              const name = publication.number
                ? String(publication.number)
                : t('publications.draftNumber');
              return (
                <tr className="govuk-table__row" key={publication.id}>
                  <th scope="row" className="govuk-table__header">
                    <Link
                      className="govuk-link"
                      to={`/publications/${publication.id}`}
                      aria-label={t('publications.openNamed', {
                        name: `${name}, ${labels.report(publication.report)}`,
                      })}
                    >
                      {name}
                    </Link>
                  </th>
                  <td className="govuk-table__cell">{labels.report(publication.report)}</td>
                  <td className="govuk-table__cell">{labels.state(publication)}</td>
                  <td className="govuk-table__cell">
                    <a className="govuk-link" href={publication.addresses.en} lang="en">
                      English
                    </a>
                    {' · '}
                    <a className="govuk-link" href={publication.addresses.cy} lang="cy">
                      Cymraeg
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollableTable>
      )}
      <h2 className="govuk-heading-l">{t('publications.start.title')}</h2>
      {choices.length === 0 ? (
        <p className="govuk-body">{t('publications.start.none')}</p>
      ) : (
        <form onSubmit={start} noValidate>
          <ErrorSummary errors={change.errors} />
          <p className="govuk-hint">{t('publications.start.hint')}</p>
          <SelectField
            id="report"
            label={t('publications.start.report')}
            value={reportId}
            error={errorFor(change.errors, 'report')}
            onChange={(event) => setReportId(event.target.value)}
          >
            <option value="">{t('publications.start.choose')}</option>
            {choices.map((report) => (
              <option key={report.id} value={report.id}>
                {labels.report(report)}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="govuk-button" disabled={creating || !reportId}>
            {t('publications.start.submit')}
          </button>
        </form>
      )}
    </>
  );
}
