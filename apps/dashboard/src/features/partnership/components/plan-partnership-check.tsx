import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { formatNumber } from '../../../i18n/format';
import {
  bilingualFieldId,
  BilingualInput,
  bilingualInput,
  bilingualValue,
} from '../../../ui/bilingual-input';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ErrorSummary } from '../../../ui/error-summary';
import { FocusPanel } from '../../../ui/focus-panel';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { SaveOrCancel } from '../../../ui/save-or-cancel';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { errorFor } from '../../plans/components/form-errors';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { useReloadingChange } from '../../plans/hooks/use-reloading-change';
import { PLAN_PARTNERSHIP_CHECK, WAIVE_PARTNERSHIP_CONSULTATION } from '../graphql/partnership';
import { PARTNERSHIP_TRANSLATIONS } from '../i18n/translations';

const reasonFieldId = bilingualFieldId(['reason']);

function WaiverPanel({
  plan,
  reload,
  onDone,
  onCancel,
}: {
  plan: {
    id: string;
    version: number;
    partnershipWaiver: { en?: string | null; cy?: string | null };
  };
  reload: () => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(() => bilingualValue(plan.partnershipWaiver));
  const change = useReloadingChange(reload, reasonFieldId, t('partnership.waiver.conflict'));
  const [waive] = useMutation(WAIVE_PARTNERSHIP_CONSULTATION);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await change.run(() =>
      waive({
        variables: {
          planId: plan.id,
          reason: bilingualInput(reason),
          expectedVersion: plan.version,
        },
      }),
    );
    if (saved) onDone();
  }

  return (
    <FocusPanel id="waiver-heading" heading={t('partnership.waiver.heading')} level={3} size="s">
      <ErrorSummary errors={change.errors} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <BilingualInput
          id="reason"
          legend={t('partnership.waiver.reason')}
          hint={t('partnership.waiver.reasonHint')}
          multiline
          value={reason}
          error={errorFor(change.errors, 'reason-en', 'reason-cy')}
          onChange={setReason}
        />
        <SaveOrCancel
          save={t('partnership.waiver.save')}
          saving={t('partnership.saving')}
          cancel={t('partnership.cancel')}
          busy={change.busy}
          onCancel={onCancel}
        />
      </form>
    </FocusPanel>
  );
}

/**
 * The plan approval check for partnership consultation: which actions tagged for it have no
 * engagement record yet and, while the plan is a draft, the programme office's waiver saying why
 * it may be approved without (the API's MANAGE_MEETINGS).
 */
export default function PlanPartnershipCheckSection({ financialYear }: { financialYear: string }) {
  useFeatureTranslations(PARTNERSHIP_TRANSLATIONS);
  const { t } = useTranslation();
  const language = useLanguage();
  const canWaive = usePermission(Permission.MANAGE_MEETINGS).allowed;
  // Engagements are recorded on the actions' own pages: ask again each time the plan is opened.
  const query = useQuery(PLAN_PARTNERSHIP_CHECK, {
    variables: { financialYear },
    fetchPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(0);

  function content() {
    if (query.error) return <LoadError message={t('partnership.waiver.loadError')} />;
    if (!query.data) return <Loading message={t('partnership.waiver.loading')} />;
    const plan = query.data.annualPlan;
    const tagged = query.data.actions.edges
      .map((edge) => edge.node)
      .filter((action) => action.needsPartnershipConsultation);
    const missing = tagged.filter((action) => action.engagements.length === 0);
    const waived = Boolean(plan.partnershipWaiver.en || plan.partnershipWaiver.cy);
    return (
      <>
        {saved > 0 && (
          <SuccessNotice key={saved}>
            <p className="govuk-notification-banner__heading">{t('partnership.waiver.saved')}</p>
          </SuccessNotice>
        )}
        {tagged.length === 0 ? (
          <p className="govuk-body">{t('partnership.waiver.noneTagged')}</p>
        ) : missing.length === 0 ? (
          <p className="govuk-body">{t('partnership.waiver.allConsulted')}</p>
        ) : (
          <>
            <p className="govuk-body">
              {t('partnership.waiver.missing', { count: formatNumber(missing.length, language) })}
              {!waived && plan.state === 'DRAFT' && ` ${t('partnership.waiver.blocks')}`}
            </p>
            <ScrollableTable caption={t('partnership.waiver.missingCaption')}>
              <ColumnHeaders
                columns={[
                  { label: t('partnership.waiver.columns.action') },
                  { label: t('partnership.waiver.columns.title') },
                ]}
              />
              <tbody className="govuk-table__body">
                {missing.map((action) => (
                  <tr key={action.id} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">
                      <Link to={`/actions/${action.id}`} className="govuk-link">
                        {action.reference}
                      </Link>
                    </th>
                    <td className="govuk-table__cell">
                      <LocalisedText value={action.title} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollableTable>
          </>
        )}
        {query.data.actions.pageInfo.hasNextPage && (
          <p className="govuk-body">{t('partnership.waiver.firstPage')}</p>
        )}
        {waived && (
          <>
            <p className="govuk-body">{t('partnership.waiver.waived')}</p>
            <div className="govuk-inset-text app-preserve-lines">
              <LocalisedText value={plan.partnershipWaiver} />
            </div>
          </>
        )}
        {canWaive && plan.state === 'DRAFT' && !open && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            aria-expanded={false}
            onClick={() => {
              setSaved(0);
              setOpen(true);
            }}
          >
            {waived ? t('partnership.waiver.change') : t('partnership.waiver.record')}
          </button>
        )}
        {canWaive && plan.state === 'DRAFT' && open && (
          <WaiverPanel
            plan={plan}
            reload={() => query.refetch()}
            onDone={() => {
              setOpen(false);
              setSaved((count) => count + 1);
            }}
            onCancel={() => setOpen(false)}
          />
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="partnership-check-heading">
      <h2 className="govuk-heading-m" id="partnership-check-heading">
        {t('partnership.waiver.title')}
      </h2>
      <p className="govuk-body">{t('partnership.waiver.intro')}</p>
      {content()}
    </section>
  );
}
