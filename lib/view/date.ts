/**
 * Dates in British English, without Intl: the first `Intl.DateTimeFormat` a page creates costs it
 * the locale loading that lib/view/number.ts explains. Local time, as the reader's clock shows it.
 */
/** The months in English, January first. */
export const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const twoDigits = (n: number) => String(n).padStart(2, "0");

/** "3 September 2026"; an invalid date reads "unknown". */
export function formatLongDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "unknown";
  return `${date.getDate()} ${monthNames[date.getMonth()] ?? ""} ${date.getFullYear()}`;
}

/** "3 Sep 2026, 09:05"; an invalid date reads "unknown". */
export function formatDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return "unknown";
  const month = (monthNames[date.getMonth()] ?? "").slice(0, 3);
  const time = `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  return `${date.getDate()} ${month} ${date.getFullYear()}, ${time}`;
}
