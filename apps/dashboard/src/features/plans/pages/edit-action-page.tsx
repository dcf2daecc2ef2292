import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { localise, Permission } from '@cynnydd/shared/domain';

import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { EditActionForm } from '../components/edit-action-form';
import { MilestonesEditor } from '../components/milestones-editor';
import { LoadError } from '../components/notice';
import { RequirePermission } from '../components/require-permission';
import { ACTION_FOR_EDIT, ACTION_FORM_OPTIONS } from '../graphql/plans';

function EditAction() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const query = useQuery(ACTION_FOR_EDIT, { variables: { id } });
  const options = useQuery(ACTION_FORM_OPTIONS);
  const action = query.data?.action;
  const title = action
    ? t('plans.editAction.title', {
        reference: action.reference,
        title: localise(action.title, language)?.text ?? '',
      })
    : t('plans.editAction.genericTitle');
  usePageTitle(title);

  async function reload() {
    const { data } = await query.refetch();
    return data?.action ?? null;
  }

  function content() {
    // Data already shown stays while it is reloaded, so nothing typed is lost.
    if (!action) {
      if (query.loading) return <Loading />;
      return <LoadError message={t('plans.editAction.notFound')} />;
    }
    if (!options.data) {
      if (options.loading) return <Loading />;
      return <LoadError message={t('plans.newAction.optionsLoadError')} />;
    }
    if (action.plan.state === 'CLOSED') {
      return (
        <p className="govuk-body">
          {t('plans.editAction.closed', { year: action.plan.financialYear })}
        </p>
      );
    }
    return (
      <>
        <EditActionForm action={action} options={options.data} reload={reload} title={title} />
        <MilestonesEditor
          actionId={action.id}
          milestones={action.milestones}
          defaultDueDate={action.dueDate}
          reload={() => query.refetch()}
        />
      </>
    );
  }

  return (
    <>
      <Link
        to={action ? `/plans/${action.plan.financialYear}` : '/plans'}
        className="govuk-back-link"
      >
        {action ? t('plans.plan.back', { year: action.plan.financialYear }) : t('plans.list.back')}
      </Link>
      <h1 className="govuk-heading-l">
        {action ? (
          <>
            <span className="govuk-caption-l">
              {t('plans.editAction.caption', { reference: action.reference })}
            </span>
            <LocalisedText value={action.title} />
          </>
        ) : (
          t('plans.editAction.genericTitle')
        )}
      </h1>
      {content()}
    </>
  );
}

/** Changes an action and its milestones. */
export default function EditActionPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_PLANS}>
      <EditAction />
    </RequirePermission>
  );
}
