/** A text cut to at most `max` characters, with "…" where it was cut: a question or note in a change's summary. */
export function shortened(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 3)}…` : trimmed;
}
