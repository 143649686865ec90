/** Checks: what a schema of ours says about input it refuses, and a few notices to coordinators: Portuguese (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { checksEn } from './en.js';

export const checksPt: AreaTranslation<typeof checksEn> = {
  'checks.rota.start': 'escreva o horário de início como HH:MM, no formato 24 horas (ex.: 18:00)',
  'checks.rota.end': 'escreva o horário de fim como HH:MM, no formato 24 horas (ex.: 18:00)',
  'checks.rota.wanted': 'escreva o número de voluntários necessários como um número inteiro',
  'checks.rota.wanted.min': 'pelo menos 1 voluntário',
  'checks.rota.wanted.max': 'no máximo {max, plural, one {# voluntário} other {# voluntários}}',
  'checks.rota.days': 'escreva os dias como mon-fri, ou mon,wed,fri (nomes em inglês de três letras)',
  'checks.rota.date': 'escreva a data como AAAA-MM-DD (YYYY-MM-DD)',
  'checks.rota.short': 'um turno dura pelo menos 15 minutos (um fim antes do início passa da meia-noite)',
  'checks.rota.slot': 'escreva o horário pelo número dele (a escala mostra os números)',
  'checks.rota.cap.min': 'pelo menos 1 turno por semana',
  'checks.rota.cap.max': 'no máximo {max, plural, one {# turno} other {# turnos}} por semana',
  'checks.weeks.max': 'no máximo {max, plural, one {# semana} other {# semanas}}',
  'checks.undelivered.rotaReminder': 'Não foi possível enviar um lembrete de turno a um voluntário.',
  'checks.undelivered.rotaOnDuty': 'Um voluntário entrou de plantão pelo seu turno, mas não foi possível avisá-lo.',
  'checks.undelivered.mentorPrompt': 'Não foi possível enviar um lembrete de mentoria a {role, select, mentee {um mentorado} other {um mentor}}.',

  'checks.mentoring.rhythm': 'o ritmo é semanal (weekly), quinzenal (fortnightly) ou a cada quatro semanas (four-weekly)',
  'checks.mentoring.weeks.min': 'pelo menos 1 semana',
  'checks.mentoring.capacity.min': 'pelo menos 1 mentorado',
  'checks.mentoring.capacity.max': 'no máximo {max, plural, one {# mentorado} other {# mentorados}}',

  'checks.tool.itemIds': 'os ids dos itens precisam ser diferentes',
  'checks.tool.bands': 'em thresholds faltam faixas para: {steps}',
  'checks.notes.max': 'notas: até {max} caracteres',
  'checks.profile.name.max': 'Seu nome de exibição pode ter até {max, plural, one {# caractere} other {# caracteres}}.',
  'checks.profile.tags.max': 'Até {max, plural, one {# etiqueta} other {# etiquetas}}.',
  'checks.date.format': 'use uma data como 2027-03-31',
  'checks.date.real': 'não é uma data real',
  'checks.tags': 'etiquetas são palavras, números, espaços, - e _',

  'checks.stats.title': 'Últimos {days, plural, one {# dia} other {# dias}}',
  'checks.stats.text': 'Só contagens: sem nomes, sem notas. {method}',
  'checks.stats.requests': 'Pedidos',
  'checks.stats.waiting': 'Esperando agora',
  'checks.stats.median': 'Espera, mediana',
  'checks.stats.p90': 'Espera, percentil 90',
  'checks.stats.crisis': 'Eventos de crise',
  'checks.stats.unread': 'Mensagens que o bot não conseguiu ler',
  'checks.stats.byTopic': 'Por tema',
  'checks.stats.none': 'nenhum',
  'checks.stats.over': 'mais de {wait}',
};
