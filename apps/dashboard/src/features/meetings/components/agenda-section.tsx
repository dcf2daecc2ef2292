import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { localise, type BilingualText } from '@cynnydd/shared/domain';

import {
  bilingualFieldId,
  BilingualInput,
  bilingualInput,
  bilingualValue,
  EMPTY_BILINGUAL,
} from '../../../ui/bilingual-input';
import { CheckboxGroup } from '../../../ui/checkbox-group';
import { ErrorSummary } from '../../../ui/error-summary';
import { FormPanel } from '../../../ui/form-panel';
import { LocalisedText } from '../../../ui/localised-text';
import { SelectField } from '../../../ui/select-field';
import { useLanguage } from '../../../ui/use-language';
import { errorFor } from '../../plans/components/form-errors';
import { audienceLabel } from '../../reports/components/report-labels';
import {
  ADD_AGENDA_ITEM,
  ISSUED_REPORTS,
  MOVE_AGENDA_ITEM,
  REMOVE_AGENDA_ITEM,
  UPDATE_AGENDA_ITEM,
  UPDATE_AGENDA_ITEM_MINUTES,
} from '../graphql/meetings';
import { useMeetingChange } from '../hooks/use-meeting-change';
import type { MeetingDetails } from './meeting-summary';

type AgendaItem = MeetingDetails['agenda'][number];
/** Actions and risks have a title, measures a name. */
type Named = { title: BilingualText } | { name: BilingualText };

/** "Oversight board, 2026-27 Q2 (edition 2)": an issued report as an agenda names its paper. */
function useReportName() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (report: NonNullable<AgendaItem['report']>) =>
    t('reports.name', {
      audience: audienceLabel(report.audience, language),
      period: report.reportingPeriod.label,
    });
}

/** An item's actions, measures and risks, each group with the links to their pages. */
function linkGroups(item: AgendaItem) {
  const link =
    (path: string) =>
    ({ id, reference, ...named }: { id: string; reference: string } & Named) => ({
      id,
      to: `/${path}/${id}`,
      reference,
      text: 'title' in named ? named.title : named.name,
    });
  return [
    { key: 'actions', links: item.actions.map(link('actions')) },
    { key: 'measures', links: item.measures.map(link('measures')) },
    { key: 'risks', links: item.risks.map(link('risks')) },
  ] as const;
}

/** What an item is about: its paper, then the actions, measures and risks it takes. */
function ItemLinks({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const reportName = useReportName();
  const groups = linkGroups(item);
  return (
    <>
      {item.report && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/reports/${item.report.id}`}>
            {t('meetings.agenda.report', { name: reportName(item.report) })}
          </Link>
        </p>
      )}
      {groups
        .filter((group) => group.links.length > 0)
        .map((group) => (
          <p key={group.key} className="govuk-body">
            {t(`meetings.agenda.${group.key}`)}:{' '}
            {group.links.map((link, index) => (
              <span key={link.id}>
                {index > 0 && ', '}
                <Link className="govuk-link" to={link.to}>
                  {link.reference} <LocalisedText value={link.text} />
                </Link>
              </span>
            ))}
          </p>
        ))}
    </>
  );
}

/** Writing (or rewriting) one item's minutes, in both languages. */
function MinutesPanel({
  item,
  reload,
  onDone,
}: {
  item: AgendaItem;
  reload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(bilingualValue(item.minutes ?? {}));
  const change = useMeetingChange(reload, bilingualFieldId('minutes'));
  const [save] = useMutation(UPDATE_AGENDA_ITEM_MINUTES);
  return (
    <FormPanel
      id={`minutes-${item.id}`}
      heading={t('meetings.agenda.writeMinutes', { position: item.position })}
      errors={change.errors}
      save={() =>
        change.run(() =>
          save({
            variables: {
              input: {
                id: item.id,
                expectedVersion: item.version,
                minutes: bilingualInput(minutes),
              },
            },
          }),
        )
      }
      onDone={onDone}
    >
      <BilingualInput
        id="minutes"
        legend={t('meetings.agenda.minutes')}
        value={minutes}
        multiline
        error={errorFor(change.errors, 'minutes-en', 'minutes-cy')}
        onChange={setMinutes}
      />
      <button type="submit" className="govuk-button" disabled={change.busy}>
        {t('meetings.agenda.saveMinutes')}
      </button>
    </FormPanel>
  );
}

/**
 * Adding an item at the end of the agenda, or changing one: its title, the issued report it
 * tables, who presents it and (for an existing item) which of its links to keep.
 */
function ItemPanel({
  meeting,
  item,
  reload,
  onDone,
}: {
  meeting: MeetingDetails;
  item?: AgendaItem;
  reload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reportName = useReportName();
  const reports = useQuery(ISSUED_REPORTS);
  const links = item ? linkGroups(item).flatMap((group) => group.links) : [];
  const [title, setTitle] = useState(item ? bilingualValue(item.title) : EMPTY_BILINGUAL);
  const [reportId, setReportId] = useState(item?.report?.id ?? '');
  const [presenterId, setPresenterId] = useState(item?.presenter?.id ?? '');
  const [kept, setKept] = useState(links.map((link) => link.id));
  const change = useMeetingChange(reload, (path) => {
    if (path === 'reportId') return 'agenda-report';
    if (path === 'presenterId') return 'agenda-presenter';
    return bilingualFieldId('title')(path);
  });
  const [add] = useMutation(ADD_AGENDA_ITEM);
  const [update] = useMutation(UPDATE_AGENDA_ITEM);
  const issued = (reports.data?.reports ?? []).filter((report) => report.state === 'ISSUED');
  // The forum's members, and whoever presents the item now even if not one of them.
  const people = [
    ...(item?.presenter ? [item.presenter] : []),
    ...meeting.forum.members
      .filter((member) => !member.leftOn && member.person.id !== item?.presenter?.id)
      .map((member) => member.person),
  ];
  const keptOf = (linked: { id: string }[]) =>
    linked.filter((link) => kept.includes(link.id)).map((link) => link.id);
  const fields = {
    title: bilingualInput(title),
    reportId: reportId || null,
    presenterId: presenterId || null,
  };
  const save = () =>
    item
      ? update({
          variables: {
            input: {
              id: item.id,
              expectedVersion: item.version,
              ...fields,
              actionIds: keptOf(item.actions),
              measureIds: keptOf(item.measures),
              riskIds: keptOf(item.risks),
            },
          },
        })
      : add({
          variables: {
            input: { meetingId: meeting.id, expectedVersion: meeting.version, ...fields },
          },
        });
  return (
    <FormPanel
      id={item ? `change-item-${item.id}` : 'add-agenda-item'}
      heading={
        item
          ? t('meetings.agenda.changeTitle', { position: item.position })
          : t('meetings.agenda.addTitle')
      }
      errors={change.errors}
      save={() => change.run(save)}
      onDone={onDone}
    >
      <BilingualInput
        id="title"
        legend={t('meetings.agenda.itemTitle')}
        value={title}
        error={errorFor(change.errors, 'title-en', 'title-cy')}
        onChange={setTitle}
      />
      <SelectField
        id="agenda-report"
        label={t('meetings.agenda.paper')}
        value={reportId}
        error={errorFor(change.errors, 'agenda-report')}
        onChange={(event) => setReportId(event.target.value)}
      >
        <option value="">{t('meetings.agenda.noPaper')}</option>
        {issued.map((report) => (
          <option key={report.id} value={report.id}>
            {reportName(report)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="agenda-presenter"
        label={t('meetings.agenda.presenter')}
        value={presenterId}
        error={errorFor(change.errors, 'agenda-presenter')}
        onChange={(event) => setPresenterId(event.target.value)}
      >
        <option value="">{t('meetings.agenda.noPresenter')}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </SelectField>
      {links.length > 0 && (
        <CheckboxGroup
          name="agenda-links"
          legend={t('meetings.agenda.links')}
          hint={t('meetings.agenda.linksHint')}
          options={links.map((link) => ({
            value: link.id,
            label: `${link.reference} ${localise(link.text, language)?.text ?? ''}`,
          }))}
          selected={kept}
          onChange={setKept}
        />
      )}
      <button type="submit" className="govuk-button" disabled={change.busy}>
        {item
          ? t('meetings.agenda.changeSubmit', { position: item.position })
          : t('meetings.agenda.addSubmit')}
      </button>
    </FormPanel>
  );
}

/** The agenda in order, each item's papers and links, and its minutes once they may be read. */
export function AgendaSection({
  meeting,
  reload,
  onSaved,
}: {
  meeting: MeetingDetails;
  reload: () => Promise<unknown>;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [panel, setPanel] = useState<string | null>(null);
  const itemChange = useMeetingChange(reload);
  const [removeItem] = useMutation(REMOVE_AGENDA_ITEM);
  const [moveItem] = useMutation(MOVE_AGENDA_ITEM);
  const editable = meeting.canManage && (meeting.state === 'SCHEDULED' || meeting.state === 'HELD');
  const minuting = meeting.canManage && meeting.state === 'HELD';
  const done = () => {
    setPanel(null);
    onSaved();
  };
  return (
    <section aria-labelledby="agenda-heading">
      <h2 className="govuk-heading-m" id="agenda-heading">
        {t('meetings.agenda.title')}
      </h2>
      <ErrorSummary errors={itemChange.errors} />
      {meeting.agenda.length === 0 && <p className="govuk-body">{t('meetings.agenda.none')}</p>}
      <ol className="govuk-list app-agenda">
        {meeting.agenda.map((item) => (
          <li key={item.id} className="app-agenda__item">
            <h3 className="govuk-heading-s">
              {t('meetings.agenda.item', { position: item.position })}:{' '}
              {localise(item.title, language)?.text}
            </h3>
            {item.presenter && <p className="govuk-body-s">{item.presenter.name}</p>}
            <ItemLinks item={item} />
            {meeting.minutesVisible && (
              <div className="govuk-inset-text">
                <h4 className="govuk-heading-s">{t('meetings.agenda.minutes')}</h4>
                {item.minutes && (item.minutes.en || item.minutes.cy) ? (
                  <p className="govuk-body app-preserve-lines">
                    <LocalisedText value={item.minutes} />
                  </p>
                ) : (
                  <p className="govuk-body">{t('meetings.agenda.noMinutes')}</p>
                )}
              </div>
            )}
            <div className="govuk-button-group">
              {minuting && (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  aria-expanded={panel === item.id}
                  onClick={() => setPanel(item.id)}
                >
                  {t('meetings.agenda.writeMinutes', { position: item.position })}
                </button>
              )}
              {editable && (
                <>
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary"
                    aria-expanded={panel === `change-${item.id}`}
                    onClick={() => setPanel(`change-${item.id}`)}
                  >
                    {t('meetings.agenda.change', { position: item.position })}
                  </button>
                  {[
                    { key: 'moveUp' as const, to: item.position - 1, shown: item.position > 1 },
                    {
                      key: 'moveDown' as const,
                      to: item.position + 1,
                      shown: item.position < meeting.agenda.length,
                    },
                  ]
                    .filter((move) => move.shown)
                    .map((move) => (
                      <button
                        key={move.key}
                        type="button"
                        className="govuk-button govuk-button--secondary"
                        disabled={itemChange.busy}
                        onClick={() =>
                          void itemChange
                            .run(() =>
                              moveItem({
                                variables: {
                                  input: {
                                    id: item.id,
                                    expectedVersion: item.version,
                                    position: move.to,
                                  },
                                },
                              }),
                            )
                            .then((saved) => saved && onSaved())
                        }
                      >
                        {t(`meetings.agenda.${move.key}`, { position: item.position })}
                      </button>
                    ))}
                  <button
                    type="button"
                    className="govuk-button govuk-button--warning"
                    disabled={itemChange.busy}
                    onClick={() =>
                      void itemChange
                        .run(() =>
                          removeItem({
                            variables: { input: { id: item.id, expectedVersion: item.version } },
                          }),
                        )
                        .then((saved) => saved && onSaved())
                    }
                  >
                    {t('meetings.agenda.remove', { position: item.position })}
                  </button>
                </>
              )}
            </div>
            {panel === item.id && <MinutesPanel item={item} reload={reload} onDone={done} />}
            {panel === `change-${item.id}` && (
              <ItemPanel meeting={meeting} item={item} reload={reload} onDone={done} />
            )}
          </li>
        ))}
      </ol>
      {editable && panel !== 'add' && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-expanded={false}
          onClick={() => setPanel('add')}
        >
          {t('meetings.agenda.add')}
        </button>
      )}
      {panel === 'add' && <ItemPanel meeting={meeting} reload={reload} onDone={done} />}
    </section>
  );
}
