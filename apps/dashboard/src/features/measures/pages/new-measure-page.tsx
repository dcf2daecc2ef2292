import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { usePageTitle } from '../../../ui/use-page-title';
import { fromApiErrors, type FormError } from '../../plans/components/form-errors';
import { LoadError } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { readApiError } from '../../plans/graphql/errors';
import {
  checkMeasureValues,
  emptyMeasureValues,
  measureFieldId,
  MeasureFields,
  measureInput,
  type MeasureValues,
} from '../components/measure-fields';
import { CREATE_MEASURE, MEASURE_FORM_OPTIONS } from '../graphql/measures';
import type { MeasureSavedState } from './measure-page';

function NewMeasure() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useQuery(MEASURE_FORM_OPTIONS);
  const [values, setValues] = useState<MeasureValues>(emptyMeasureValues);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [create, { loading }] = useMutation(CREATE_MEASURE, {
    update(cache) {
      // The measures list has changed: fetch it again where shown next.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'measures' });
      cache.gc();
    },
  });
  usePageTitle(t('measures.newMeasure.title'), errors.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkMeasureValues(values, t);
    setErrors(problems);
    if (problems.length > 0) return;
    try {
      const { data } = await create({ variables: { input: measureInput(values) } });
      const created = data?.createMeasure;
      if (!created) return;
      const state: MeasureSavedState = { created: created.reference };
      await navigate(`/measures/${created.id}`, { state });
    } catch (error) {
      const problem = readApiError(error);
      setErrors(
        problem.kind === 'refused'
          ? fromApiErrors(problem.errors, measureFieldId)
          : [{ message: t('errors.serviceProblem') }],
      );
    }
  }

  function content() {
    if (options.error) return <LoadError message={t('measures.newMeasure.optionsLoadError')} />;
    if (!options.data) return <Loading />;
    return (
      <>
        <ErrorSummary errors={errors} />
        <form noValidate onSubmit={(event) => void submit(event)}>
          <MeasureFields
            values={values}
            options={options.data}
            errors={errors}
            onChange={setValues}
          />
          <div className="govuk-button-group govuk-!-margin-top-6">
            <button type="submit" className="govuk-button" disabled={loading}>
              {loading ? t('plans.saving') : t('measures.newMeasure.submit')}
            </button>
            <Link to="/measures" className="govuk-link">
              {t('plans.cancel')}
            </Link>
          </div>
        </form>
      </>
    );
  }

  return (
    <>
      <Link to="/measures" className="govuk-back-link">
        {t('measures.measure.back')}
      </Link>
      <h1 className="govuk-heading-l">{t('measures.newMeasure.heading')}</h1>
      {content()}
    </>
  );
}

/** Sets up a new outcome measure: what it is, who reports it, its tolerance and targets. */
export default function NewMeasurePage() {
  return (
    <RequirePermission permission={Permission.MANAGE_PLANS}>
      <NewMeasure />
    </RequirePermission>
  );
}
