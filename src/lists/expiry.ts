/** Today's date in the user's own time zone, as YYYY-MM-DD (the form list dates are written in). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A list is out of date from the day after its `expires` date; ISO dates compare as text. */
export function isExpired(expires: string | undefined, today: string = localToday()): boolean {
  return expires !== undefined && expires < today;
}
