import { useMutation } from '@apollo/client/react';
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
import { forgetRegister } from '../components/risk-change-panels';
import {
  checkRiskValues,
  emptyRiskValues,
  riskFieldId,
  RiskFields,
  riskInput,
  type RiskValues,
} from '../components/risk-fields';
import { CREATE_RISK } from '../graphql/risks';
import { useRiskFormOptions } from '../hooks/use-risk-form-options';
import type { RiskSavedState } from './risk-page';

function NewRisk() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useRiskFormOptions();
  const [values, setValues] = useState<RiskValues>(emptyRiskValues);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [create, { loading }] = useMutation(CREATE_RISK, { update: forgetRegister });
  usePageTitle(t('risks.newRisk.title'), errors.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkRiskValues(values, t);
    setErrors(problems);
    if (problems.length > 0) return;
    try {
      const { data } = await create({ variables: { input: riskInput(values) } });
      const created = data?.createRisk;
      if (!created) return;
      const state: RiskSavedState = { saved: 'created' };
      await navigate(`/risks/${created.id}`, { state });
    } catch (error) {
      const problem = readApiError(error);
      setErrors(
        problem.kind === 'refused'
          ? fromApiErrors(problem.errors, riskFieldId)
          : [{ message: t('errors.serviceProblem') }],
      );
    }
  }

  function content() {
    if (options.error) return <LoadError message={t('risks.form.optionsLoadError')} />;
    if (!options.data) return <Loading />;
    return (
      <>
        <ErrorSummary errors={errors} />
        <form noValidate onSubmit={(event) => void submit(event)}>
          <RiskFields values={values} options={options.data} errors={errors} onChange={setValues} />
          <div className="govuk-button-group govuk-!-margin-top-6">
            <button type="submit" className="govuk-button" disabled={loading}>
              {loading ? t('plans.saving') : t('risks.newRisk.submit')}
            </button>
            <Link to="/risks" className="govuk-link">
              {t('plans.cancel')}
            </Link>
          </div>
        </form>
      </>
    );
  }

  return (
    <>
      <Link to="/risks" className="govuk-back-link">
        {t('risks.risk.back')}
      </Link>
      <h1 className="govuk-heading-l">{t('risks.newRisk.title')}</h1>
      {content()}
    </>
  );
}

/** Records a risk or issue: what it is, who owns it, what it threatens and its scores. */
export default function NewRiskPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_PLANS}>
      <NewRisk />
    </RequirePermission>
  );
}
