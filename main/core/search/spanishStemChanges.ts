/**
 * Spanish verbs whose stem vowel changes where it is stressed: _mostrar_ → _muestra_, _obtener_ →
 * _obtiene_, _pedir_ → _pide_. Snowball stems the two apart (`mostr`, `muestr`), so somebody
 * typing the infinitive, as people type a task ("mostrar los procesos"), missed the note that
 * says it in the third person or the imperative ("Muestra los procesos") — the way manuals, tldr
 * pages and most notes word it. Each changed stem is mapped to the infinitive's, for notes and
 * queries alike.
 *
 * The verbs are the common ones of the three patterns (and _jugar_, _adquirir_); a noun that
 * shares a changed stem joins its verb (_cuenta_ with _contar_, _prueba_ with _probar_), as
 * stemming already joins a noun with its verb elsewhere.
 */

const oToUe =
  'mostrar demostrar probar comprobar aprobar encontrar contar descontar recontar volver ' +
  'devolver revolver envolver desenvolver resolver disolver absolver mover remover promover ' +
  'poder dormir morir recordar acordar costar soltar rodar forzar reforzar colgar descolgar ' +
  'torcer retorcer llover doler soler renovar';
const eToIe =
  'cerrar encerrar empezar comenzar pensar entender extender perder querer preferir sentir ' +
  'convertir invertir revertir divertir advertir mentir requerir sugerir referir transferir ' +
  'diferir inferir conferir despertar calentar defender encender descender ascender atender ' +
  'negar desplegar replegar gobernar apretar acertar atravesar confesar ' +
  'manifestar recomendar encomendar tener obtener mantener contener detener retener sostener ' +
  'entretener venir prevenir convenir intervenir provenir';
const eToI =
  'pedir impedir despedir expedir repetir competir seguir conseguir perseguir proseguir elegir ' +
  'reelegir corregir medir servir rendir derretir';
const uToUe = 'jugar';
const iToIe = 'adquirir inquirir';

/** The present forms (and imperatives) where the stem is stressed, after the changed root. */
const endings = {
  ar: ['o', 'as', 'a', 'an', 'e', 'es', 'en'],
  er: ['o', 'es', 'e', 'en', 'a', 'as', 'an'],
};

function changedRoot(root: string, from: string, to: string): string {
  const at = root.lastIndexOf(from);
  return at < 0 ? root : root.slice(0, at) + to + root.slice(at + from.length);
}

/**
 * Changed stem → the infinitive's stem, for the stemmer given (Spanish Snowball, on folded
 * words). A changed stem that is also some listed verb's own stem is left alone, and so is one
 * Snowball cut short or of three letters.
 */
export function spanishStemChanges(stem: (word: string) => string): Map<string, string> {
  const patterns: [string, string, string][] = [
    [oToUe, 'o', 'ue'],
    [eToIe, 'e', 'ie'],
    [eToI, 'e', 'i'],
    [uToUe, 'u', 'ue'],
    [iToIe, 'i', 'ie'],
  ];
  const changes = new Map<string, string>();
  const own = new Set<string>();
  for (const [verbs, from, to] of patterns) {
    for (const verb of verbs.split(' ')) {
      const canonical = stem(verb);
      own.add(canonical);
      const root = changedRoot(verb.slice(0, -2), from, to);
      for (const ending of verb.endsWith('ar') ? endings.ar : endings.er) {
        const changed = stem(root + ending);
        // Snowball cuts some forms short of the changed vowel (`prefiero` → `pref`) and three
        // letters are another word as often as not (`pid`, `mid`): those stay as they are.
        if (changed !== canonical && changed.length >= 4 && changed.includes(to))
          changes.set(changed, canonical);
      }
    }
  }
  for (const stemmed of own) changes.delete(stemmed);
  return changes;
}
