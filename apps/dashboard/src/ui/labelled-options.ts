import { localise, type BilingualText, type Label, type Language } from '@cynnydd/shared/domain';

/** Choices for radios or checkboxes from a list of values and their bilingual labels. */
export function labelledOptions<T extends string>(
  values: readonly T[],
  labels: { readonly [K in T]: Label },
  language: Language,
): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value][language] }));
}

/** The strategic areas as choices: "4. Seamless workforce models". */
export function areaOptions(
  areas: readonly { id: string; number: number; title: BilingualText }[],
  language: Language,
): { value: string; label: string }[] {
  return areas.map((area) => ({
    value: area.id,
    label: `${area.number}. ${localise(area.title, language)?.text ?? ''}`,
  }));
}
