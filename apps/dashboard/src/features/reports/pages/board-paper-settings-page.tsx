import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { BilingualLayout, Permission } from '@cynnydd/shared/domain';

import type { BoardPaperSettingsQuery } from '../../../gql/graphql';
import { useFeatureTranslations } from '../../../i18n/feature-translations';
import {
  bilingualFieldId,
  BilingualInput,
  bilingualInput,
  bilingualValue,
} from '../../../ui/bilingual-input';
import { Loading } from '../../../ui/loading';
import { Radios } from '../../../ui/radios';
import { usePageTitle } from '../../../ui/use-page-title';
import { errorFor } from '../../plans/components/form-errors';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { CoverSheetFields, coverSheetInput, useCoverSheetForm } from '../components/cover-sheet';
import { BOARD_PAPER_SETTINGS, UPDATE_BOARD_PAPER_SETTINGS } from '../graphql/reports';
import { REPORTS_TRANSLATIONS } from '../i18n/translations';

const LAYOUTS = Object.values(BilingualLayout);

type Settings = BoardPaperSettingsQuery['boardPaperSettings'];

/** The defaults, classification and layout, changed together against the version loaded. */
function SettingsForm({
  settings,
  onErrors,
  onSaved,
}: {
  settings: Settings;
  onErrors: (hasErrors: boolean) => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [classification, setClassification] = useState(() =>
    bilingualValue(settings.classification),
  );
  const [layout, setLayout] = useState(settings.layout as BilingualLayout);
  const [update] = useMutation(UPDATE_BOARD_PAPER_SETTINGS, {
    refetchQueries: ['BoardPaperSettings'],
    awaitRefetchQueries: true,
  });
  const form = useCoverSheetForm(settings.coverSheet, settings.version, {
    send: (value, expectedVersion) =>
      update({
        variables: {
          input: {
            expectedVersion,
            classification: bilingualInput(classification),
            layout,
            coverSheet: coverSheetInput(value),
          },
        },
      }),
    otherFieldFor: (path) =>
      path === 'layout' ? 'layout' : bilingualFieldId('classification')(path),
    onSaved,
  });
  const { hasProblems } = form;
  useEffect(() => onErrors(hasProblems), [hasProblems, onErrors]);
  return (
    <>
      {form.problems}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
      >
        <h2 className="govuk-heading-m">{t('reports.settings.everyPaper')}</h2>
        <BilingualInput
          id="classification"
          legend={t('reports.settings.classification')}
          hint={t('reports.settings.classificationHint')}
          value={classification}
          error={errorFor(form.errors, 'classification-en', 'classification-cy')}
          onChange={setClassification}
        />
        <Radios
          name="layout"
          legend={t('reports.settings.layout')}
          options={LAYOUTS.map((value) => ({
            value,
            label: t(`reports.settings.layouts.${value}`),
          }))}
          value={layout}
          error={errorFor(form.errors, 'layout')}
          onChange={setLayout}
        />
        <h2 className="govuk-heading-m">{t('reports.settings.defaults')}</h2>
        <p className="govuk-body">{t('reports.settings.defaultsIntro')}</p>
        <CoverSheetFields value={form.value} errors={form.errors} onChange={form.setValue} />
        <button type="submit" className="govuk-button" disabled={form.busy}>
          {form.busy ? t('reports.saving') : t('reports.settings.save')}
        </button>
      </form>
    </>
  );
}

/**
 * The board papers' settings, for the operational group: the cover sheet every new draft starts
 * from, the classification printed on every page and how a paper in both languages is laid out.
 */
export default function BoardPaperSettingsPage() {
  const { t } = useTranslation();
  useFeatureTranslations(REPORTS_TRANSLATIONS);
  const permission = usePermission(Permission.MANAGE_REPORTS);
  const { data, loading, error } = useQuery(BOARD_PAPER_SETTINGS, {
    skip: !permission.allowed,
  });
  const [saved, setSaved] = useState(false);
  const [formErrors, setFormErrors] = useState(false);
  usePageTitle(t('reports.settings.title'), formErrors);
  const settings = data?.boardPaperSettings;

  return (
    <>
      <Link className="govuk-back-link" to="/reports">
        {t('reports.settings.back')}
      </Link>
      {saved && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">{t('reports.settings.saved')}</p>
        </SuccessNotice>
      )}
      <h1 className="govuk-heading-l">{t('reports.settings.title')}</h1>
      {permission.loading || loading ? (
        <Loading />
      ) : !permission.allowed ? (
        <p className="govuk-body">{t('reports.settings.notAllowed')}</p>
      ) : error || !settings ? (
        <LoadError message={t('reports.settings.loadError')} />
      ) : (
        <SettingsForm
          key={settings.version}
          settings={settings}
          onErrors={setFormErrors}
          onSaved={() => setSaved(true)}
        />
      )}
    </>
  );
}
