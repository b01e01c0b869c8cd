const pad = (n: number) => String(n).padStart(2, '0');

/** `jaga-netral-history-20240614-0930.csv`: stamped in local time, to the minute, so exports sort by when they were made. */
export function exportFileName(now: number, extension: 'csv' | 'json'): string {
  const d = new Date(now);
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
  return `jaga-netral-history-${stamp}.${extension}`;
}
