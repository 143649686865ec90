/** A duration in the reader's words ("under a minute", "6 min", "2 h 5 min", "1 d 3 h"), from the catalogue. */
import { type Msg, t } from '../../i18n/index.js';

export function durationText(ms: number): Msg {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return t('duration.underMinute');
  if (minutes < 60) return t('duration.minutes', { m: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? t('duration.hours', { h: hours }) : t('duration.hoursMinutes', { h: hours, m: minutes % 60 });
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? t('duration.days', { d: days }) : t('duration.daysHours', { d: days, h: hours % 24 });
}
