/** A label around a phone number, split where the number goes: ["Call ", ""] or ["تماس با ", ""]. */
export type AroundNumber = readonly [before: string, after: string];

const marker = '\u0000';

/**
 * Splits a translated label such as "Call {phone}" at the number, so a client component can put
 * a formatted number in its place without a message-formatting library. The number's place differs
 * between languages, so it is found by formatting the label with a marker.
 */
export function splitAroundNumber(label: (phone: string) => string): AroundNumber {
  const parts = label(marker).split(marker);
  if (parts.length !== 2) throw new Error(`a phone label must contain the number exactly once: "${label('{phone}')}"`);
  return [parts[0]!, parts[1]!];
}
