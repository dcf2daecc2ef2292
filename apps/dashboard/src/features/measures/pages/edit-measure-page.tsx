import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
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
import { fromApiErrors, type FormError } from '../../plans/components/form-errors';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { readApiError, type VersionConflict } from '../../plans/graphql/errors';
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
  const [loaded, setLoaded] = useState(() => ({
    values: measureValues(measure),
    version: measure.version,
  }));
  const [values, setValues] = useState(loaded.values);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [conflict, setConflict] = useState<{
    details: VersionConflict;
    theirs: MeasureValues;
  } | null>(null);
  const [saved, setSaved] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [update, { loading }] = useMutation(UPDATE_MEASURE, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'measures' });
      cache.gc();
    },
  });
  usePageTitle(title, errors.length > 0 || conflict !== null);

  function start(next: EditableMeasureFragment) {
    const state = { values: measureValues(next), version: next.version };
    setLoaded(state);
    setValues(state.values);
    setConflict(null);
    setErrors([]);
  }

  async function save(expectedVersion: number) {
    setSaved(false);
    const problems = checkMeasureValues(values, t);
    const changes = changedMeasureFields(loaded.values, values);
    if (problems.length === 0 && Object.keys(changes).length === 0) {
      problems.push({ message: t('measures.editMeasure.noChanges') });
    }
    setErrors(problems);
    if (problems.length > 0) return;
    try {
      const { data } = await update({
        variables: { input: { id: measure.id, expectedVersion, ...changes } },
      });
      if (data) {
        start(data.updateMeasure);
        setSaved(true);
      }
    } catch (error) {
      const problem = readApiError(error);
      if (problem.kind === 'conflict') {
        setErrors([]);
        setConflict({
          details: problem.conflict,
          theirs: measureValuesFromConflict(problem.conflict.current, loaded.values),
        });
      } else if (problem.kind === 'refused') {
        setErrors(fromApiErrors(problem.errors, measureFieldId));
      } else {
        setErrors([{ message: t('errors.serviceProblem') }]);
      }
    }
  }

  async function takeTheirs() {
    if (!conflict) return;
    setReloading(true);
    try {
      const fresh = await reload();
      if (fresh) {
        start(fresh);
      } else {
        // Without a fresh copy, their version as the conflict described it.
        const state = { values: conflict.theirs, version: conflict.details.currentVersion };
        setLoaded(state);
        setValues(state.values);
        setConflict(null);
      }
    } finally {
      setReloading(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(loaded.version);
  }

  return (
    <>
      {saved && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">
            {t('measures.editMeasure.saved', { reference: loaded.values.reference })}
          </p>
          <p className="govuk-body">
            <Link to={`/measures/${measure.id}`} className="govuk-notification-banner__link">
              {t('measures.editMeasure.view')}
            </Link>
          </p>
        </SuccessNotice>
      )}
      {conflict && (
        <ConflictSummary
          rows={measureConflictRows(loaded.values, conflict.theirs, values, {
            language,
            options,
            t,
          })}
          busy={loading || reloading}
          onUseTheirs={() => void takeTheirs()}
          onKeepMine={() => void save(conflict.details.currentVersion)}
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
