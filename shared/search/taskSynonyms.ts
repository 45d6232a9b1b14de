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
  ],
};
