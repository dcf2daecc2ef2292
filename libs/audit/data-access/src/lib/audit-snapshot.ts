import type { FieldChange } from './audit-entry.entity';

/** Fields every entity has that say nothing about the change itself. */
const IGNORED = new Set(['createdAt', 'updatedAt', 'version']);

function display(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * Flattens an entity (or any plain record) to `field → text`: nested objects such as bilingual
 * texts become `title.en` and `title.cy`; loaded relations and bookkeeping columns are left out.
 */
export function snapshot(
  record: object | null | undefined,
  prefix = '',
): Map<string, string | null> {
  const flat = new Map<string, string | null>();
  if (!record) return flat;
  for (const [key, value] of Object.entries(record)) {
    if (IGNORED.has(key)) continue;
    const field = prefix + key;
    const isPlainObject =
      value !== null &&
      typeof value === 'object' &&
      !(value instanceof Date) &&
      !Array.isArray(value);
    if (isPlainObject && 'id' in value) continue; // a loaded relation, audited on its own
    if (isPlainObject) {
      for (const [nested, text] of snapshot(value, `${field}.`)) flat.set(nested, text);
    } else {
      flat.set(field, display(value));
    }
  }
  return flat;
}

/** The fields whose values differ between two snapshots, in a stable order. */
export function diff(before: object | null, after: object | null): FieldChange[] {
  const old = snapshot(before);
  const now = snapshot(after);
  const fields = [...new Set([...old.keys(), ...now.keys()])].sort();
  return fields
    .map((field) => ({ field, before: old.get(field) ?? null, after: now.get(field) ?? null }))
    .filter((change) => change.before !== change.after);
}
