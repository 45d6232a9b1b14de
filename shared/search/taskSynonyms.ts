/**
 * Words that name the same everyday computing task, per language: a person asks to _unpack_ an
 * archive, the note says _extract_; they look for a _folder_, the note says _directory_. Search
 * (main/core/search/queryPlan.ts) also looks for a question word's group mates, at a lower weight
 * than the word typed, and only in natural queries (never with operators or quotes).
 *
 * Kept short on purpose: only words that are interchangeable whatever the subject (an action on
 * files, programs or machines, or the thing acted on), never a command's name, never a word with a
 * second everyday meaning that the group would drag in. Each group must pay its way on the
 * relevance bench's tuning questions in every language (`npm run bench:relevance`).
 *
 * Not here, measured to cost more than they gave: `print` and `list` with `show` (PowerShell held
 * out 0.623 → 0.571), `password` with `passphrase` and `terminal` with `console` (a word in
 * thousands of notes drowns a rarer one), and the words of the vault's own co-occurrences (see
 * main/core/search/README.md).
 */
export type SynonymLanguage = 'en' | 'es' | 'ca';

export const taskSynonyms: Readonly<Record<SynonymLanguage, readonly (readonly string[])[]>> = {
  en: [
    ['unpack', 'extract', 'decompress', 'uncompress'],
    ['compress', 'pack'],
    ['delete', 'remove', 'erase'],
    ['folder', 'directory'],
    ['stop', 'kill', 'terminate'],
    ['start', 'launch'],
    ['run', 'execute'],
    ['show', 'display', 'view'],
    ['find', 'search', 'locate'],
    ['create', 'make'],
    ['change', 'modify', 'edit'],
    ['download', 'fetch', 'retrieve'],
    ['check', 'verify'],
    ['combine', 'merge', 'join', 'concatenate'],
    ['undo', 'revert'],
    // Everyday names of the same thing: abbreviations, hardware, pieces.
    ['computer', 'pc'],
    ['memory', 'ram'],
    ['repository', 'repo'],
    ['application', 'app'],
    ['update', 'upgrade'],
    ['latest', 'newest'],
    ['piece', 'chunk', 'part'],
    ['big', 'large'],
  ],
  es: [
    ['descomprimir', 'extraer', 'desempaquetar'],
    ['comprimir', 'empaquetar'],
    ['borrar', 'eliminar', 'suprimir'],
    ['carpeta', 'directorio'],
    ['archivo', 'fichero'],
    ['detener', 'parar', 'matar', 'terminar'],
    ['iniciar', 'arrancar', 'lanzar'],
    ['ejecutar', 'correr'],
    ['mostrar', 'ver', 'visualizar'],
    ['buscar', 'encontrar', 'localizar'],
    ['crear', 'generar'],
    ['cambiar', 'modificar', 'editar'],
    ['descargar', 'bajar'],
    ['comprobar', 'verificar'],
    ['unir', 'combinar', 'fusionar', 'concatenar'],
    ['deshacer', 'revertir'],
    ['equipo', 'ordenador', 'computadora', 'máquina'],
    ['memoria', 'ram'],
    ['repositorio', 'repo'],
    ['aplicación', 'app'],
    ['núcleo', 'kernel'],
    ['cifrar', 'encriptar'],
    ['trozo', 'parte', 'fragmento'],
    ['último', 'reciente'],
  ],
  ca: [
    ['descomprimir', 'extreure'],
    ['esborrar', 'eliminar', 'suprimir'],
    ['carpeta', 'directori'],
    ['fitxer', 'arxiu'],
    ['aturar', 'parar', 'matar'],
    ['iniciar', 'arrencar', 'engegar'],
    ['executar', 'córrer'],
    ['mostrar', 'veure', 'visualitzar'],
    ['cercar', 'buscar', 'trobar', 'localitzar'],
    ['crear', 'generar'],
    ['canviar', 'modificar', 'editar'],
    ['descarregar', 'baixar'],
    ['comprovar', 'verificar'],
    ['unir', 'combinar', 'fusionar', 'concatenar'],
    ['desfer', 'revertir'],
    ['ordinador', 'equip', 'màquina'],
    ['memòria', 'ram'],
    ['repositori', 'repo'],
    ['aplicació', 'app'],
    ['nucli', 'kernel'],
    ['xifrar', 'encriptar'],
    ['tros', 'part', 'fragment'],
  ],
};
