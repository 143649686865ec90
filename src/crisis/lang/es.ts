/**
 * The Spanish rule pack: the same kinds as the English one (see `RuleKind`), written for how people
 * write in Spanish chat, with its own hard negatives ("me muero de risa", "me quiero morir de la
 * vergüenza", "este trabajo me está matando", a friend's or a character's words, news, games, helplines).
 * Spanish drops the subject, so first-person phrases are written with first-person verbs ("quiero
 * morir", "me voy a matar"); third-person forms ("quiere morir", "se suicidó") simply do not match.
 *
 * NEEDS REVIEW BY NATIVE-SPEAKING CLINICIANS before real use: written by the project, not by
 * Spanish-speaking clinicians (README, "Languages").
 */
import type { Rule, RulePack } from '../types.js';

/** Wanting or deciding to (not predicting): "quiero", "voy a", "he decidido". */
const WANT = '[quiero|quisiera|necesito|voy a|pienso|tengo que|he decidido|decidi|estoy lista para|estoy listo para|tengo ganas de|me gustaria]';
/** Wanting to die; not predicting it ("me voy a morir sola") nor remembering it ("ese día me quería morir"). */
const WANT_DIE = '[quiero|quisiera|necesito|tengo ganas de|deseo|he decidido|decidi|estoy lista para|estoy listo para|lo unico que quiero es|que ganas de|tengo tantas ganas de]';
const MEANS = '[pastillas|pastis|pildoras|medicamentos|medicinas|medicacion|farmacos|somniferos|ansioliticos|antidepresivos|tranquilizantes|paracetamol|ibuprofeno|insulina|lejia|veneno|matarratas|cuerda|soga|pistola|arma|escopeta|cuchilla|cuchillas|navaja|cuchillo|hoja de afeitar|cuter]';
const TAKEN = '[me tome|me he tomado|tome|me trague|trague|me he tragado|acabo de tomar|acabo de tomarme|ya me tome]';

const RULES: readonly Rule[] = [
  // ── attempt in progress ──────────────────────────────────────────────────────────────────────
  {
    id: 'es.attempt.overdose-taken',
    kind: 'attempt',
    phrases: [`${TAKEN} [todas las|todos los|toda la|todo el|un puñado de|un monton de|muchas|muchos|demasiadas|demasiados|la caja entera de|una caja entera de|el bote entero de|el bote de|el frasco de|una caja de|un blister de|veinte|treinta]`, 'me he pasado con las pastillas', 'me sobredosifique', 'tengo una sobredosis'],
    firstPerson: true,
    negatable: true,
    requires: ['means'],
  },
  { id: 'es.act.took-means', kind: 'taken', phrases: [`${TAKEN} [las|mis|unas]`], firstPerson: true, negatable: true, requires: ['means'] },
  { id: 'es.attempt.cut', kind: 'attempt', phrases: ['[me corte|me he cortado|me abri|me raje] las venas', 'me estoy desangrando', 'no [para|deja] de sangrar', 'corte demasiado profundo'], negatable: true },
  { id: 'es.attempt.in-progress', kind: 'attempt', phrases: ['ya es tarde', 'ya [hacen|estan haciendo|empiezan a hacer] efecto', 'ya me las [tome|he tomado]', 'tengo la soga en el cuello', 'ya salte'], requires: ['means'] },
  // ── explicit intent ───────────────────────────────────────────────────────────────────────────
  {
    id: 'es.intent.kill-self',
    kind: 'intent',
    phrases: ['me [quiero|voy a|tengo que|pienso] [matar|suicidar]', `${WANT} [matarme|suicidarme|ahorcarme|colgarme|envenenarme|pegarme un tiro|tirarme a las vias|tirarme del puente|tirarme de un puente]`, 'me suicido', 'me voy a ahorcar', 'intente [suicidarme|matarme]', 'he intentado [suicidarme|matarme]', 'matarme [hoy|esta noche|ya]', 'suicidarme', '[a nada de|momento de|querer|quererme] [matarme|suicidarme]', '[sigo|estoy|ando] [queriendome|queriéndome] [matar|suicidar|morir]', 'llego el momento de [matarme|suicidarme]', 'ganas es de [matarme|suicidarme]', 'me [quiero|voy a] [pegar un tiro|ahorcar|colgar|tirar de un puente|tirar a las vias|envenenar]'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['de risa', 'de la risa', 'de hambre', 'de la vergüenza', 'de vergüenza', 'a estudiar', 'estudiando', 'a trabajar', 'trabajando', 'en el gym', 'en el gimnasio', 'a correr', 'si', 'por un', 'por una', 'jugando', 'con el', 'con la'],
  },
  {
    id: 'es.intent.end-life',
    kind: 'intent',
    phrases: [`${WANT} [quitarme la vida|acabar con mi vida|terminar con mi vida|acabar con todo|terminar con todo|poner fin a mi vida|poner fin a todo|dejar de vivir]`, 'me voy a quitar la vida', '[acabar|terminar] con mi vida', 'me quiero quitar la vida', 'voy a acabar con todo', 'acabar con todo esta noche', 'quitarme la vida'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['el', 'la', 'los', 'las', 'lo', 'esto', 'eso', 'este', 'ese', 'tu', 'su', 'sus', 'mis', 'mi'],
  },
  {
    id: 'es.intent.want-die',
    kind: 'intent',
    phrases: [`${WANT_DIE} [morir|morirme|estar muerta|estar muerto]`, 'me quiero morir', 'me voy a morir [hoy|esta noche]', 'mas que nunca quiero [morir|morirme]', 'ganas de [morir|morirme]', 'ganas es de [morir|morirme]'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['de risa', 'de la risa', 'de hambre', 'de vergüenza', 'de la vergüenza', 'de sueño', 'de calor', 'de frío', 'de aburrimiento', 'de amor', 'de ganas', 'de envidia', 'de viejo', 'de vieja', 'de asco', 'del asco', 'de miedo', 'del susto', 'de pena', 'de la pena', 'de cansancio', 'de ternura', 'de emoción', 'de la emoción', 'si', 'cuando', 'en paz', 'con', 'por', 'ya que'],
  },
  {
    id: 'es.ideation.suicidal',
    kind: 'ideation',
    phrases: ['pensamientos suicidas', 'ideas suicidas', 'ideacion suicida', '[me siento|estoy|ando|me noto] suicida', 'ganas de suicidarme', 'ganas de matarme', '[pienso|pensando|he pensado|pense|sigo pensando|no dejo de pensar] en [el suicidio|suicidarme|matarme|quitarme la vida|acabar con todo|acabar con mi vida|morirme]', 'intento de suicidio', 'mi plan de suicidio', '[mood|modo] suicida'],
    firstPerson: true,
    negatable: true,
  },
  // ── method seeking ────────────────────────────────────────────────────────────────────────────
  {
    id: 'es.method.lethal-dose',
    kind: 'method',
    phrases: ['dosis [letal|mortal]', 'cantidad [letal|mortal]', '[cuantas|cuantos] [pastillas|pildoras|somniferos|paracetamoles|ibuprofenos] [para|hacen falta para|necesito para|tengo que tomar para|hay que tomar para] [morir|matarme|una sobredosis|no despertar]', 'cuanto [paracetamol|ibuprofeno|insulina] [para|hace falta para|necesito para] [morir|matarme|una sobredosis]'],
  },
  { id: 'es.method.lethal-means', kind: 'method', phrases: ['[es|son|seria|serian] [letal|letales|mortal|mortales]', 'suficiente para [morir|matarme|no despertar]', 'suficientes para [morir|matarme|no despertar]'], requires: ['means'] },
  {
    id: 'es.method.how-to',
    kind: 'method',
    phrases: ['como [suicidarme|matarme|quitarme la vida|ahorcarme|colgarme|morir sin dolor]', '[forma|manera] [mas rapida|indolora|facil|mas facil|sin dolor] de [morir|matarme|suicidarme]', 'como hacer [un nudo de horca|una soga para]', 'puente mas alto [cerca|de la ciudad]', 'desde que altura [hay que|tengo que] saltar'],
  },
  // ── recent self-harm ──────────────────────────────────────────────────────────────────────────
  {
    id: 'es.self-harm.recent',
    kind: 'self-harm',
    phrases: ['me [corte|he cortado|volvi a cortar|estoy cortando|corto] [otra vez|de nuevo|los brazos|el brazo|las piernas|la pierna|las muñecas|la muñeca|a proposito]', 'volvi a cortarme', 'me autolesione', 'me autolesiono', 'me estoy autolesionando', 'autolesionarme', 'me hago daño [a proposito|a mi misma|a mi mismo]', 'me hice daño [a proposito|a mi misma|a mi mismo]', 'recai en las autolesiones', 'cortes nuevos', 'me queme a proposito', '[ganas de|quiero|necesito|me encanta] [hacerme daño|lastimarme|cortarme|autolesionarme]', 'hacerme daño a mi [misma|mismo]'],
    firstPerson: true,
    negatable: true,
  },
  { id: 'es.command.voices', kind: 'command', phrases: ['[las voces|una voz|la voz] me [dicen|dice|piden|pide|ordenan|ordena] que me [mate|haga daño|corte|tire|muera|suicide]', 'oigo voces que me dicen que me [mate|haga daño|corte|tire]'] },
  // ── passive ideation, hopelessness, burden, entrapment ────────────────────────────────────────
  {
    id: 'es.passive.wish-gone',
    kind: 'passive',
    phrases: ['ojala [estuviera|estuviese] [muerta|muerto]', 'ojala no hubiera nacido', 'ojala no [despertar|despierte|despertara] [mañana|nunca|mas|]', 'ojala [desaparecer|desapareciera|morirme|me muera|me muriera]', 'quiero desaparecer', 'no quiero [vivir|seguir viviendo|existir|despertar]', 'no quiero estar aqui [nunca mas|mas]', 'ya no quiero [vivir|seguir viviendo|estar aqui]', 'quiero dejar de existir', '[ganas de|ganas d|solo quiero] dejar [de|d] existir', 'no deberia [de|] existir', 'no [puedo|quiero] [ni quiero|ni puedo|] [continuar|seguir] [con esto|asi|con mi vida|viviendo]', 'me bajo de la vida', 'no quiero vivir mas en esta vida', '[si|no se si] vale la pena vivir', '[cansada|cansado|harta|harto] de vivir', 'odio estar [viva|vivo]', '[estaria|estaré] mejor [muerta|muerto]', 'mejor [muerta|muerto]', 'quiero dormir para siempre', 'dormir y no despertar', 'solo quiero que todo [se acabe|termine|pare]', 'quiero que todo [se acabe|termine|pare]', 'la vida no vale la pena', 'no vale la pena vivir', 'no tiene sentido vivir', 'no le veo sentido a [la vida|vivir|nada]', 'no tengo [razones|motivos] para vivir', 'nada por lo que vivir', 'para que seguir viviendo', 'no puedo seguir asi', 'no veo salida', 'no hay salida', 'me rindo con la vida', '[dormir y|deseo|quiero] [no despertar|nunca mas despertar|ya no despertar|no despertar nunca mas|no volver a despertar]', 'no despertar nunca mas', 'no quiero volver a despertar', 'vida [ya|] no tiene [ningun|] sentido', 'no le [encuentro|veo] [el|] sentido a [la vida|vivir|nada]', 'odio mi vida', 'desaparecer es lo unico que quiero', 'dormir y [despertar nunca mas|nunca mas despertar|no despertar mas]', 'vale la pena [seguir viviendo|seguir vivo|seguir viva]', 'no vale la pena seguir', 'quiero no [existir|estar aqui|vivir]', 'no quiero ni existir', 'lo unico que quiero es [desaparecer|no existir]', 'mas que nunca quiero desaparecer', 'quiero [como|solo] desaparecer'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['en', 'con', 'sin', 'para', 'hasta', 'a nadie', 'por un', 'por unos', 'por hoy', 'unos dias', 'un rato', 'un tiempo', 'hoy', 'mañana', 'de este sueño', 'asi de', 'mas con', 'mas en', 'mas que', 'paranoico', 'si', 'jaja', 'jajaja', 'jajajaja', 'jsjs', 'xd'],
    // Wanting to vanish from embarrassment is a figure of speech ("qué vergüenza, quiero desaparecer").
    vetoInSentence: ['verguenza', 'que oso', 'q oso'],
  },
  {
    id: 'es.passive.burden',
    kind: 'passive',
    phrases: ['soy una carga', 'solo soy una carga', '[nadie|ninguno] me [echaria|echara] de menos', 'nadie me extrañaria', 'nadie [notaria|se daria cuenta] si [me muriera|desapareciera|no estuviera]', '[estarian|estariais|estarias|estaran] mejor sin mi', 'el mundo [estaria|seria] mejor sin mi', 'a nadie le importaria si [me muero|me muriera|desaparezco|desapareciera]'],
    negatable: true,
  },
  {
    id: 'es.passive.hopeless-trapped',
    kind: 'passive',
    phrases: ['me siento atrapada', 'me siento atrapado', 'estoy atrapada', 'estoy atrapado', 'no tengo esperanza', 'sin esperanza', 'sin ganas de vivir', 'he perdido [la esperanza|toda esperanza]', 'perdi [la esperanza|toda esperanza]', 'nada va a mejorar', 'nunca va a mejorar', 'esto nunca mejorara', 'no tengo futuro', 'no hay futuro para mi'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['en el', 'en la', 'en un', 'en una', 'en casa', 'en el trafico', 'de ganar', 'de aprobar', 'con', 'entre'],
  },
  // Second round (issue 12): the same classes as the English second round, in Spanish.
  { id: 'es.passive.wish-dead', kind: 'passive', phrases: ['ojala me hubiera muerto', 'ojala [hubiera|hubiese] muerto [en ese accidente|ahi|]', 'ojala no me hubiera despertado', 'morir [suena|suena a|seria|parece] [bien|un alivio|un descanso]', 'la muerte [seria|es] un alivio', 'solo espero [la muerte|morirme]', 'esperando la muerte'], firstPerson: true, negatable: true },
  { id: 'es.passive.why-live', kind: 'passive', phrases: ['para que seguir [viviendo|vivo|viva|aqui]', 'por que seguir viviendo', 'para que sigo [viviendo|vivo|viva|aqui]', 'ya no vale la pena [nada|vivir|seguir]', 'vivir no vale la pena', 'no tiene sentido seguir [viviendo|vivo|viva]'], firstPerson: true, negatable: true },
  { id: 'es.passive.cant-hold-on', kind: 'passive', phrases: ['no se cuanto [mas|tiempo mas] [voy a aguantar|aguanto|puedo aguantar]', 'no voy a aguantar mucho mas', 'no aguanto ni un dia mas', 'ya no me quedan fuerzas', 'no me quedan fuerzas para seguir', 'no me quedan opciones', 'me quede sin opciones'], firstPerson: true, negatable: true },
  { id: 'es.passive.death-thoughts', kind: 'passive', phrases: ['pienso en la muerte [todo el tiempo|todos los dias|a todas horas|cada dia]', 'pienso mucho en la muerte', 'no dejo de pensar en la muerte', 'pienso en morirme [todo el tiempo|todos los dias|cada dia]'], firstPerson: true, negatable: true },
  { id: 'es.ideation.considering', kind: 'ideation', phrases: ['[considero|he considerado|estoy considerando|contemplo] el suicidio', 'el suicidio es [mi|la] [unica|mejor] [opcion|salida]', 'fantaseo con [suicidarme|matarme|el suicidio|morirme]'], firstPerson: true, negatable: true },
  { id: 'es.intent.method-self', kind: 'intent', phrases: ['[volarme|pegarme un tiro en] la cabeza', 'me [voy a volar|quiero volar] la cabeza', '[quiero|voy a|pienso] tirarme [a las vias|delante de un tren|delante de un coche|delante de un auto|bajo un tren|por la ventana|de un edificio]', 'planee mi suicidio', 'estoy planeando mi [suicidio|muerte]'], firstPerson: true, negatable: true },
  { id: 'es.method.ways', kind: 'method', phrases: ['[forma|manera] [mas facil|mas rapida|indolora|sin dolor|menos dolorosa] de [morir|suicidarse|matarse]', 'muerte [indolora|sin dolor|rapida y sin dolor]', 'como [suicidarse|matarse] sin dolor'], negatable: true },
  { id: 'es.passive.something-stupid', kind: 'passive', phrases: ['[antes de|miedo de|tengo miedo de] hacer una locura', 'voy a hacer una locura', 'tengo miedo de hacerme algo', 'antes de que me haga algo'], firstPerson: true, negatable: true, vetoAfter: ['con', 'en', 'por', 'jaja', 'jajaja', 'jajajaja'] },
  // ── context signals ───────────────────────────────────────────────────────────────────────────
  {
    id: 'es.act.do-it',
    kind: 'act',
    phrases: ['voy a hacerlo', 'lo voy a hacer', 'lo hare [hoy|esta noche]', 'lo hago [hoy|esta noche]', 'me voy a tirar', 'voy a tirarme', 'voy a saltar', 'me tiro [del|de la|desde]', 'me voy a lanzar', 'me las voy a tomar todas', 'me las tomo todas', 'estoy lista', 'estoy listo'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['a la piscina', 'al agua', 'en el sofa', 'en la cama', 'a dormir', 'un rato', 'la siesta', 'para', 'mañana en el examen', 'en paracaidas', 'con', 'al rio a nadar', 'de cabeza al'],
  },
  { id: 'es.means.named', kind: 'means', phrases: [MEANS, 'las vias del tren', 'las vias', 'la azotea', 'el acantilado', 'la cornisa'] },
  {
    id: 'es.means.ready',
    kind: 'means-ready',
    phrases: ['[tengo|ya tengo] [la cuerda|la soga|una soga|una pistola|el arma|la cuchilla en la mano|el cuchillo en la mano]', '[compre|he comprado] [una cuerda|una soga|una pistola|un arma]', '[cargue|he cargado] la pistola', 'la pistola esta cargada', 'tengo las pastillas [preparadas|listas|contadas|delante]', '[he juntado|he guardado|he acumulado|junte|guarde|acumule] [pastillas|medicamentos|las pastillas]', '[ate|he atado] la [cuerda|soga]', 'la [cuerda|soga] esta [lista|atada|colgada]'],
  },
  { id: 'es.place.edge', kind: 'place', phrases: ['[estoy en|estoy encima de|estoy al borde de|desde|en lo alto de|subida a|subido a|sentada en|sentado en|al borde de] [el puente|la azotea|el tejado|las vias|la via del tren|el acantilado|la cornisa|el borde|el anden]', '[encima del|en lo alto del|al borde del|del|desde el] puente', '[de la|desde la] azotea'] },
  { id: 'es.time.soon', kind: 'time', phrases: ['esta noche', 'hoy', 'mañana', 'este finde', 'este fin de semana', 'esta tarde', 'en una hora', 'en unas horas', 'antes del amanecer', 'antes de que amanezca'] },
  {
    id: 'es.plan.decided',
    kind: 'plan',
    phrases: ['lo tengo todo [planeado|pensado|preparado]', 'ya lo tengo planeado', 'tengo un plan', 'ya lo he decidido', 'ya lo decidi', 'lo he decidido', 'ya tome la decision', 'ya tengo la fecha', 'he elegido la fecha', '[he regalado|regale|estoy regalando] mis cosas', '[me he despedido|ya me despedi|me despedi] de todos', '[he hecho|hice] mi testamento', 'deje todo en orden', 'he dejado todo en orden'],
    negatable: true,
  },
  {
    id: 'es.farewell.final',
    kind: 'farewell',
    phrases: ['esto es un adios', 'este es mi adios', 'adios para siempre', 'mi ultimo mensaje', 'para cuando leas esto', 'cuando leais esto', 'cuando leas esto ya [no estare|estare muerta|estare muerto|me habre ido]', 'ya no estare [aqui|mañana]', 'mañana ya no estare', 'no estare aqui mañana', 'no voy a despertar mañana', '[decidle|decile|diganle|dile] a mi [madre|mama|padre|papa|familia|hermana|hermano|novia|novio] que la quiero', '[decidle|decile|diganle|dile] a mi [madre|mama|padre|papa|familia|hermana|hermano|novia|novio] que lo quiero', '[cuidad|cuida|cuiden] [a|de] mi [perro|gato|perra|gata|familia]', 'perdon por todo, adios', 'nos vemos en el otro lado', 'este es el final para mi', '[mi|una] [carta|nota] de [despedida|suicidio]'],
    firstPerson: true,
    negatable: true,
  },
  { id: 'es.farewell.goodbye', kind: 'goodbye', phrases: ['adios', 'adios a todos', 'adios mundo', 'chao a todos', 'hasta siempre', 'adios mundo cruel'] },
  {
    id: 'es.distress.done',
    kind: 'distress',
    phrases: ['no puedo mas', 'ya no puedo mas', 'ya no aguanto', 'no aguanto mas', '[estoy harta|estoy harto|estoy cansada|estoy cansado] de todo', 'me rindo', 'a nadie le importo', 'nadie me quiere', 'me odio', 'ya me da igual todo', 'nada importa', 'no puedo con esto', 'no puedo con mi vida', 'no soporto mas', 'no lo soporto mas', 'quiero rendirme', 'no valgo nada', 'no valgo para nada'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['de risa', 'de la risa', 'de hambre', 'de sueño', 'de calor', 'de frio', 'con este calor', 'jaja', 'jajaja', 'xd', 'con los deberes', 'con el examen'],
  },
  { id: 'es.retraction.laugh', kind: 'retraction', phrases: ['jaja', 'jajaja', 'jajajaja', 'jeje', 'jsjs', 'xd', 'xdd'], hyperbole: true },
  { id: 'es.retraction.joke', kind: 'retraction', phrases: ['es broma', 'era broma', 'de broma', 'estoy bien', 'no pasa nada', 'olvidalo', 'olvidadlo', 'no me hagas caso', 'mentira'] },
  { id: 'es.harassment.kys', kind: 'harassment', phrases: ['matate', 'suicidate', 'muerete', 'vete a morir', 'ojala te mueras', 'tirate de un puente', 'ahorcate', 'pegate un tiro'], vetoAfter: ['de risa'] },
];

export const SPANISH: RulePack = {
  lang: 'es',
  rules: RULES,
  self: ['yo', 'me', 'mi', 'mis', 'conmigo'],
  // Not "el" (the article reads like "él" once accents go) nor "se" ("no sé" reads "no se").
  others: ['tu', 'te', 'ti', 'vos', 'usted', 'ustedes', 'os', 'vosotros', 'vosotras', 'tienes', 'tenes', 'estas', 'sientes', 'quieres', 'piensas', 'ella', 'ellos', 'ellas', 'le', 'les', 'amigo', 'amiga', 'amigos', 'hermano', 'hermana', 'madre', 'padre', 'mama', 'papa', 'hijo', 'hija', 'novio', 'novia', 'primo', 'prima', 'abuelo', 'abuela', 'alguien', 'gente', 'personaje', 'chico', 'chica', 'compañero', 'compañera', 'jefe', 'vecino', 'vecina', 'profesor', 'profesora', 'profe', 'paciente', 'cantante', 'actor', 'actriz', 'quien', 'persona', 'personas', 'familiar', 'familiares', 'va', 'van', 'vas', 'dijo', 'dice', 'decia'],
  negations: ['no', 'nunca', 'jamas', 'ni', 'tampoco', 'nadie', 'sin'],
  reporting: ['noticia', 'noticias', 'articulo', 'pelicula', 'peli', 'serie', 'libro', 'cancion', 'letra', 'juego', 'videojuego', 'partida', 'documental', 'episodio', 'capitulo', 'novela', 'estudio', 'investigacion', 'prevencion', 'estadisticas', 'podcast', 'clase', 'curso', 'ensayo', 'atentado', 'kamikaze', 'personaje', 'linea', 'telefono'],
  common: 'de la que el en y a los se del las un por con no una su para es al lo como mas o pero sus le ha me si sin sobre este ya entre cuando todo esta ser son dos tambien fue habia era muy años hasta desde mi porque solo han yo hay vez puede todos asi nos ni parte tiene uno donde bien tiempo mismo ese ahora cada vida otro despues te otros aunque esa eso hace otra tan siempre dia tanto ella estoy tengo quiero voy hoy mañana noche'.split(' '),
  conjunctions: ['y', 'pero', 'porque', 'aunque', 'pues', 'o', 'sino', 'mientras', 'cuando', 'si'],
  past: ['hace años', 'hace meses', 'hace un año', 'hace tiempo', 'hace mucho', 'de pequeña', 'de pequeño', 'de niña', 'de niño', 'cuando era', 'cuando tenía', 'en el pasado', 'solía'],
  filler: ['puto', 'puta', 'pinche', 'jodido', 'jodida', 'maldito', 'maldita', 'literalmente', 'realmente', 'simplemente', 'practicamente', 'sinceramente', 'honestamente'],
  spellings: { q: 'que', xq: 'porque', pq: 'porque', tb: 'tambien', tmb: 'tambien', nd: 'nada', toy: 'estoy', kiero: 'quiero', qiero: 'quiero' },
};
