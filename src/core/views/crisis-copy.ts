/**
 * The words of every member-facing crisis message, per language. Chosen from the language of the
 * person's own message (`Detection.lang`); the crisis line is always the community country's.
 *
 * REVIEW NEEDED: the Spanish, Portuguese, French and German texts below were written by the project,
 * not by native-speaking clinicians. Each must be reviewed by a native-speaking clinician (or a crisis
 * line's trainer) before a community relies on it. The English text needs clinical review too (README).
 *
 * Rules they follow (SAFETY.md): the emergency number first when risk is imminent, one named line with
 * how to reach it, one direct question about safety, a human route, honest that this is a bot and that
 * listeners are peers, no promise the system does not keep, never anything about methods.
 */

/** Where the person can be reached, and whether anyone is with them. */
export type HumanRoute =
  /** Coordinators are being alerted and a crisis request queued: the community is known and has a volunteer channel. */
  | 'asking'
  /** They are in a session: their listener and the coordinators are told. */
  | 'session'
  /** A listener can be asked for with a button (elevated risk). */
  | 'offer'
  /** Peerline is not set up here (as far as memory knows): nothing is claimed beyond the line. */
  | 'none';

export type CrisisLang = 'en' | 'es' | 'pt' | 'fr' | 'de';
export const CRISIS_LANGS: readonly CrisisLang[] = ['en', 'es', 'pt', 'fr', 'de'];

/** The copy language for a detected language code; anything else (or nothing) is English. */
export function crisisLang(code: string | undefined): CrisisLang {
  return (CRISIS_LANGS as readonly string[]).includes(code ?? '') ? (code as CrisisLang) : 'en';
}

export interface CrisisCopy {
  readonly titles: {
    readonly imminent: string;
    readonly high: string;
    readonly elevated: string;
    readonly stillHere: string;
    readonly safe: string;
    readonly unsafe: string;
    readonly unsure: string;
    readonly queued: string;
  };
  /** "call 999"; null = the local emergency number when the country is unknown. */
  dial(number: string | null): string;
  /** How to reach a line by phone, inside the line's sentence. */
  call(number: string): string;
  text(sms: string): string;
  callOrText(number: string): string;
  danger(dial: string): string;
  /** A named line and how to reach it; `always` when it is open around the clock. */
  line(name: string, always: boolean, how: string): string;
  /** A directory (no number to call): where to look. */
  directory(site: string): string;
  readonly ask: string;
  readonly askWithSomeone: string;
  readonly bot: string;
  /** What happens next, said with the first reply. */
  readonly route: Readonly<Record<HumanRoute, string>>;
  /** What is already under way, said in follow-ups. */
  readonly routeStill: Readonly<Record<HumanRoute, string>>;
  readonly raising: Readonly<Record<HumanRoute, string>>;
  readonly painful: string;
  readonly heavy: string;
  readonly stillHere: string;
  readonly safeThanks: string;
  readonly ifChanges: string;
  readonly unsure: string;
  actOn(dial: string): string;
  readonly noAnswer: string;
  readonly toldAgain: string;
  queued(o: { readonly onDuty: number; readonly coordinatorsTold: boolean; readonly raised: boolean }): string;
  readonly buttons: { readonly safe: string; readonly unsafe: string; readonly unsure: string; readonly listener: string; readonly cancel: string };
}

const en: CrisisCopy = {
  titles: {
    imminent: 'Your safety comes first',
    high: "You don't have to face this alone",
    elevated: 'Checking in',
    stillHere: "I'm still here",
    safe: 'Thank you',
    unsafe: 'Thank you for telling me',
    unsure: "That's okay",
    queued: 'A listener has been asked',
  },
  dial: (n) => (n === null ? 'call your local emergency number (often 112)' : `call ${n}`),
  call: (n) => `call ${n}`,
  text: (s) => `text ${s}`,
  callOrText: (n) => `call or text ${n}`,
  danger: (dial) => `If you are in danger now, ${dial}.`,
  line: (name, always, how) => `${name}${always ? ', 24/7' : ''}: ${how}.`,
  directory: (site) => `Find a helpline near you: ${site}.`,
  ask: 'Are you safe right now?',
  askWithSomeone: 'Can you be with someone you trust right now?',
  bot: "I'm Peerline, a bot; listeners here are volunteer peers, not clinicians.",
  route: {
    asking: "I'm telling the coordinators and asking a listener to reach you.",
    session: "I've let your listener and the coordinators know.",
    offer: 'You can talk with a listener: press the button.',
    none: 'A person will answer there.',
  },
  routeStill: {
    asking: 'A listener has been asked to reach you.',
    session: 'Your listener is with you.',
    offer: 'You can talk with a listener: press the button.',
    none: 'A person will answer there.',
  },
  raising: {
    asking: "I'm paging the coordinators again; your listener request has top priority.",
    session: "I'm telling your listener and paging the coordinators again.",
    offer: "I'm paging the coordinators and asking a listener for you, top priority.",
    none: 'Please call them now.',
  },
  painful: 'That sounds really painful.',
  heavy: 'That sounds heavy. Thank you for telling me.',
  stillHere: "I'm still here with you.",
  safeThanks: "Thank you for telling me; I'm glad.",
  ifChanges: 'If that changes:',
  unsure: "That's okay; it can be hard to say.",
  actOn: (dial) => `If you might act on your thoughts, ${dial}.`,
  noAnswer: "I haven't heard back from you, and I'm still here.",
  toldAgain: "I've told the coordinators again.",
  queued: ({ onDuty, coordinatorsTold, raised }) =>
    [
      raised ? 'Your open request now has top priority.' : 'Your request for a listener has top priority.',
      onDuty > 0
        ? `${onDuty} listener${onDuty === 1 ? ' is' : 's are'} on duty right now.`
        : coordinatorsTold
          ? 'No listener is on duty right now; the coordinators have been alerted.'
          : 'No listener is on duty right now; the coordinators are paged if nobody answers soon.',
    ].join(' '),
  buttons: { safe: "I'm safe", unsafe: "I'm not safe", unsure: 'Not sure', listener: 'Talk to a listener', cancel: 'Cancel the request' },
};

// REVIEW NEEDED by a native-speaking clinician (see the file comment).
const es: CrisisCopy = {
  titles: {
    imminent: 'Tu seguridad es lo primero',
    high: 'No tienes que pasar por esto a solas',
    elevated: 'Quería saber cómo estás',
    stillHere: 'Sigo aquí',
    safe: 'Gracias',
    unsafe: 'Gracias por decírmelo',
    unsure: 'Está bien',
    queued: 'Se ha pedido un voluntario',
  },
  dial: (n) => (n === null ? 'llama al número de emergencias local (a menudo 112)' : `llama al ${n}`),
  call: (n) => `llama al ${n}`,
  text: (s) => `envía ${s}`,
  callOrText: (n) => `llama o escribe al ${n}`,
  danger: (dial) => `Si estás en peligro ahora, ${dial}.`,
  line: (name, always, how) => `${name}${always ? ', 24 horas' : ''}: ${how}.`,
  directory: (site) => `Busca una línea de ayuda cerca de ti: ${site}.`,
  ask: '¿Estás a salvo ahora mismo?',
  askWithSomeone: '¿Puedes estar ahora con alguien de confianza?',
  bot: 'Soy Peerline, un bot; quienes escuchan aquí son voluntarios, no profesionales clínicos.',
  route: {
    asking: 'Estoy avisando a los coordinadores y pidiendo a un voluntario que te contacte.',
    session: 'He avisado a tu voluntario y a los coordinadores.',
    offer: 'Puedes hablar con un voluntario: pulsa el botón.',
    none: 'Allí te atenderá una persona.',
  },
  routeStill: {
    asking: 'Se ha pedido a un voluntario que te contacte.',
    session: 'Tu voluntario está contigo.',
    offer: 'Puedes hablar con un voluntario: pulsa el botón.',
    none: 'Allí te atenderá una persona.',
  },
  raising: {
    asking: 'Vuelvo a avisar a los coordinadores y tu solicitud tiene máxima prioridad.',
    session: 'Aviso a tu voluntario y de nuevo a los coordinadores.',
    offer: 'Aviso a los coordinadores y pido un voluntario para ti, con prioridad.',
    none: 'Por favor, llama ahora.',
  },
  painful: 'Lo que cuentas suena muy doloroso.',
  heavy: 'Parece que estás pasando por algo muy duro. Gracias por contármelo.',
  stillHere: 'Sigo aquí contigo.',
  safeThanks: 'Gracias por decírmelo; me alegro.',
  ifChanges: 'Si eso cambia:',
  unsure: 'Está bien; a veces cuesta saberlo.',
  actOn: (dial) => `Si crees que podrías hacerte daño, ${dial}.`,
  noAnswer: 'No he sabido nada de ti y sigo aquí.',
  toldAgain: 'He vuelto a avisar a los coordinadores.',
  queued: ({ onDuty, coordinatorsTold, raised }) =>
    [
      raised ? 'Tu solicitud abierta tiene ahora máxima prioridad.' : 'Tu solicitud tiene máxima prioridad.',
      onDuty > 0
        ? `${onDuty === 1 ? 'Hay 1 voluntario' : `Hay ${onDuty} voluntarios`} de guardia ahora.`
        : coordinatorsTold
          ? 'Ahora no hay ningún voluntario de guardia; se ha avisado a los coordinadores.'
          : 'Ahora no hay ningún voluntario de guardia; se avisa a los coordinadores si nadie responde pronto.',
    ].join(' '),
  buttons: { safe: 'Estoy a salvo', unsafe: 'No estoy a salvo', unsure: 'No lo sé', listener: 'Hablar con un voluntario', cancel: 'Cancelar la solicitud' },
};

// REVIEW NEEDED by a native-speaking clinician (see the file comment).
const pt: CrisisCopy = {
  titles: {
    imminent: 'Sua segurança vem primeiro',
    high: 'Você não precisa passar por isso sozinho',
    elevated: 'Queria saber como você está',
    stillHere: 'Continuo aqui',
    safe: 'Obrigado',
    unsafe: 'Obrigado por me dizer',
    unsure: 'Tudo bem',
    queued: 'Um voluntário foi chamado',
  },
  dial: (n) => (n === null ? 'ligue para a emergência local (geralmente 112)' : `ligue ${n}`),
  call: (n) => `ligue ${n}`,
  text: (s) => `envie ${s}`,
  callOrText: (n) => `ligue ou mande mensagem para ${n}`,
  danger: (dial) => `Se você está em perigo agora, ${dial}.`,
  line: (name, always, how) => `${name}${always ? ', 24 horas' : ''}: ${how}.`,
  directory: (site) => `Encontre uma linha de apoio perto de você: ${site}.`,
  ask: 'Você está em segurança agora?',
  askWithSomeone: 'Você pode ficar agora com alguém de confiança?',
  bot: 'Sou o Peerline, um bot; quem escuta aqui são voluntários, não clínicos.',
  route: {
    asking: 'Estou avisando os coordenadores e pedindo que um voluntário fale com você.',
    session: 'Avisei seu voluntário e os coordenadores.',
    offer: 'Você pode falar com um voluntário: toque no botão.',
    none: 'Lá uma pessoa vai atender você.',
  },
  routeStill: {
    asking: 'Um voluntário foi chamado para falar com você.',
    session: 'Seu voluntário está com você.',
    offer: 'Você pode falar com um voluntário: toque no botão.',
    none: 'Lá uma pessoa vai atender você.',
  },
  raising: {
    asking: 'Estou avisando os coordenadores de novo, e seu pedido tem prioridade máxima.',
    session: 'Estou avisando seu voluntário e, de novo, os coordenadores.',
    offer: 'Aviso os coordenadores e chamo um voluntário para você, com prioridade.',
    none: 'Por favor, ligue agora.',
  },
  painful: 'Isso parece muito doloroso.',
  heavy: 'Parece que as coisas estão pesadas. Obrigado por me contar.',
  stillHere: 'Continuo aqui com você.',
  safeThanks: 'Obrigado por me dizer; fico feliz.',
  ifChanges: 'Se isso mudar:',
  unsure: 'Tudo bem; às vezes é difícil dizer.',
  actOn: (dial) => `Se você acha que pode se machucar, ${dial}.`,
  noAnswer: 'Não tive notícias suas, e continuo aqui.',
  toldAgain: 'Avisei os coordenadores de novo.',
  queued: ({ onDuty, coordinatorsTold, raised }) =>
    [
      raised ? 'Seu pedido aberto agora tem prioridade máxima.' : 'Seu pedido tem prioridade máxima.',
      onDuty > 0
        ? `${onDuty === 1 ? '1 voluntário está' : `${onDuty} voluntários estão`} de plantão agora.`
        : coordinatorsTold
          ? 'Nenhum voluntário está de plantão agora; os coordenadores foram avisados.'
          : 'Nenhum voluntário está de plantão agora; os coordenadores são avisados se ninguém responder logo.',
    ].join(' '),
  buttons: { safe: 'Estou em segurança', unsafe: 'Não estou em segurança', unsure: 'Não sei', listener: 'Falar com um voluntário', cancel: 'Cancelar o pedido' },
};

// REVIEW NEEDED by a native-speaking clinician (see the file comment).
const fr: CrisisCopy = {
  titles: {
    imminent: "Votre sécurité d'abord",
    high: "Vous n'êtes pas seul·e",
    elevated: 'Je prends de vos nouvelles',
    stillHere: 'Je suis toujours là',
    safe: 'Merci',
    unsafe: "Merci de me l'avoir dit",
    unsure: "C'est d'accord",
    queued: 'Un écoutant a été appelé',
  },
  dial: (n) => (n === null ? "appelez votre numéro d'urgence local (souvent le 112)" : `appelez le ${n}`),
  call: (n) => `appelez le ${n}`,
  text: (s) => `envoyez ${s} par SMS`,
  callOrText: (n) => `appelez ou écrivez au ${n}`,
  danger: (dial) => `Si vous êtes en danger maintenant, ${dial}.`,
  line: (name, always, how) => `${name}${always ? ', 24h/24' : ''} : ${how}.`,
  directory: (site) => `Trouvez une ligne d'écoute : ${site}.`,
  ask: 'Êtes-vous en sécurité en ce moment ?',
  askWithSomeone: "Pouvez-vous être avec quelqu'un de confiance maintenant ?",
  bot: 'Je suis Peerline, un bot ; les écoutants sont des pairs bénévoles, pas des soignants.',
  route: {
    asking: 'Je préviens les coordinateurs et je demande à un écoutant de vous contacter.',
    session: "J'ai prévenu votre écoutant et les coordinateurs.",
    offer: 'Un écoutant peut vous parler : appuyez sur le bouton.',
    none: 'Une personne vous y répondra.',
  },
  routeStill: {
    asking: 'Un écoutant a été appelé pour vous contacter.',
    session: 'Votre écoutant est avec vous.',
    offer: 'Un écoutant peut vous parler : appuyez sur le bouton.',
    none: 'Une personne vous y répondra.',
  },
  raising: {
    asking: 'Je préviens à nouveau les coordinateurs, et votre demande est prioritaire.',
    session: 'Je préviens votre écoutant et, à nouveau, les coordinateurs.',
    offer: 'Je préviens les coordinateurs et demande un écoutant pour vous, en priorité.',
    none: "Appelez-les maintenant, s'il vous plaît.",
  },
  painful: 'Cela semble vraiment douloureux.',
  heavy: "Cela semble lourd. Merci de me l'avoir dit.",
  stillHere: 'Je suis toujours là.',
  safeThanks: "Merci de me l'avoir dit ; j'en suis heureux.",
  ifChanges: 'Si cela change :',
  unsure: "C'est d'accord ; c'est difficile à dire.",
  actOn: (dial) => `Si vous risquez de vous faire du mal, ${dial}.`,
  noAnswer: 'Sans nouvelles de vous, je suis toujours là.',
  toldAgain: "J'ai prévenu à nouveau les coordinateurs.",
  queued: ({ onDuty, coordinatorsTold, raised }) =>
    [
      raised ? 'Votre demande ouverte est maintenant prioritaire.' : 'Votre demande est prioritaire.',
      onDuty > 0
        ? `${onDuty === 1 ? '1 écoutant est' : `${onDuty} écoutants sont`} de permanence en ce moment.`
        : coordinatorsTold
          ? "Aucun écoutant n'est de permanence en ce moment ; les coordinateurs ont été prévenus."
          : "Aucun écoutant n'est de permanence en ce moment ; les coordinateurs sont prévenus si personne ne répond vite.",
    ].join(' '),
  buttons: { safe: 'Je suis en sécurité', unsafe: 'Je ne suis pas en sécurité', unsure: 'Je ne sais pas', listener: 'Parler à un écoutant', cancel: 'Annuler la demande' },
};

// REVIEW NEEDED by a native-speaking clinician (see the file comment).
const de: CrisisCopy = {
  titles: {
    imminent: 'Deine Sicherheit zuerst',
    high: 'Du musst das nicht allein durchstehen',
    elevated: 'Wie geht es dir?',
    stillHere: 'Ich bin noch da',
    safe: 'Danke',
    unsafe: 'Danke, dass du es mir sagst',
    unsure: 'Das ist okay',
    queued: 'Jemand wurde gerufen',
  },
  dial: (n) => (n === null ? 'ruf deine örtliche Notrufnummer an (oft 112)' : `ruf ${n} an`),
  call: (n) => `Anruf unter ${n}`,
  text: (s) => `SMS ${s}`,
  callOrText: (n) => `Anruf oder SMS an ${n}`,
  danger: (dial) => `Wenn du jetzt in Gefahr bist, ${dial}.`,
  line: (name, always, how) => `${name}${always ? ', 24/7' : ''}: ${how}.`,
  directory: (site) => `Finde eine Hilfe-Hotline in deiner Nähe: ${site}.`,
  ask: 'Bist du gerade in Sicherheit?',
  askWithSomeone: 'Kann jetzt jemand Vertrautes bei dir sein?',
  bot: 'Ich bin Peerline, ein Bot; Zuhörende hier sind ehrenamtliche Peers, keine Fachleute.',
  route: {
    asking: 'Ich informiere die Koordinierenden und bitte das Zuhör-Team, sich zu melden.',
    session: 'Ich habe deine Begleitung und die Koordinierenden informiert.',
    offer: 'Sprich mit dem Zuhör-Team: drück den Knopf.',
    none: 'Dort hört dir ein Mensch zu.',
  },
  routeStill: {
    asking: 'Das Zuhör-Team wurde gebeten, sich zu melden.',
    session: 'Deine Begleitung ist bei dir.',
    offer: 'Sprich mit dem Zuhör-Team: drück den Knopf.',
    none: 'Dort hört dir ein Mensch zu.',
  },
  raising: {
    asking: 'Ich informiere erneut die Koordinierenden; deine Anfrage hat Vorrang.',
    session: 'Ich informiere deine Begleitung und erneut die Koordinierenden.',
    offer: 'Ich informiere die Koordinierenden und rufe vorrangig jemanden aus dem Zuhör-Team.',
    none: 'Bitte ruf jetzt dort an.',
  },
  painful: 'Das klingt sehr schmerzhaft.',
  heavy: 'Das klingt schwer. Danke, dass du es sagst.',
  stillHere: 'Ich bin noch da.',
  safeThanks: 'Danke, dass du es mir sagst; das freut mich.',
  ifChanges: 'Falls sich das ändert:',
  unsure: 'Das ist okay; es ist schwer zu sagen.',
  actOn: (dial) => `Falls du dir etwas antun könntest, ${dial}.`,
  noAnswer: 'Ich habe nichts gehört und bin noch da.',
  toldAgain: 'Ich habe die Koordinierenden erneut informiert.',
  queued: ({ onDuty, coordinatorsTold, raised }) =>
    [
      raised ? 'Deine offene Anfrage hat jetzt höchste Priorität.' : 'Deine Anfrage hat höchste Priorität.',
      onDuty > 0
        ? `${onDuty === 1 ? '1 Person ist' : `${onDuty} Personen sind`} gerade im Dienst.`
        : coordinatorsTold
          ? 'Gerade ist niemand im Dienst; die Koordinierenden wurden informiert.'
          : 'Gerade ist niemand im Dienst; die Koordinierenden werden informiert, wenn niemand bald antwortet.',
    ].join(' '),
  buttons: { safe: 'Ich bin in Sicherheit', unsafe: 'Ich bin nicht in Sicherheit', unsure: 'Weiß nicht', listener: 'Mit jemandem sprechen', cancel: 'Anfrage abbrechen' },
};

export const CRISIS_COPY: Readonly<Record<CrisisLang, CrisisCopy>> = { en, es, pt, fr, de };
