/** Checks: what a schema of ours says about input it refuses, and a few notices to coordinators: Spanish (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { checksEn } from './en.js';

export const checksEs: AreaTranslation<typeof checksEn> = {
  'checks.rota.start': 'escribe la hora de inicio como HH:MM, en formato de 24 horas (p. ej., 18:00)',
  'checks.rota.end': 'escribe la hora de fin como HH:MM, en formato de 24 horas (p. ej., 18:00)',
  'checks.rota.wanted': 'escribe el número de voluntarios necesarios como un número entero',
  'checks.rota.wanted.min': 'al menos 1 voluntario',
  'checks.rota.wanted.max': 'como máximo {max, plural, one {# voluntario} other {# voluntarios}}',
  'checks.rota.days': 'escribe los días como mon-fri, o mon,wed,fri (nombres en inglés de tres letras)',
  'checks.rota.date': 'escribe la fecha como AAAA-MM-DD (YYYY-MM-DD)',
  'checks.rota.short': 'un turno dura al menos 15 minutos (un fin anterior al inicio pasa de la medianoche)',
  'checks.rota.slot': 'escribe la franja con su número (aparece en el calendario de turnos)',
  'checks.rota.cap.min': 'al menos 1 turno por semana',
  'checks.rota.cap.max': 'como máximo {max, plural, one {# turno} other {# turnos}} por semana',
  'checks.weeks.max': 'como máximo {max, plural, one {# semana} other {# semanas}}',
  'checks.undelivered.rotaReminder': 'No se pudo enviar a un voluntario un recordatorio de turno.',
  'checks.undelivered.rotaOnDuty': 'Un voluntario ha pasado a estar de guardia por su turno, pero no se le ha podido avisar.',
  'checks.undelivered.mentorPrompt': 'No se pudo enviar un recordatorio de mentoría a {role, select, mentee {una persona mentorizada} other {un mentor}}.',

  'checks.mentoring.rhythm': 'el ritmo es semanal (weekly), quincenal (fortnightly) o cada cuatro semanas (four-weekly)',
  'checks.mentoring.weeks.min': 'al menos 1 semana',
  'checks.mentoring.capacity.min': 'al menos 1 persona mentorizada',
  'checks.mentoring.capacity.max': 'como máximo {max, plural, one {# persona mentorizada} other {# personas mentorizadas}}',

  'checks.tool.itemIds': 'los ids de los elementos deben ser distintos',
  'checks.tool.bands': 'en thresholds faltan tramos para: {steps}',
  'checks.notes.max': 'notas: hasta {max} caracteres',
  'checks.profile.name.max': 'Tu nombre visible puede tener hasta {max, plural, one {# carácter} other {# caracteres}}.',
  'checks.profile.tags.max': 'Hasta {max, plural, one {# etiqueta} other {# etiquetas}}.',
  'checks.date.format': 'usa una fecha como 2027-03-31',
  'checks.date.real': 'no es una fecha real',
  'checks.tags': 'las etiquetas son palabras, números, espacios, - y _',

  'checks.stats.title': 'Últimos {days, plural, one {# día} other {# días}}',
  'checks.stats.text': 'Solo recuentos: sin nombres ni notas. {method}',
  'checks.stats.requests': 'Solicitudes',
  'checks.stats.waiting': 'En espera ahora',
  'checks.stats.median': 'Espera, mediana',
  'checks.stats.p90': 'Espera, percentil 90',
  'checks.stats.crisis': 'Situaciones de crisis',
  'checks.stats.unread': 'Mensajes que el bot no pudo leer',
  'checks.stats.byTopic': 'Por tema',
  'checks.stats.none': 'ninguno',
  'checks.stats.over': 'más de {wait}',
};
