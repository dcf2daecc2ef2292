import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import {
  PAPER_IMPACT_LABELS,
  PAPER_PURPOSE_LABELS,
  PaperImpact,
  PaperPurpose,
  type BilingualText,
} from '@cynnydd/shared/domain';

import type { CoverSheetFieldsFragment, CoverSheetInput } from '../../../gql/graphql';
import {
  BilingualInput,
  bilingualInput,
  bilingualValue,
  type BilingualValue,
} from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { labelledOptions } from '../../../ui/labelled-options';
import { LocalisedText } from '../../../ui/localised-text';
import { Radios } from '../../../ui/radios';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { ConflictSummary, type ConflictRow } from '../../plans/components/conflict-summary';
import { errorFor, fromApiErrors, type FormError } from '../../plans/components/form-errors';
import { readApiError, type VersionConflict } from '../../plans/graphql/errors';

export const PAPER_PURPOSES = Object.values(PaperPurpose);
export const PAPER_IMPACTS = Object.values(PaperImpact);

const TEXTS = ['agendaItem', 'author', 'executiveSponsor', 'presenter'] as const;
const BILINGUAL = ['meetingName', 'recommendation', 'summary', 'strategicObjectives'] as const;
type TextName = (typeof TEXTS)[number] | 'meetingDate';
type BilingualName = (typeof BILINGUAL)[number];

/** A cover sheet as the form holds it: blank strings for what is not set. */
export type CoverSheetValue = Record<TextName, string> &
  Record<BilingualName, BilingualValue> & {
    purpose: PaperPurpose;
    impacts: Record<PaperImpact, BilingualValue>;
  };

/** The cover sheet's controls' ids, which the error summary links to. */
export const coverFieldId = (name: string, language?: 'en' | 'cy') =>
  language ? `cover-${name}-${language}` : `cover-${name}`;

/** A cover sheet from the API (or from a conflict's `current`) as form values. */
export function coverSheetValue(sheet: CoverSheetFieldsFragment): CoverSheetValue {
  const impacts = Object.fromEntries(
    PAPER_IMPACTS.map((impact) => [
      impact,
      bilingualValue(sheet.impacts.find((one) => one.impact === impact)?.text ?? {}),
    ]),
  ) as Record<PaperImpact, BilingualValue>;
  return {
    meetingName: bilingualValue(sheet.meetingName),
    meetingDate: sheet.meetingDate ?? '',
    agendaItem: sheet.agendaItem ?? '',
    author: sheet.author ?? '',
    executiveSponsor: sheet.executiveSponsor ?? '',
    presenter: sheet.presenter ?? '',
    purpose: sheet.purpose as PaperPurpose,
    recommendation: bilingualValue(sheet.recommendation),
    summary: bilingualValue(sheet.summary),
    strategicObjectives: bilingualValue(sheet.strategicObjectives),
    impacts,
  };
}

/** The whole cover sheet as the API takes it: blanks as null, all eight impacts in order. */
export function coverSheetInput(value: CoverSheetValue): CoverSheetInput {
  const text = (name: TextName) => value[name].trim() || null;
  return {
    meetingName: bilingualInput(value.meetingName),
    meetingDate: text('meetingDate'),
    agendaItem: text('agendaItem'),
    author: text('author'),
    executiveSponsor: text('executiveSponsor'),
    presenter: text('presenter'),
    purpose: value.purpose,
    recommendation: bilingualInput(value.recommendation),
    summary: bilingualInput(value.summary),
    strategicObjectives: bilingualInput(value.strategicObjectives),
    impacts: PAPER_IMPACTS.map((impact) => ({
      impact,
      text: bilingualInput(value.impacts[impact]),
    })),
  };
}

/**
 * The control an API error's path is about ("coverSheet.meetingName.cy",
 * "coverSheet.impacts.2.text.en" — impacts are sent in PAPER_IMPACTS' order), or null.
 */
export function coverSheetFieldFor(path: string): string | null {
  const parts = path.split('.');
  if (parts[0] !== 'coverSheet') return null;
  const [, name, third, , fifth] = parts;
  const language = (part?: string) => (part === 'cy' ? 'cy' : 'en');
  if (name === 'impacts') {
    const impact = PAPER_IMPACTS[Number(third)];
    return impact ? coverFieldId(`impact-${impact}`, language(fifth)) : coverFieldId('impacts');
  }
  if ((BILINGUAL as readonly string[]).includes(name)) return coverFieldId(name, language(third));
  if (name === 'purpose') return coverFieldId('purpose');
  if ((TEXTS as readonly string[]).includes(name) || name === 'meetingDate') {
    return coverFieldId(name);
  }
  return null;
}

/**
 * Every field of a cover sheet: the meeting, who wrote, sponsors and presents the paper, its
 * purpose, what the board is asked to do, the situation, the strategic objectives and the eight
 * impact statements. Used for a draft report's cover sheet and for the defaults.
 */
export function CoverSheetFields({
  value,
  errors,
  onChange,
}: {
  value: CoverSheetValue;
  errors: FormError[];
  onChange: (value: CoverSheetValue) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = <K extends keyof CoverSheetValue>(name: K, next: CoverSheetValue[K]) =>
    onChange({ ...value, [name]: next });
  const bilingual = (name: BilingualName, multiline: boolean) => (
    <BilingualInput
      id={coverFieldId(name)}
      legend={t(`reports.coverSheet.fields.${name}`)}
      hint={t(`reports.coverSheet.hints.${name}`)}
      value={value[name]}
      multiline={multiline}
      error={errorFor(errors, coverFieldId(name, 'en'), coverFieldId(name, 'cy'))}
      onChange={(next) => set(name, next)}
    />
  );
  const text = (name: TextName, extra?: { hint?: string; className?: string }) => (
    <TextField
      id={coverFieldId(name)}
      label={t(`reports.coverSheet.fields.${name}`)}
      hint={extra?.hint}
      className={extra?.className}
      value={value[name]}
      error={errorFor(errors, coverFieldId(name))}
      onChange={(event) => set(name, event.target.value)}
    />
  );
  return (
    <>
      {bilingual('meetingName', false)}
      {text('meetingDate', {
        hint: t('reports.coverSheet.hints.meetingDate'),
        className: 'govuk-input--width-10',
      })}
      {text('agendaItem', { className: 'govuk-input--width-5' })}
      {text('author', { hint: t('reports.coverSheet.hints.person') })}
      {text('executiveSponsor', { hint: t('reports.coverSheet.hints.person') })}
      {text('presenter')}
      <Radios
        name={coverFieldId('purpose')}
        legend={t('reports.coverSheet.fields.purpose')}
        options={labelledOptions(PAPER_PURPOSES, PAPER_PURPOSE_LABELS, language)}
        value={value.purpose}
        error={errorFor(errors, coverFieldId('purpose'))}
        onChange={(next) => set('purpose', next)}
      />
      {bilingual('recommendation', true)}
      {bilingual('summary', true)}
      {bilingual('strategicObjectives', true)}
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h3 className="govuk-fieldset__heading">{t('reports.coverSheet.fields.impacts')}</h3>
        </legend>
        <p className="govuk-hint">{t('reports.coverSheet.hints.impacts')}</p>
        {PAPER_IMPACTS.map((impact) => {
          const id = coverFieldId(`impact-${impact}`);
          return (
            <BilingualInput
              key={impact}
              id={id}
              legend={PAPER_IMPACT_LABELS[impact][language]}
              value={value.impacts[impact]}
              multiline
              error={errorFor(errors, `${id}-en`, `${id}-cy`)}
              onChange={(next) => set('impacts', { ...value.impacts, [impact]: next })}
            />
          );
        })}
      </fieldset>
    </>
  );
}

/** A cover sheet as read: each field with its label; "Not given" for what is blank. */
export function CoverSheetSummary({ sheet }: { sheet: CoverSheetFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = <span className="app-fallback-marker">{t('reports.coverSheet.notGiven')}</span>;
  const bilingual = (text: BilingualText) =>
    text.en?.trim() || text.cy?.trim() ? <LocalisedText value={text} /> : none;
  const rows: [string, ReactNode][] = [
    [t('reports.coverSheet.fields.meetingName'), bilingual(sheet.meetingName)],
    [t('reports.coverSheet.fields.meetingDate'), sheet.meetingDate ?? none],
    [t('reports.coverSheet.fields.agendaItem'), sheet.agendaItem ?? none],
    [t('reports.coverSheet.fields.author'), sheet.author ?? none],
    [t('reports.coverSheet.fields.executiveSponsor'), sheet.executiveSponsor ?? none],
    [t('reports.coverSheet.fields.presenter'), sheet.presenter ?? none],
    [
      t('reports.coverSheet.fields.purpose'),
      PAPER_PURPOSE_LABELS[sheet.purpose as PaperPurpose][language],
    ],
    [t('reports.coverSheet.fields.recommendation'), bilingual(sheet.recommendation)],
    [t('reports.coverSheet.fields.summary'), bilingual(sheet.summary)],
    [t('reports.coverSheet.fields.strategicObjectives'), bilingual(sheet.strategicObjectives)],
    ...sheet.impacts.map(({ impact, text }): [string, ReactNode] => [
      PAPER_IMPACT_LABELS[impact as PaperImpact][language],
      bilingual(text),
    ]),
  ];
  return (
    <dl className="govuk-summary-list" data-testid="cover-sheet">
      {rows.map(([label, content]) => (
        <div key={label} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{label}</dt>
          <dd className="govuk-summary-list__value app-preserve-lines">{content}</dd>
        </div>
      ))}
    </dl>
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The differences between what was loaded and what another person saved, for the conflict. */
function conflictRows(
  loaded: CoverSheetValue,
  theirs: CoverSheetValue,
  yours: CoverSheetValue,
  label: (name: string, language?: 'en' | 'cy') => string,
  interfaceLanguage: 'en' | 'cy',
): ConflictRow[] {
  const rows: ConflictRow[] = [];
  for (const name of [...TEXTS, 'meetingDate'] as const) {
    if (theirs[name] !== loaded[name]) {
      rows.push({ label: label(name), theirs: theirs[name], yours: yours[name] });
    }
  }
  if (theirs.purpose !== loaded.purpose) {
    const purpose = (value: PaperPurpose) => PAPER_PURPOSE_LABELS[value][interfaceLanguage];
    rows.push({
      label: label('purpose'),
      theirs: purpose(theirs.purpose),
      yours: purpose(yours.purpose),
    });
  }
  for (const name of BILINGUAL) {
    for (const language of ['en', 'cy'] as const) {
      if (theirs[name][language].trim() !== loaded[name][language].trim()) {
        rows.push({
          label: label(name, language),
          theirs: theirs[name][language],
          yours: yours[name][language],
        });
      }
    }
  }
  return rows;
}

/** What a form saving a cover sheet needs from its page: how to send it and what the API sent. */
export interface CoverSheetSave {
  /** Sends the form against `expectedVersion`; rejects with the API's error. */
  send: (value: CoverSheetValue, expectedVersion: number) => Promise<unknown>;
  /** Maps API error paths outside the cover sheet (e.g. "classification.cy") to controls. */
  otherFieldFor?: (path: string) => string | null;
  onSaved: () => void;
}

/**
 * The state and saving of a version-checked cover sheet form: values, field errors from the API
 * (linked in the error summary) and, when someone else saved first, the conflict with their
 * values beside this user's, to choose between. Shared by the report's cover sheet and the
 * board paper settings.
 */
export function useCoverSheetForm(
  sheet: CoverSheetFieldsFragment,
  version: number,
  { send, otherFieldFor, onSaved }: CoverSheetSave,
) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [loaded, setLoaded] = useState(() => ({ value: coverSheetValue(sheet), version }));
  const [value, setValue] = useState(loaded.value);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [conflict, setConflict] = useState<VersionConflict | null>(null);
  const [busy, setBusy] = useState(false);

  const theirs = (details: VersionConflict): CoverSheetValue => {
    const current = details.current['coverSheet'];
    return isRecord(current)
      ? coverSheetValue(current as unknown as CoverSheetFieldsFragment)
      : loaded.value;
  };

  async function save(expectedVersion = loaded.version): Promise<boolean> {
    setBusy(true);
    try {
      await send(value, expectedVersion);
      setErrors([]);
      setConflict(null);
      onSaved();
      return true;
    } catch (failure) {
      const problem = readApiError(failure);
      setConflict(problem.kind === 'conflict' ? problem.conflict : null);
      if (problem.kind === 'refused') {
        setErrors(
          fromApiErrors(
            problem.errors,
            (path) => coverSheetFieldFor(path) ?? otherFieldFor?.(path) ?? null,
          ),
        );
      } else if (problem.kind === 'unexpected') {
        setErrors([{ message: t('errors.serviceProblem') }]);
      } else setErrors([]);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const label = (name: string, language?: 'en' | 'cy') =>
    language
      ? `${t(`reports.coverSheet.fields.${name as BilingualName}`)} (${t(`form.inLanguage.${language}`)})`
      : t(`reports.coverSheet.fields.${name as TextName}`);

  /** The conflict (when there is one) and the error summary, to show above the form. */
  const problems = (
    <>
      {conflict && (
        <ConflictSummary
          rows={conflictRows(loaded.value, theirs(conflict), value, label, language)}
          busy={busy}
          onUseTheirs={() => {
            const next = { value: theirs(conflict), version: conflict.currentVersion };
            setLoaded(next);
            setValue(next.value);
            setConflict(null);
          }}
          onKeepMine={() => void save(conflict.currentVersion)}
        />
      )}
      <ErrorSummary errors={errors} />
    </>
  );

  return {
    value,
    setValue,
    errors,
    busy,
    save,
    problems,
    hasProblems: errors.length > 0 || conflict !== null,
  };
}
