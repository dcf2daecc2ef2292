import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { localise } from '@cynnydd/shared/domain';

import type { EditableRiskFragment, RiskFormOptionsQuery } from '../../../gql/graphql';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { ConflictSummary } from '../../plans/components/conflict-summary';
import { LoadError, SavedNotice } from '../../plans/components/notice';
import { NoAccess } from '../../plans/components/require-permission';
import { useVersionedEdit } from '../../plans/hooks/use-versioned-edit';
import { forgetRegister } from '../components/risk-change-panels';
import {
  checkRiskValues,
  riskFieldId,
  RiskFields,
  type RiskValues,
} from '../components/risk-fields';
import {
  changedRiskFields,
  riskFormConflictRows,
  riskValues,
  riskValuesFromConflict,
} from '../components/risk-form-conflict';
import { RISK_FOR_EDIT, UPDATE_RISK } from '../graphql/risks';
import { useRiskFormOptions } from '../hooks/use-risk-form-options';

interface FormProps {
  risk: EditableRiskFragment;
  options: RiskFormOptionsQuery;
  /** Loads the risk afresh from the API (for "use their version"). */
  reload: () => Promise<EditableRiskFragment | null>;
  title: string;
}

/** Edits a risk against the version loaded; a conflicting edit is shown, never overwritten. */
function EditRiskForm({ risk, options, reload, title }: FormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [update, { loading }] = useMutation(UPDATE_RISK, { update: forgetRegister });
  const edit = useVersionedEdit({
    record: risk,
    valuesOf: riskValues,
    check: (values: RiskValues) => checkRiskValues(values, t),
    changes: changedRiskFields,
    noChangesMessage: t('risks.editRisk.noChanges'),
    send: async (expectedVersion, changes) =>
      (await update({ variables: { input: { id: risk.id, expectedVersion, ...changes } } })).data
        ?.updateRisk,
    theirsFromConflict: riskValuesFromConflict,
    fieldId: riskFieldId,
    reload,
  });
  const { loaded, values, setValues, errors, conflict, saved, reloading, submit } = edit;
  usePageTitle(title, errors.length > 0 || conflict !== null);

  return (
    <>
      {saved && (
        <SavedNotice
          heading={t('risks.editRisk.saved', { reference: loaded.values.reference })}
          link={{ to: `/risks/${risk.id}`, text: t('risks.editRisk.view') }}
        />
      )}
      {conflict && (
        <ConflictSummary
          rows={riskFormConflictRows(loaded.values, conflict.theirs, values, {
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
        <RiskFields
          values={values}
          options={options}
          linkedActions={[...risk.threatenedActions, ...risk.mitigatingActions]}
          errors={errors}
          withCurrent={false}
          onChange={setValues}
        />
        <div className="govuk-button-group govuk-!-margin-top-6">
          <button type="submit" className="govuk-button" disabled={loading}>
            {loading ? t('plans.saving') : t('risks.editRisk.submit')}
          </button>
          <Link to={`/risks/${risk.id}`} className="govuk-link">
            {t('plans.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** Changes a risk: its wording, owner, links, scores, review interval and mitigations. */
export default function EditRiskPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const query = useQuery(RISK_FOR_EDIT, { variables: { id } });
  const options = useRiskFormOptions();
  const risk = query.data?.risk;
  const title = risk
    ? t('risks.editRisk.title', {
        reference: risk.reference,
        title: localise(risk.title, language)?.text ?? '',
      })
    : t('risks.editRisk.genericTitle');
  usePageTitle(title);

  async function reload() {
    const { data } = await query.refetch();
    return data?.risk ?? null;
  }

  function content() {
    // Data already shown stays while it is reloaded, so nothing typed is lost.
    if (!risk) {
      if (query.loading) return <Loading />;
      return <LoadError message={t('risks.risk.notFound')} />;
    }
    if (!risk.canUpdate) return <NoAccess />;
    if (!options.data) {
      if (options.loading) return <Loading />;
      return <LoadError message={t('risks.form.optionsLoadError')} />;
    }
    return <EditRiskForm risk={risk} options={options.data} reload={reload} title={title} />;
  }

  return (
    <>
      <Link to={risk ? `/risks/${risk.id}` : '/risks'} className="govuk-back-link">
        {risk ? t('risks.editRisk.back') : t('risks.risk.back')}
      </Link>
      <h1 className="govuk-heading-l">
        {risk ? (
          <>
            <span className="govuk-caption-l">
              {t('risks.editRisk.caption', { reference: risk.reference })}
            </span>
            <LocalisedText value={risk.title} />
          </>
        ) : (
          t('risks.editRisk.genericTitle')
        )}
      </h1>
      {content()}
    </>
  );
}
