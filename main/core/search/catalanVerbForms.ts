/**
 * Catalan verbs as people type them (the infinitive: _eliminar un fitxer_) and as notes write
 * them (the third person or the imperative: "Elimina un fitxer"). Snowball's Catalan stemmer
 * takes many of the two to different stems — `eliminar` → `elimin` but `elimina` → `elim`,
 * `instal·lar` → `install` but `instal·la` → `inst`, `crear` → `crear` but `crea` → `crea` —
 * and irregular verbs differ anyway (_obrir_/_obre_, _sortir_/_surt_, _treure_/_treu_). Each
 * present form of the common verbs below is mapped to its infinitive's stem, for notes and
 * queries alike.
 */

/** First conjugation (-ar): the present forms are the root plus these. */
const firstConjugation =
  'crear eliminar esborrar activar desactivar carregar descarregar instal·lar desinstal·lar ' +
  'arxivar desarxivar especificar denegar mostrar llistar canviar copiar executar iniciar ' +
  'aturar reiniciar actualitzar comprovar buscar cercar trobar tancar guardar desar connectar ' +
  'desconnectar configurar generar comprimir enviar baixar pujar sincronitzar clonar fusionar ' +
  'comparar ordenar filtrar comptar calcular verificar validar signar xifrar desxifrar muntar ' +
  'desmuntar formatar editar visualitzar consultar habilitar deshabilitar restaurar recuperar ' +
  'importar exportar publicar compilar depurar provar analitzar escanejar registrar autenticar ' +
  'utilitzar usar entrar navegar seleccionar reanomenar redimensionar retallar girar gravar ' +
  'capturar enregistrar empaquetar desempaquetar reemplaçar netejar purgar apagar bloquejar ' +
  'desbloquejar assignar modificar ajustar limitar llançar matar forçar ignorar posar ocultar ' +
  'amagar buidar demanar preguntar tornar retornar continuar esperar programar planificar ' +
  'invocar cridar enllaçar vincular desvincular indicar mesurar';
const firstEndings = ['a', 'es', 'en', 'o'];

/** Third conjugation with the -eix- forms (_afegir_ → _afegeix_); all end in -ir. */
const inchoative =
  'afegir accedir imprimir establir restablir definir convertir comprimir descomprimir ' +
  'inserir construir distribuir substituir llegir reproduir dividir compartir suprimir reduir ' +
  'produir traduir oferir servir seguir';
const inchoativeEndings = ['eix', 'eixes', 'eixen', 'eixo'];

/** Verbs whose present forms no rule gives: infinitive → forms. */
const irregular: Record<string, string[]> = {
  obrir: ['obre', 'obres', 'obren', 'obro'],
  sortir: ['surt', 'surts', 'surten', 'surto'],
  dormir: ['dorm', 'dorms', 'dormen'],
  fer: ['fa', 'fas', 'fan', 'faig'],
  desfer: ['desfà', 'desfas', 'desfan', 'desfaig'],
  extreure: ['extreu', 'extreus', 'extreuen'],
  treure: ['treu', 'treus', 'treuen'],
  escriure: ['escriu', 'escrius', 'escriuen'],
  veure: ['veu', 'veus', 'veuen', 'veig'],
  moure: ['mou', 'mous', 'mouen'],
  prendre: ['pren', 'prens', 'prenen'],
  permetre: ['permet', 'permets', 'permeten'],
  respondre: ['respon', 'respons', 'responen'],
  encendre: ['encén', 'encens', 'encenen'],
  suspendre: ['suspèn', 'suspens', 'suspenen'],
  excloure: ['exclou', 'exclous', 'exclouen'],
  incloure: ['inclou', 'inclous', 'inclouen'],
  mantenir: ['manté', 'mantens', 'mantenen'],
  obtenir: ['obté', 'obtens', 'obtenen'],
  detenir: ['deté', 'detens', 'detenen'],
  córrer: ['corre', 'corres', 'corren'],
  poder: ['pot', 'pots', 'poden', 'puc'],
  voler: ['vol', 'vols', 'volen', 'vull'],
};

/**
 * Form's stem → the infinitive's stem, for the stemmer given (Catalan Snowball on folded words).
 * A regular form's stem under four letters is another word as often as not (`val` for _valida_
 * is also _valors_; a query's infinitive still meets it, see textAnalyzer's presentForms), while
 * the irregular forms are listed one by one (`ob` for _obre_ is mapped); a stem that is some
 * listed verb's own is that verb's. Those stay as they are.
 */
export function catalanVerbStems(stem: (word: string) => string): Map<string, string> {
  const forms = new Map<string, string[]>();
  const add = (verb: string, verbForms: string[]): void => {
    forms.set(verb, [...(forms.get(verb) ?? []), ...verbForms]);
  };
  for (const verb of firstConjugation.split(' ')) {
    add(
      verb,
      firstEndings.map((ending) => verb.slice(0, -2) + ending),
    );
  }
  for (const verb of inchoative.split(' ')) {
    add(
      verb,
      inchoativeEndings.map((ending) => verb.slice(0, -2) + ending),
    );
  }
  for (const [verb, verbForms] of Object.entries(irregular)) add(verb, verbForms);
  const own = new Map<string, string>();
  for (const verb of forms.keys()) own.set(stem(verb), verb);
  const stems = new Map<string, string>();
  for (const [verb, verbForms] of forms) {
    const canonical = stem(verb);
    for (const form of verbForms) {
      const changed = stem(form);
      const listed = irregular[verb]?.includes(form) ?? false;
      if (changed !== canonical && (listed || changed.length >= 4) && !own.has(changed))
        stems.set(changed, canonical);
    }
  }
  return stems;
}
