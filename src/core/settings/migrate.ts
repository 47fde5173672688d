/**
 * Brings a settings document saved by an older release up to the current version. Version 1 is
 * the first; a document without `version` is taken as version 1 (hand-written settings files).
 * A future version adds one step here per version, so old workbooks keep opening.
 */
export function migrateSettings(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const doc = { ...(input as Record<string, unknown>) };
  if (doc.version === undefined) doc.version = 1;
  return doc;
}
