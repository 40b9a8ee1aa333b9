/** The next free casus code of the year: C-2026-015 after C-2026-014; numbering restarts each year. */
export function nextCasusCode(codes: readonly string[], today: string): string {
  const year = today.slice(0, 4);
  const numbers = codes.flatMap((code) => {
    const match = /^C-(\d{4})-(\d+)$/.exec(code);
    return match && match[1] === year ? [Number(match[2])] : [];
  });
  return `C-${year}-${String(Math.max(0, ...numbers) + 1).padStart(3, '0')}`;
}
