import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { RAG_STATUS_LABELS, RagStatus } from '@cynnydd/shared/domain';

import type { RagStatus as RagStatusValue } from '../../../gql/graphql';
import { bilingualInput, BilingualInput, EMPTY_BILINGUAL } from '../../../ui/bilingual-input';
import { ErrorSummary, type ErrorItem } from '../../../ui/error-summary';
import { labelledOptions } from '../../../ui/labelled-options';
import { Radios } from '../../../ui/radios';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { SUBMIT_STATUS_UPDATE } from '../graphql/actions';

type Field = 'rag' | 'percentComplete' | 'commentary' | 'risks' | 'nextSteps';

interface FieldError {
  message: string;
  /** The id of the control the error summary links to. */
  fieldId: string;
  lang?: 'en';
}

type FieldErrors = Partial<Record<Field, FieldError>>;

/** In the order the form asks for them, most in need of attention first. */
const RAG_OPTIONS: RagStatusValue[] = [
  RagStatus.RED,
  RagStatus.AMBER,
  RagStatus.GREEN,
  RagStatus.NOT_STARTED,
  RagStatus.COMPLETE,
];

const BILINGUAL_FIELDS: Field[] = ['commentary', 'risks', 'nextSteps'];

/**
 * Where the API's `extensions.field` (e.g. "percentComplete", "commentary.cy") belongs in the
 * form, and which control the error summary links to; null for errors about no one field.
 */
function fieldOf(apiField: unknown): { field: Field; fieldId: string } | null {
  if (typeof apiField !== 'string') return null;
  const [name, language] = apiField.replace(/^input\./, '').split('.');
  if (name === 'rag' || name === 'percentComplete') return { field: name, fieldId: name };
  if (BILINGUAL_FIELDS.includes(name as Field)) {
    return { field: name as Field, fieldId: `${name}-${language === 'cy' ? 'cy' : 'en'}` };
  }
  return null;
}

interface Props {
  actionId: string;
  reportingPeriodId: string;
  /** The page's own heading, for the browser title. */
  title: string;
  onSubmitted: () => void;
}

/** A status update for one action in the current reporting period. */
export function StatusUpdateForm({ actionId, reportingPeriodId, title, onSubmitted }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [rag, setRag] = useState<RagStatusValue | null>(null);
  const [percent, setPercent] = useState('');
  const [commentary, setCommentary] = useState(EMPTY_BILINGUAL);
  const [risks, setRisks] = useState(EMPTY_BILINGUAL);
  const [nextSteps, setNextSteps] = useState(EMPTY_BILINGUAL);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<ErrorItem[]>([]);
  const [submit, { loading }] = useMutation(SUBMIT_STATUS_UPDATE, {
    update(cache) {
      // The action's status in the period and the progress figures have changed: fetch them
      // again wherever they are shown next.
      const action = cache.identify({ __typename: 'Action', id: actionId });
      cache.evict({ id: action, fieldName: 'statusInPeriod' });
      cache.evict({ id: action, fieldName: 'currentStatus' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'currentProgressSummary' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'actions' });
      cache.gc();
    },
  });

  const errors: ErrorItem[] = [
    ...(['rag', 'percentComplete', ...BILINGUAL_FIELDS] as Field[]).flatMap((field) => {
      const error = fieldErrors[field];
      return error ? [error] : [];
    }),
    ...otherErrors,
  ];
  usePageTitle(title, errors.length > 0);

  function check(): FieldErrors {
    const problems: FieldErrors = {};
    if (!rag) problems.rag = { message: t('updateForm.ragRequired'), fieldId: 'rag' };
    const value = percent.trim();
    if (!value) {
      problems.percentComplete = {
        message: t('updateForm.percentRequired'),
        fieldId: 'percentComplete',
      };
    } else if (!/^\d{1,3}$/.test(value) || Number(value) > 100) {
      problems.percentComplete = {
        message: t('updateForm.percentInvalid'),
        fieldId: 'percentComplete',
      };
    }
    if (!commentary.en.trim() && !commentary.cy.trim()) {
      problems.commentary = {
        message: t('updateForm.commentaryRequired'),
        fieldId: 'commentary-en',
      };
    }
    return problems;
  }

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    setFieldErrors(problems);
    setOtherErrors([]);
    if (Object.keys(problems).length > 0 || !rag) return;
    try {
      await submit({
        variables: {
          input: {
            actionId,
            reportingPeriodId,
            rag,
            percentComplete: Number(percent.trim()),
            commentary: bilingualInput(commentary),
            risks: bilingualInput(risks),
            nextSteps: bilingualInput(nextSteps),
          },
        },
      });
      onSubmitted();
    } catch (error) {
      if (!CombinedGraphQLErrors.is(error)) {
        setOtherErrors([{ message: t('errors.serviceProblem') }]);
        return;
      }
      // The API words its errors in English; mark them so they are read in an English voice.
      const fromApi: FieldErrors = {};
      const rest: ErrorItem[] = [];
      for (const { message, extensions } of error.errors) {
        const target = fieldOf(extensions?.['field']);
        if (target && !fromApi[target.field]) {
          fromApi[target.field] = { message, fieldId: target.fieldId, lang: 'en' };
        } else {
          rest.push({ message, lang: 'en' });
        }
      }
      setFieldErrors(fromApi);
      setOtherErrors(rest);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void send(event)}>
        <Radios
          name="rag"
          legend={t('updateForm.rag')}
          options={labelledOptions(RAG_OPTIONS, RAG_STATUS_LABELS, language)}
          value={rag}
          error={fieldErrors.rag}
          onChange={setRag}
        />
        <TextField
          id="percentComplete"
          label={t('updateForm.percentComplete')}
          inputMode="numeric"
          spellCheck={false}
          className="govuk-input--width-3"
          value={percent}
          error={fieldErrors.percentComplete}
          onChange={(event) => setPercent(event.target.value)}
        />
        <BilingualInput
          multiline
          id="commentary"
          legend={t('updateForm.commentary')}
          hint={t('updateForm.commentaryHint')}
          value={commentary}
          error={fieldErrors.commentary}
          onChange={setCommentary}
        />
        <BilingualInput
          multiline
          id="risks"
          legend={t('updateForm.risks')}
          hint={t('updateForm.optional')}
          value={risks}
          error={fieldErrors.risks}
          onChange={setRisks}
        />
        <BilingualInput
          multiline
          id="nextSteps"
          legend={t('updateForm.nextSteps')}
          hint={t('updateForm.optional')}
          value={nextSteps}
          error={fieldErrors.nextSteps}
          onChange={setNextSteps}
        />
        <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading}>
          {loading ? t('updateForm.submitting') : t('updateForm.submit')}
        </button>
      </form>
    </>
  );
}
