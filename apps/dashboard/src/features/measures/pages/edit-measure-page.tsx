import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { localise, Permission } from '@cynnydd/shared/domain';

import type { EditableMeasureFragment, MeasureFormOptionsQuery } from '../../../gql/graphql';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { ConflictSummary } from '../../plans/components/conflict-summary';
import { LoadError, SavedNotice } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { useVersionedEdit } from '../../plans/hooks/use-versioned-edit';
import {
  changedMeasureFields,
  measureConflictRows,
  measureValues,
  measureValuesFromConflict,
} from '../components/measure-conflict';
import {
  checkMeasureValues,
  measureFieldId,
  MeasureFields,
  type MeasureValues,
} from '../components/measure-fields';
import { MEASURE_FOR_EDIT, MEASURE_FORM_OPTIONS, UPDATE_MEASURE } from '../graphql/measures';

interface FormProps {
  measure: EditableMeasureFragment;
  options: MeasureFormOptionsQuery;
  /** Loads the measure afresh from the API (for "use their version"). */
  reload: () => Promise<EditableMeasureFragment | null>;
  title: string;
}

/** Edits a measure against the version loaded; a conflicting edit is shown, never overwritten. */
function EditMeasureForm({ measure, options, reload, title }: FormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [update, { loading }] = useMutation(UPDATE_MEASURE, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'measures' });
      cache.gc();
    },
  });
  const edit = useVersionedEdit({
    record: measure,
    valuesOf: measureValues,
    check: (values: MeasureValues) => checkMeasureValues(values, t),
    changes: changedMeasureFields,
    noChangesMessage: t('measures.editMeasure.noChanges'),
    send: async (expectedVersion, changes) =>
      (await update({ variables: { input: { id: measure.id, expectedVersion, ...changes } } })).data
        ?.updateMeasure,
    theirsFromConflict: measureValuesFromConflict,
    fieldId: measureFieldId,
    reload,
  });
  const { loaded, values, setValues, errors, conflict, saved, reloading, submit } = edit;
  usePageTitle(title, errors.length > 0 || conflict !== null);

  return (
    <>
      {saved && (
        <SavedNotice
          heading={t('measures.editMeasure.saved', { reference: loaded.values.reference })}
          link={{ to: `/measures/${measure.id}`, text: t('measures.editMeasure.view') }}
        />
      )}
      {conflict && (
        <ConflictSummary
          rows={measureConflictRows(loaded.values, conflict.theirs, values, {
            language,
            options,
            t,
          })}
          busy={loading || reloading}
          onUseTheirs={edit.useTheirs}
          onKeepMine={edit.keepMine}
        />
      )}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <MeasureFields values={values} options={options} errors={errors} onChange={setValues} />
        <div className="govuk-button-group govuk-!-margin-top-6">
          <button type="submit" className="govuk-button" disabled={loading}>
            {loading ? t('plans.saving') : t('measures.editMeasure.submit')}
          </button>
          <Link to={`/measures/${measure.id}`} className="govuk-link">
            {t('plans.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

function EditMeasure() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const query = useQuery(MEASURE_FOR_EDIT, { variables: { id } });
  const options = useQuery(MEASURE_FORM_OPTIONS);
  const measure = query.data?.measure;
  const title = measure
    ? t('measures.editMeasure.title', {
        reference: measure.reference,
        name: localise(measure.name, language)?.text ?? '',
      })
    : t('measures.editMeasure.genericTitle');
  usePageTitle(title);

  async function reload() {
    const { data } = await query.refetch();
    return data?.measure ?? null;
  }

  function content() {
    // Data already shown stays while it is reloaded, so nothing typed is lost.
    if (!measure) {
      if (query.loading) return <Loading />;
      return <LoadError message={t('measures.measure.notFound')} />;
    }
    if (!options.data) {
      if (options.loading) return <Loading />;
      return <LoadError message={t('measures.newMeasure.optionsLoadError')} />;
    }
    return (
      <EditMeasureForm measure={measure} options={options.data} reload={reload} title={title} />
    );
  }

  return (
    <>
      <Link to={measure ? `/measures/${measure.id}` : '/measures'} className="govuk-back-link">
        {measure ? t('measures.editMeasure.back') : t('measures.measure.back')}
      </Link>
      <h1 className="govuk-heading-l">
        {measure ? (
          <>
            <span className="govuk-caption-l">
              {t('measures.editMeasure.caption', { reference: measure.reference })}
            </span>
            <LocalisedText value={measure.name} />
          </>
        ) : (
          t('measures.editMeasure.genericTitle')
        )}
      </h1>
      {content()}
    </>
  );
}

/** Changes a measure: its wording, owner, areas, tolerance, baseline and targets. */
export default function EditMeasurePage() {
  return (
    <RequirePermission permission={Permission.MANAGE_PLANS}>
      <EditMeasure />
    </RequirePermission>
  );
}
