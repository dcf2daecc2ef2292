import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { FORUM_KIND_LABELS, ForumKind, localise, Permission } from '@cynnydd/shared/domain';

import type { ForumsAdminQuery, ForumKind as KindValue } from '../../../gql/graphql';
import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { formatDate } from '../../../i18n/format';
import {
  bilingualFieldId,
  BilingualInput,
  bilingualInput,
  bilingualValue,
  EMPTY_BILINGUAL,
} from '../../../ui/bilingual-input';
import { CheckboxGroup } from '../../../ui/checkbox-group';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ErrorSummary } from '../../../ui/error-summary';
import { FocusPanel } from '../../../ui/focus-panel';
import { labelledOptions } from '../../../ui/labelled-options';
import { Loading } from '../../../ui/loading';
import { Radios } from '../../../ui/radios';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { SelectField } from '../../../ui/select-field';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { errorFor } from '../../plans/components/form-errors';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import {
  ADD_FORUM_MEMBER,
  CREATE_FORUM,
  END_FORUM_MEMBERSHIP,
  FORUMS_ADMIN,
  UPDATE_FORUM,
  UPDATE_FORUM_MEMBER,
} from '../graphql/meetings';
import { useMeetingChange } from '../hooks/use-meeting-change';
import { MEETINGS_TRANSLATIONS } from '../i18n/translations';

type Data = ForumsAdminQuery;
type Forum = Data['forums'][number];

const KINDS = Object.values(ForumKind) as KindValue[];

/** Adding a forum, or changing one: its kind, name, terms of reference and whether it still meets. */
function ForumPanel({
  forum,
  reload,
  onDone,
}: {
  forum?: Forum;
  reload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Ids of their own, so a forum's panel and the new forum's can be open together.
  const prefix = forum ? `forum-${forum.id}-` : '';
  const [kind, setKind] = useState<KindValue | null>(forum?.kind ?? null);
  const [name, setName] = useState(forum ? bilingualValue(forum.name) : EMPTY_BILINGUAL);
  const [purpose, setPurpose] = useState(forum ? bilingualValue(forum.purpose) : EMPTY_BILINGUAL);
  const [active, setActive] = useState(forum?.active ?? true);
  const change = useMeetingChange(
    reload,
    (path) =>
      (path === 'kind' ? `${prefix}kind` : null) ??
      bilingualFieldId(['name', 'purpose'], prefix)(path),
  );
  const [create] = useMutation(CREATE_FORUM);
  const [update] = useMutation(UPDATE_FORUM);
  const save = (chosen: KindValue) => {
    const fields = { kind: chosen, name: bilingualInput(name), purpose: bilingualInput(purpose) };
    return forum
      ? update({
          variables: {
            input: { id: forum.id, expectedVersion: forum.version, ...fields, active },
          },
        })
      : create({ variables: { input: fields } });
  };
  const heading = forum
    ? t('meetings.forums.changeForum', { forum: localise(forum.name, language)?.text })
    : t('meetings.forums.add');
  return (
    <FocusPanel
      id={`${prefix}forum-panel`}
      heading={heading}
      level={forum ? 3 : 2}
      size={forum ? 's' : 'm'}
    >
      <ErrorSummary errors={change.errors} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!kind) {
            change.setErrors([
              { fieldId: `${prefix}kind`, message: t('meetings.forums.kindRequired') },
            ]);
            return;
          }
          void change.run(() => save(kind)).then((saved) => saved && onDone());
        }}
      >
        <Radios
          name={`${prefix}kind`}
          legend={t('meetings.forums.kind')}
          options={labelledOptions(KINDS, FORUM_KIND_LABELS, language)}
          value={kind}
          error={errorFor(change.errors, `${prefix}kind`)}
          onChange={setKind}
        />
        <BilingualInput
          id={`${prefix}name`}
          legend={t('meetings.forums.name')}
          value={name}
          error={errorFor(change.errors, `${prefix}name-en`, `${prefix}name-cy`)}
          onChange={setName}
        />
        <BilingualInput
          id={`${prefix}purpose`}
          legend={t('meetings.forums.purpose')}
          value={purpose}
          multiline
          error={errorFor(change.errors, `${prefix}purpose-en`, `${prefix}purpose-cy`)}
          onChange={setPurpose}
        />
        {forum && (
          <CheckboxGroup
            name={`${prefix}active`}
            legend={t('meetings.forums.activeLegend')}
            options={[{ value: 'active', label: t('meetings.forums.active') }]}
            selected={active ? ['active'] : []}
            onChange={(selected) => setActive(selected.includes('active'))}
          />
        )}
        <button type="submit" className="govuk-button" disabled={change.busy}>
          {forum ? t('meetings.forums.changeSubmit') : t('meetings.forums.addSubmit')}
        </button>
      </form>
    </FocusPanel>
  );
}

function AddMemberPanel({
  forum,
  data,
  reload,
  onDone,
}: {
  forum: Forum;
  data: Data;
  reload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [personId, setPersonId] = useState('');
  const [representingId, setRepresentingId] = useState('');
  const [chair, setChair] = useState(false);
  const ids = { personId: `person-${forum.id}`, representingId: `representing-${forum.id}` };
  const change = useMeetingChange(reload, (path) =>
    path === 'personId' || path === 'representingId' ? ids[path] : null,
  );
  const [add] = useMutation(ADD_FORUM_MEMBER);
  const seated = new Set(forum.members.filter((m) => !m.leftOn).map((m) => m.person.id));
  return (
    <FocusPanel
      id={`add-member-${forum.id}`}
      heading={t('meetings.forums.addMemberTo', { forum: localise(forum.name, language)?.text })}
      level={3}
      size="s"
    >
      <ErrorSummary errors={change.errors} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!personId) {
            change.setErrors([
              { fieldId: ids.personId, message: t('meetings.forums.personRequired') },
            ]);
            return;
          }
          void change
            .run(() =>
              add({
                variables: {
                  input: {
                    forumId: forum.id,
                    personId,
                    representingId: representingId || null,
                    isChair: chair,
                  },
                },
              }),
            )
            .then((saved) => saved && onDone());
        }}
      >
        <SelectField
          id={ids.personId}
          label={t('meetings.forums.person')}
          value={personId}
          error={errorFor(change.errors, ids.personId)}
          onChange={(event) => setPersonId(event.target.value)}
        >
          <option value="">{t('meetings.forums.choosePerson')}</option>
          {data.people
            .filter((person) => !seated.has(person.id))
            .map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
        </SelectField>
        <SelectField
          id={ids.representingId}
          label={t('meetings.forums.representing')}
          value={representingId}
          error={errorFor(change.errors, ids.representingId)}
          onChange={(event) => setRepresentingId(event.target.value)}
        >
          <option value="">{t('meetings.forums.ownOrganisation')}</option>
          {data.organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {localise(organisation.name, language)?.text}
            </option>
          ))}
        </SelectField>
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input
                id={`chair-${forum.id}`}
                type="checkbox"
                className="govuk-checkboxes__input"
                checked={chair}
                onChange={(event) => setChair(event.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`chair-${forum.id}`}>
                {t('meetings.forums.isChair')}
              </label>
            </div>
          </div>
        </div>
        <button type="submit" className="govuk-button" disabled={change.busy}>
          {t('meetings.forums.addMemberSubmit')}
        </button>
      </form>
    </FocusPanel>
  );
}

function ForumSection({
  forum,
  data,
  canManage,
  reload,
  onSaved,
}: {
  forum: Forum;
  data: Data;
  canManage: boolean;
  reload: () => Promise<unknown>;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [panel, setPanel] = useState<'member' | 'forum' | null>(null);
  const seat = useMeetingChange(reload);
  const [endMembership] = useMutation(END_FORUM_MEMBERSHIP);
  const [updateMember] = useMutation(UPDATE_FORUM_MEMBER);
  const closed = () => {
    setPanel(null);
    onSaved();
  };
  /** A change to one seat, against its version. */
  const changeSeat = (change: () => Promise<unknown>) =>
    void seat.run(change).then((saved) => saved && onSaved());
  const name = localise(forum.name, language)?.text ?? '';
  const current = forum.members.filter((member) => !member.leftOn);
  return (
    <section aria-labelledby={`forum-${forum.id}`}>
      <h2 className="govuk-heading-m" id={`forum-${forum.id}`}>
        {name}{' '}
        <span className="govuk-caption-m">
          {FORUM_KIND_LABELS[ForumKind[forum.kind]][language]}
        </span>
      </h2>
      {(forum.purpose.en || forum.purpose.cy) && (
        <p className="govuk-body">{localise(forum.purpose, language)?.text}</p>
      )}
      <ErrorSummary errors={seat.errors} />
      <ScrollableTable caption={t('meetings.forums.membersOf', { forum: name })}>
        <ColumnHeaders
          columns={[
            { label: t('meetings.forums.person') },
            { label: t('meetings.forums.representing') },
            { label: t('meetings.forums.since') },
            ...(canManage ? [{ label: t('meetings.forums.change') }] : []),
          ]}
        />
        <tbody className="govuk-table__body">
          {current.map((member) => (
            <tr key={member.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {member.person.name}
                {member.isChair && (
                  <strong className="govuk-tag govuk-tag--blue govuk-!-margin-left-2">
                    {t('meetings.meeting.chair')}
                  </strong>
                )}
              </th>
              <td className="govuk-table__cell">
                {localise(member.representing.name, language)?.text}
              </td>
              <td className="govuk-table__cell">{formatDate(member.joinedOn, language)}</td>
              {canManage && (
                <td className="govuk-table__cell">
                  <div className="govuk-button-group govuk-!-margin-bottom-0">
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      disabled={seat.busy}
                      onClick={() =>
                        changeSeat(() =>
                          updateMember({
                            variables: {
                              input: {
                                id: member.id,
                                expectedVersion: member.version,
                                isChair: !member.isChair,
                              },
                            },
                          }),
                        )
                      }
                    >
                      {t(member.isChair ? 'meetings.forums.unchair' : 'meetings.forums.makeChair', {
                        name: member.person.name,
                      })}
                    </button>
                    <button
                      type="button"
                      className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                      disabled={seat.busy}
                      onClick={() =>
                        changeSeat(() =>
                          endMembership({
                            variables: {
                              input: { id: member.id, expectedVersion: member.version },
                            },
                          }),
                        )
                      }
                    >
                      {t('meetings.forums.endMembership', { name: member.person.name })}
                    </button>
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      {canManage && panel === null && (
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            aria-expanded={false}
            onClick={() => setPanel('member')}
          >
            {t('meetings.forums.addMember')}
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            aria-expanded={false}
            onClick={() => setPanel('forum')}
          >
            {t('meetings.forums.changeForum', { forum: name })}
          </button>
        </div>
      )}
      {panel === 'member' && (
        <AddMemberPanel forum={forum} data={data} reload={reload} onDone={closed} />
      )}
      {panel === 'forum' && <ForumPanel forum={forum} reload={reload} onDone={closed} />}
    </section>
  );
}

/**
 * The forums and who sits on them for whom: the programme office adds forums, seats members
 * (joint chairs allowed) and ends seats; everyone else reads.
 */
export default function ForumsPage() {
  useFeatureTranslations(MEETINGS_TRANSLATIONS);
  const { t } = useTranslation();
  usePageTitle(t('meetings.forums.title'));
  const canManage = usePermission(Permission.MANAGE_MEETINGS).allowed;
  const query = useQuery(FORUMS_ADMIN);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(0);
  const reload = () => query.refetch();

  function content() {
    if (query.error) return <LoadError message={t('meetings.list.loadError')} />;
    if (!query.data) return <Loading />;
    const data = query.data;
    return data.forums.map((forum) => (
      <ForumSection
        key={forum.id}
        forum={forum}
        data={data}
        canManage={canManage}
        reload={reload}
        onSaved={() => setSaved((count) => count + 1)}
      />
    ));
  }

  return (
    <>
      {saved > 0 && (
        <SuccessNotice key={saved}>
          <p className="govuk-notification-banner__heading">{t('meetings.notices.saved')}</p>
        </SuccessNotice>
      )}
      <Link to="/meetings" className="govuk-back-link">
        {t('meetings.meeting.back')}
      </Link>
      <h1 className="govuk-heading-l">{t('meetings.forums.title')}</h1>
      {canManage && !adding && (
        <button type="button" className="govuk-button" onClick={() => setAdding(true)}>
          {t('meetings.forums.add')}
        </button>
      )}
      {adding && (
        <ForumPanel
          reload={reload}
          onDone={() => {
            setAdding(false);
            setSaved((count) => count + 1);
          }}
        />
      )}
      {content()}
    </>
  );
}
