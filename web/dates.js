// Dates and months shown the French way: "7 oct. 2019", "Octobre 2019", "il y a 3 heures".
// Months are "YYYY-MM" strings, as the API speaks them.

const DAY = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric' });
const DAY_TIME = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
});
// Spelled out rather than asked of Intl: the post's titles use these exact capitalised names, whatever the
// browser's locale data says.
const MONTH_NAMES = ['Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre',
  'Novembre', 'Décembre'];
const RELATIVE = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' });

function parse(iso) {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "7 oct. 2019"; "" for a missing date. */
export function formatDate(iso) {
  const date = parse(iso);
  return date ? DAY.format(date) : '';
}

/** "7 oct. 2019, 10:00". */
export function formatDateTime(iso) {
  const date = parse(iso);
  return date ? DAY_TIME.format(date) : '';
}

/** "il y a 3 heures", "dans 12 minutes", relative to now. */
export function formatRelative(iso, now = Date.now()) {
  const date = parse(iso);
  if (!date) return '';
  const seconds = Math.round((date.getTime() - now) / 1000);
  const units = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return RELATIVE.format(Math.round(seconds / size), unit);
  }
  return RELATIVE.format(seconds, 'second');
}

/** The month of a date in local time, "2019-10". */
export function monthOf(date = new Date()) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

export function currentMonth() {
  return monthOf(new Date());
}

export function isMonth(text) {
  return typeof text === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** "2019-10" + 1 → "2019-11"; -1 gives the month before. */
export function addMonths(month, delta) {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** "2019-10" → "Octobre 2019". */
export function monthLabel(month) {
  if (!isMonth(month)) return month ?? '';
  const [year, number] = month.split('-').map(Number);
  return `${MONTH_NAMES[number - 1]} ${year}`;
}

/** The last day of a month, "2019-10" → "2019-10-31" (the post's default date). */
export function lastDayOf(month) {
  const [year, number] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** The title of a month's post: "Web, Ops & Data - Octobre 2019". */
export function postTitle(month) {
  return `Web, Ops & Data - ${monthLabel(month)}`;
}
