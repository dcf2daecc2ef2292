import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import type {
  ActionFormOptionsQuery,
  Theme,
  UpdateActionInput,
  WayOfWorking,
  WellBeingGoal,
} from '../../../gql/graphql';
import { bilingualInput, bilingualValue, type BilingualValue } from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { UPDATE_ACTION } from '../graphql/plans';
import { useVersionedEdit } from '../hooks/use-versioned-edit';
import { actionValuesFromConflict, conflictRows } from './action-conflict';
import { actionFieldId, ActionFields, checkActionValues, type ActionValues } from './action-fields';
import { ConflictSummary } from './conflict-summary';
import { SavedNotice } from './notice';

/** The fields of an action the form edits, as the API returns them. */
export interface EditableAction {
  id: string;
  version: number;
  reference: string;
  title: { en?: string | null; cy?: string | null };
  description: { en?: string | null; cy?: string | null };
  area: { id: string };
  leadOrganisation: ActionValues['leadOrganisation'];
  startDate: string;
  dueDate: string;
  themes: Theme[];
  wellBeingGoals: WellBeingGoal[];
  waysOfWorking: WayOfWorking[];
  needsPartnershipConsultation: boolean;
  owners: { id: string }[];
}

export function actionValues(action: EditableAction): ActionValues {
  return {
    areaId: action.area.id,
    reference: action.reference,
    title: bilingualValue(action.title),
    description: bilingualValue(action.description),
    leadOrganisation: action.leadOrganisation,
    startDate: action.startDate,
    dueDate: action.dueDate,
    ownerIds: action.owners.map((owner) => owner.id),
    themes: action.themes,
    wellBeingGoals: action.wellBeingGoals,
    waysOfWorking: action.waysOfWorking,
    needsPartnershipConsultation: action.needsPartnershipConsultation,
  };
}

const sameText = (a: BilingualValue, b: BilingualValue) =>
  a.en.trim() === b.en.trim() && a.cy.trim() === b.cy.trim();
const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Only what the user changed since loading, so that saving (and "keep mine" after a conflict)
 * never writes back values someone else has changed meanwhile in fields this user left alone.
 */
export function changedFields(
  loaded: ActionValues,
  values: ActionValues,
): Omit<UpdateActionInput, 'id' | 'expectedVersion'> {
  const changes: Omit<UpdateActionInput, 'id' | 'expectedVersion'> = {};
  if (values.areaId !== loaded.areaId) changes.areaId = values.areaId;
  if (values.reference.trim() !== loaded.reference.trim()) {
    changes.reference = values.reference.trim();
  }
  if (!sameText(values.title, loaded.title)) changes.title = bilingualInput(values.title);
  if (!sameText(values.description, loaded.description)) {
    changes.description = bilingualInput(values.description);
  }
  if (values.leadOrganisation && values.leadOrganisation !== loaded.leadOrganisation) {
    changes.leadOrganisation = values.leadOrganisation;
  }
  if (values.startDate !== loaded.startDate) changes.startDate = values.startDate;
  if (values.dueDate !== loaded.dueDate) changes.dueDate = values.dueDate;
  if (!sameSet(values.ownerIds, loaded.ownerIds)) changes.ownerIds = values.ownerIds;
  if (!sameSet(values.themes, loaded.themes)) changes.themes = values.themes;
  if (!sameSet(values.wellBeingGoals, loaded.wellBeingGoals)) {
    changes.wellBeingGoals = values.wellBeingGoals;
  }
  if (!sameSet(values.waysOfWorking, loaded.waysOfWorking)) {
    changes.waysOfWorking = values.waysOfWorking;
  }
  if (values.needsPartnershipConsultation !== loaded.needsPartnershipConsultation) {
    changes.needsPartnershipConsultation = values.needsPartnershipConsultation;
  }
  return changes;
}

interface Props {
  action: EditableAction;
  options: ActionFormOptionsQuery;
  /** Loads the action afresh from the API (for "use their version"). */
  reload: () => Promise<EditableAction | null>;
  title: string;
}

/** Edits an action against the version loaded; a conflicting edit is shown, never overwritten. */
export function EditActionForm({ action, options, reload, title }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [update, { loading }] = useMutation(UPDATE_ACTION, {
    refetchQueries: ['PlanActions'],
  });
  const edit = useVersionedEdit({
    record: action,
    valuesOf: actionValues,
    check: (values: ActionValues) => checkActionValues(values, t),
    changes: changedFields,
    noChangesMessage: t('plans.editAction.noChanges'),
    send: async (expectedVersion, changes) =>
      (await update({ variables: { input: { id: action.id, expectedVersion, ...changes } } })).data
        ?.updateAction,
    theirsFromConflict: actionValuesFromConflict,
    fieldId: actionFieldId,
    reload,
  });
  const { loaded, values, setValues, errors, conflict, saved, reloading, submit } = edit;
  usePageTitle(title, errors.length > 0 || conflict !== null);

  return (
    <>
      {saved && (
        <SavedNotice
          heading={t('plans.editAction.saved', { reference: loaded.values.reference })}
          link={{ to: `/actions/${action.id}`, text: t('plans.editAction.view') }}
        />
      )}
      {conflict && (
        <ConflictSummary
          rows={conflictRows(loaded.values, conflict.theirs, values, { language, options, t })}
          busy={loading || reloading}
          onUseTheirs={edit.useTheirs}
          onKeepMine={edit.keepMine}
        />
      )}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <ActionFields values={values} options={options} errors={errors} onChange={setValues} />
        <button type="submit" className="govuk-button" disabled={loading}>
          {loading ? t('plans.saving') : t('plans.editAction.submit')}
        </button>
      </form>
    </>
  );
}
