import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import {
  localise,
  PublicationState,
  RAG_STATUS_LABELS,
  type RagStatus,
} from '@cynnydd/shared/domain';

import type { PublicationQuery } from '../../../gql/graphql';
import { useFeatureTranslations } from '../../../i18n/feature-translations';
import {
  bilingualFieldId,
  BilingualInput,
  bilingualInput,
  bilingualValue,
  type BilingualValue,
} from '../../../ui/bilingual-input';
import { CheckboxGroup } from '../../../ui/checkbox-group';
import { ConfirmAction } from '../../../ui/confirm-action';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { errorFor } from '../../plans/components/form-errors';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { useReloadingChange } from '../../plans/hooks/use-reloading-change';
import { usePublicationLabels } from '../components/publication-labels';
import {
  DELETE_PUBLICATION,
  PUBLICATION,
  PUBLISH_PUBLICATION,
  UPDATE_PUBLICATION,
  WITHDRAW_PUBLICATION,
} from '../graphql/publications';
import { PUBLICATIONS_TRANSLATIONS } from '../i18n/translations';

type Publication = PublicationQuery['publication'];

/** The control an API input path names: `introduction.cy`, `areaSummaries.2.summary.en`… */
function fieldIdOf(areaNumbers: number[]) {
  const introduction = bilingualFieldId(['introduction', 'reason']);
  return (path: string): string | null => {
    const area = /^areaSummaries\.(\d+)\.(?:summary\.)?(en|cy|areaNumber)/.exec(path);
    if (area) return `area-${areaNumbers[Number(area[1])] ?? 1}-${area[2] === 'cy' ? 'cy' : 'en'}`;
    return introduction(path);
  };
}

/** A change to the publication, reported in words when refused or overtaken. */
function usePublicationChange(publication: Publication, reload: () => Promise<unknown>) {
  const { t } = useTranslation();
  return useReloadingChange(
    reload,
    fieldIdOf(publication.areaSummaries.map((summary) => summary.areaNumber)),
    t('publications.form.conflict'),
  );
}

/** What the draft and published views work on: the publication, a reload, and the notice when done. */
interface PublicationViewProps {
  publication: Publication;
  reload: () => Promise<unknown>;
  onDone: (notice: string) => void;
}

/** The choices of a draft: introduction, area summaries, actions shown, owners, measures. */
function DraftForm({ publication, reload, onDone }: PublicationViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const content = publication.report.content;
  const summaryOf = (number: number) =>
    publication.areaSummaries.find((summary) => summary.areaNumber === number)?.summary;
  const [introduction, setIntroduction] = useState(bilingualValue(publication.introduction));
  const [summaries, setSummaries] = useState<Record<number, BilingualValue>>(() =>
    Object.fromEntries(
      content.areas.map((area) => [area.number, bilingualValue(summaryOf(area.number) ?? {})]),
    ),
  );
  const [shown, setShown] = useState<string[]>(() =>
    content.actions
      .map((line) => line.actionId)
      .filter((id) => !publication.excludedActionIds.includes(id)),
  );
  const [options, setOptions] = useState<string[]>([
    ...(publication.showOwnerNames ? ['owners'] : []),
    ...(publication.includeMeasures ? ['measures'] : []),
  ]);
  const [confirming, setConfirming] = useState<'publish' | 'delete' | null>(null);
  const change = usePublicationChange(publication, reload);
  const [update] = useMutation(UPDATE_PUBLICATION);
  const [publish] = useMutation(PUBLISH_PUBLICATION);
  const [remove] = useMutation(DELETE_PUBLICATION);
  const version = { id: publication.id, expectedVersion: publication.version };

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = await change.run(() =>
      update({
        variables: {
          input: {
            ...version,
            introduction: bilingualInput(introduction),
            areaSummaries: content.areas.map((area) => ({
              areaNumber: area.number,
              summary: bilingualInput(summaries[area.number]),
            })),
            excludedActionIds: content.actions
              .map((line) => line.actionId)
              .filter((id) => !shown.includes(id)),
            showOwnerNames: options.includes('owners'),
            includeMeasures: options.includes('measures'),
          },
        },
      }),
    );
    if (ok) onDone(t('publications.form.saved'));
  }

  return (
    <>
      <form onSubmit={save} noValidate>
        <ErrorSummary errors={change.errors} />
        <BilingualInput
          id="introduction"
          legend={t('publications.form.introduction')}
          hint={t('publications.form.introductionHint')}
          multiline
          value={introduction}
          error={errorFor(change.errors, 'introduction-en', 'introduction-cy')}
          onChange={setIntroduction}
        />
        <h2 className="govuk-heading-m">{t('publications.form.areas')}</h2>
        {content.areas.map((area) => (
          <BilingualInput
            key={area.number}
            id={`area-${area.number}`}
            legend={t('publications.form.areaSummary', {
              number: area.number,
              title: localise(area.title, language)?.text ?? '',
            })}
            hint={t('publications.form.areaHint')}
            multiline
            value={summaries[area.number]}
            error={errorFor(change.errors, `area-${area.number}-en`, `area-${area.number}-cy`)}
            onChange={(value) => setSummaries((current) => ({ ...current, [area.number]: value }))}
          />
        ))}
        <h2 className="govuk-heading-m">{t('publications.form.actions')}</h2>
        <p className="govuk-hint">{t('publications.form.actionsHint')}</p>
        {content.areas.map((area) => (
          <CheckboxGroup
            key={area.number}
            name={`actions-${area.number}`}
            legend={t('publications.form.areaActions', { number: area.number })}
            options={content.actions
              .filter((line) => line.areaNumber === area.number)
              .map((line) => ({
                value: line.actionId,
                label: `${line.reference} ${localise(line.title, language)?.text ?? ''} (${
                  line.rag ? RAG_STATUS_LABELS[line.rag as RagStatus][language] : '–'
                })`,
              }))}
            selected={shown}
            onChange={(selected) => {
              const inArea = new Set(
                content.actions
                  .filter((line) => line.areaNumber === area.number)
                  .map((line) => line.actionId),
              );
              setShown([...shown.filter((id) => !inArea.has(id)), ...selected]);
            }}
          />
        ))}
        <CheckboxGroup
          name="options"
          legend={`${t('publications.form.owners')} / ${t('publications.form.measures')}`}
          options={[
            { value: 'owners', label: t('publications.form.ownersLabel') },
            { value: 'measures', label: t('publications.form.measuresLabel') },
          ]}
          selected={options}
          onChange={setOptions}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={change.busy}>
            {change.busy ? t('publications.form.saving') : t('publications.form.save')}
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            onClick={() => setConfirming('delete')}
          >
            {t('publications.delete.button')}
          </button>
        </div>
      </form>
      <h2 className="govuk-heading-m">{t('publications.previewLinks')}</h2>
      <ul className="govuk-list">
        {(['cy', 'en'] as const).map((side) => (
          <li key={side}>
            <a
              className="govuk-link"
              href={publication.addresses[side]}
              target="_blank"
              rel="noreferrer"
            >
              {t('publications.previewIn', { language: t(`publications.languages.${side}`) })}
            </a>
          </li>
        ))}
      </ul>
      <h2 className="govuk-heading-m">{t('publications.publish.title')}</h2>
      {confirming === 'publish' ? (
        <ConfirmAction
          id="publish-confirm"
          heading={t('publications.publish.title')}
          warning={t('publications.publish.warning')}
          confirmLabel={t('publications.publish.confirm')}
          cancelLabel={t('publications.publish.cancel')}
          busy={change.busy}
          onConfirm={async () => {
            let number: number | null = null;
            const done = await change.run(async () => {
              const result = await publish({ variables: { input: version } });
              number = result.data?.publishPublication.number ?? null;
            });
            if (done) onDone(t('publications.publish.done', { number }));
          }}
          onCancel={() => setConfirming(null)}
        />
      ) : confirming === 'delete' ? (
        <ConfirmAction
          id="delete-confirm"
          heading={t('publications.delete.button')}
          confirmLabel={t('publications.delete.button')}
          cancelLabel={t('publications.publish.cancel')}
          destructive
          busy={change.busy}
          onConfirm={async () => {
            if (await change.run(() => remove({ variables: { input: version } }))) {
              navigate('/publications');
            }
          }}
          onCancel={() => setConfirming(null)}
        />
      ) : (
        <button type="button" className="govuk-button" onClick={() => setConfirming('publish')}>
          {t('publications.publish.button')}
        </button>
      )}
    </>
  );
}

/** A published publication: its pages and open data, and withdrawing it with a reason. */
function PublishedView({ publication, reload, onDone }: PublicationViewProps) {
  const { t } = useTranslation();
  const labels = usePublicationLabels();
  const [reason, setReason] = useState<BilingualValue>({ en: '', cy: '' });
  const [withdrawing, setWithdrawing] = useState(false);
  const change = usePublicationChange(publication, reload);
  const [withdraw] = useMutation(WITHDRAW_PUBLICATION);
  return (
    <>
      <p className="govuk-body">{labels.state(publication)}</p>
      <h2 className="govuk-heading-m">{t('publications.published.pages')}</h2>
      <ul className="govuk-list">
        {(['cy', 'en'] as const).map((side) => (
          <li key={side}>
            <a className="govuk-link" href={publication.addresses[side]}>
              {t('publications.published.pageIn', {
                language: t(`publications.languages.${side}`),
              })}
            </a>
          </li>
        ))}
      </ul>
      <h2 className="govuk-heading-m">{t('publications.published.openData')}</h2>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={`/open-data/publications/${publication.number}.csv`}>
            {t('publications.published.csv')}
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`/open-data/publications/${publication.number}.json`}>
            {t('publications.published.json')}
          </a>
        </li>
      </ul>
      <h2 className="govuk-heading-m">{t('publications.withdraw.title')}</h2>
      <ErrorSummary errors={change.errors} />
      {withdrawing ? (
        <ConfirmAction
          id="withdraw-confirm"
          heading={t('publications.withdraw.title')}
          warning={t('publications.withdraw.hint')}
          confirmLabel={t('publications.withdraw.confirm')}
          cancelLabel={t('publications.publish.cancel')}
          destructive
          busy={change.busy}
          onConfirm={async () => {
            const input = {
              id: publication.id,
              expectedVersion: publication.version,
              reason: bilingualInput(reason),
            };
            if (await change.run(() => withdraw({ variables: { input } }))) {
              onDone(t('publications.withdraw.done'));
            }
          }}
          onCancel={() => setWithdrawing(false)}
        >
          <BilingualInput
            id="reason"
            legend={t('publications.withdraw.reason')}
            multiline
            value={reason}
            error={errorFor(change.errors, 'reason-en', 'reason-cy')}
            onChange={setReason}
          />
        </ConfirmAction>
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          onClick={() => setWithdrawing(true)}
        >
          {t('publications.withdraw.button')}
        </button>
      )}
    </>
  );
}

/** One publication: a draft to choose and publish, a published one to withdraw, or a record. */
export default function PublicationPage() {
  useFeatureTranslations(PUBLICATIONS_TRANSLATIONS);
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const labels = usePublicationLabels();
  const [notice, setNotice] = useState<{ text: string; key: number } | null>(null);
  const query = useQuery(PUBLICATION, { variables: { id } });
  const publication = query.data?.publication;
  const period = publication?.report.reportingPeriod.label ?? '';
  const title =
    publication?.state === PublicationState.DRAFT
      ? t('publications.page.draftTitle', { period })
      : t('publications.page.title', { period });
  usePageTitle(publication ? title : t('publications.title'));
  const reload = () => query.refetch();
  const done = (text: string) => setNotice({ text, key: Date.now() });
  if (query.error) return <LoadError message={t('publications.page.notFound')} />;
  if (!publication) return <Loading message={t('publications.loading')} />;
  return (
    <>
      <Link className="govuk-back-link" to="/publications">
        {t('publications.page.back')}
      </Link>
      <span className="govuk-caption-l">
        {publication.number ? `${t('publications.columns.number')} ${publication.number}` : ''}
      </span>
      <h1 className="govuk-heading-xl">{title}</h1>
      {notice && (
        <SuccessNotice key={notice.key}>
          <p className="govuk-notification-banner__heading">{notice.text}</p>
        </SuccessNotice>
      )}
      {publication.state === PublicationState.DRAFT && (
        // Keeps what was typed after a conflict; the next save is against the version stored.
        <DraftForm publication={publication} reload={reload} onDone={done} />
      )}
      {publication.state === PublicationState.PUBLISHED && (
        <PublishedView publication={publication} reload={reload} onDone={done} />
      )}
      {publication.state === PublicationState.WITHDRAWN && (
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('publications.columns.state')}</dt>
            <dd className="govuk-summary-list__value">{labels.state(publication)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('publications.withdrawn.reason')}</dt>
            <dd className="govuk-summary-list__value">
              <LocalisedText value={publication.withdrawalReason} />
            </dd>
          </div>
        </dl>
      )}
    </>
  );
}
