/** Calendar dates (YYYY-MM-DD) as the organisation's time zone sees them. */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The zone names ICU lists (canonical ones); a formatter also takes their aliases and any case. */
let listedZones: Set<string> | undefined;

export function isTimeZone(name: string): boolean {
  // The first formatter of a process costs tens of ms (ICU loads locale data), which a cold start
  // checking its configured zone pays for nothing: UTC and the listed names are answered without one.
  if (name === 'UTC' || (listedZones ??= new Set(Intl.supportedValuesOf('timeZone'))).has(name)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Formats instants in any zone: each zone's formatter is made once, and its
 * last answer kept for the rest of its second. Offsets are whole seconds, so
 * neither a zone's date nor its HH:MM:SS changes within one. Formatting was
 * a fortieth of the server's CPU for an assistant question and a hundredth
 * for a check-in (--cpu-prof), each asked for many times a second.
 */
function inZone(locale: string, options: Intl.DateTimeFormatOptions): (instant: Date, timeZone: string) => string {
  const formatters = new Map<string, Intl.DateTimeFormat>();
  const lastAnswers = new Map<string, { second: number; text: string }>();
  return (instant, timeZone) => {
    const second = Math.floor(instant.getTime() / 1000);
    const last = lastAnswers.get(timeZone);
    if (last?.second === second) return last.text;
    let formatter = formatters.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      formatters.set(timeZone, formatter);
    }
    const text = formatter.format(instant);
    lastAnswers.set(timeZone, { second, text });
    return text;
  };
}

/** The wall-clock time (HH:MM:SS) at an instant in a time zone. */
export const timeInZone = inZone('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** The date it is at an instant in a time zone (not in the server's zone, not in UTC). */
export const dateInZone = inZone('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The first instant of a date in a time zone. The zone's offset is read at
 * the UTC midnight of the date and applied, then checked once more (a
 * change of offset that day moves it again).
 */
export function startOfDayInZone(date: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  let guess = utcMidnight;
  for (let i = 0; i < 2; i++) guess = utcMidnight - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

const offsetFormat = new Map<string, Intl.DateTimeFormat>();

/** How far ahead of UTC the zone's wall clock is at an instant. */
function offsetMs(instant: Date, timeZone: string): number {
  let format = offsetFormat.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormat.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}
