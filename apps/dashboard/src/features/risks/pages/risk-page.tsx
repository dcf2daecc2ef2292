import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { localise } from '@cynnydd/shared/domain';

import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { SubjectEngagements } from '../../partnership/components/partnership-sections';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import {
  ClosePanel,
  DeescalatePanel,
  EscalatePanel,
  ReopenPanel,
  ReviewPanel,
  type PanelProps,
} from '../components/risk-change-panels';
import { RiskDetails } from '../components/risk-details';
import { RiskLinkedActions } from '../components/risk-linked-actions';
import { RiskMitigationsTable } from '../components/risk-mitigations-table';
import { RiskScoreHistory } from '../components/risk-score-history';
import { RISK_DETAILS } from '../graphql/risks';

/** What the risk forms pass back on saving, for the risk's page to say so. */
export interface RiskSavedState {
  saved?: 'created' | 'raised';
}

const PANELS = {
  review: ReviewPanel,
  escalate: EscalatePanel,
  deescalate: DeescalatePanel,
  close: ClosePanel,
  reopen: ReopenPanel,
} as const;

type PanelName = keyof typeof PANELS;

/** One risk: what it is, its scores and their history, what it threatens and what helps. */
export default function RiskPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const saved = (useLocation().state as RiskSavedState | null)?.saved ?? null;
  // Which change was saved; its notice is worded in whichever language the page is in.
  const [notice, setNotice] = useState<PanelName | 'created' | 'raised' | null>(saved);
  const [panel, setPanel] = useState<PanelName | null>(null);
  const query = useQuery(RISK_DETAILS, { variables: { id } });
  const risk = query.data?.risk;
  const title = risk
    ? t('risks.risk.title', {
        reference: risk.reference,
        title: localise(risk.title, language)?.text ?? '',
      })
    : t('risks.risk.genericTitle');
  usePageTitle(title);

  function open(name: PanelName) {
    setNotice(null);
    setPanel(name);
  }

  function content() {
    if (!risk) {
      if (query.loading) return <Loading />;
      return <LoadError message={t('risks.risk.notFound')} />;
    }
    const isOpen = risk.state === 'OPEN';
    // Which changes this user may make, and which the risk's standing allows.
    const buttons: { name: PanelName; label: string; shown: boolean; warning?: boolean }[] = [
      { name: 'review', label: t('risks.risk.review'), shown: risk.canUpdate && isOpen },
      {
        name: 'escalate',
        label: t('risks.risk.escalate'),
        shown: risk.canEscalate && isOpen && !risk.escalation,
      },
      {
        name: 'deescalate',
        label: t('risks.risk.deescalate'),
        shown: risk.canEscalate && isOpen && Boolean(risk.escalation),
      },
      {
        name: 'close',
        label: t('risks.risk.close'),
        shown: risk.canUpdate && isOpen,
        warning: true,
      },
      { name: 'reopen', label: t('risks.risk.reopen'), shown: risk.canUpdate && !isOpen },
    ];
    const Panel = panel ? PANELS[panel] : null;
    const panelProps: PanelProps = {
      risk,
      reload: () => query.refetch(),
      onDone: () => {
        setPanel(null);
        setNotice(panel);
      },
      onCancel: () => setPanel(null),
    };
    return (
      <>
        {(risk.canUpdate || risk.canEscalate) && (
          <div className="govuk-button-group">
            {buttons
              .filter((button) => button.shown)
              .map((button) => (
                <button
                  key={button.name}
                  type="button"
                  className={
                    button.warning
                      ? 'govuk-button govuk-button--warning'
                      : 'govuk-button govuk-button--secondary'
                  }
                  aria-expanded={panel === button.name}
                  onClick={() => open(button.name)}
                >
                  {button.label}
                </button>
              ))}
            {risk.canUpdate && (
              <Link
                to={`/risks/${risk.id}/edit`}
                className="govuk-button govuk-button--secondary"
                role="button"
                draggable="false"
              >
                {t('risks.risk.change')}
              </Link>
            )}
          </div>
        )}
        {Panel && <Panel key={panel} {...panelProps} />}
        <RiskDetails risk={risk} />
        <RiskScoreHistory risk={risk} />
        <RiskLinkedActions
          threatened={risk.threatenedActions}
          mitigating={risk.mitigatingActions}
        />
        <RiskMitigationsTable mitigations={risk.mitigations} />
        <SubjectEngagements subjectKind="RISK" subjectId={risk.id} />
      </>
    );
  }

  return (
    <>
      {notice && risk && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">
            {t(`risks.notices.${notice}`, { reference: risk.reference })}
          </p>
        </SuccessNotice>
      )}
      <Link to="/risks" className="govuk-back-link">
        {t('risks.risk.back')}
      </Link>
      <h1 className="govuk-heading-l">
        {risk ? (
          <>
            <span className="govuk-caption-l">
              {t('risks.risk.caption', { reference: risk.reference })}
            </span>
            <LocalisedText value={risk.title} />
          </>
        ) : (
          t('risks.risk.genericTitle')
        )}
      </h1>
      {content()}
    </>
  );
}
