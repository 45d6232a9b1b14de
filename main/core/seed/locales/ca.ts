import type { SeedContent } from '../seedTypes';

/** The seed content in Catalan (see SeedContent). */
export const caSeed: SeedContent = {
  domains: {
    procurement: {
      name: 'Contractació pública',
      description:
        'Compra de béns, obres i serveis per a la ciutadania: consultes preliminars al mercat, disseny i valoració de licitacions, acords marc, execució dels contractes i relació amb els proveïdors.',
    },
    'hr-and-talent': {
      name: 'Persones i talent',
      description:
        'Selecció, acollida, formació i desenvolupament, mobilitat i benestar del personal públic, i les pràctiques que mantenen els equips preparats i connectats.',
    },
    'digital-services': {
      name: 'Serveis digitals',
      description:
        'Disseny, desenvolupament i funcionament dels serveis públics digitals: recerca amb persones usuàries, disseny de serveis, accessibilitat, metodologies àgils, plataformes i components comuns.',
    },
    'finance-and-budget': {
      name: 'Pressupostos i finances',
      description:
        "Elaboració i execució del pressupost, control financer, subvencions, estimació de costos i rendició de comptes sobre l'ús dels diners públics.",
    },
    'legal-and-regulatory': {
      name: 'Assumptes jurídics i normativa',
      description:
        'Elaboració i aplicació de normes, procediment administratiu, protecció de dades, obligacions de transparència i revisió jurídica de resolucions i contractes.',
    },
    'citizen-services': {
      name: 'Atenció a la ciutadania',
      description:
        'Atenció a persones i empreses a les oficines, per telèfon i en línia: cita prèvia, queixes i suggeriments, llenguatge planer i simplificació de tràmits.',
    },
    'data-and-statistics': {
      name: 'Dades i estadística',
      description:
        'Recollida, gestió, anàlisi i obertura de dades: estadístiques, quadres de comandament, qualitat i interoperabilitat de les dades i evidències per prendre decisions.',
    },
    'policy-evaluation': {
      name: 'Avaluació de polítiques públiques',
      description:
        "Saber si les polítiques i els programes funcionen: disseny d'avaluacions, indicadors, avaluació d'impacte i aprofitament dels resultats per millorar les polítiques.",
    },
  },
  templates: {
    solution: {
      fileName: 'Solució.md',
      content: `---
type: solution
template-description: Un problema que el teu equip va resoldre, què s'hi va provar i què va funcionar, perquè la persona següent no comenci de zero.
tags: []
---
# {{title}}

## Problema
<!-- Què calia resoldre, per a qui i per què era important. -->

## Context
<!-- L'organització, les normes, les limitacions, les persones i els sistemes implicats. -->

## Què s'hi va provar
<!-- Cada opció que vau provar, també les que no van funcionar, i per què. -->

## Resultat
<!-- Què va canviar gràcies a això, amb xifres si en tens. -->

## Lliçons apreses
<!-- El que diries a una companya o un company que demà es trobi amb el mateix problema. -->

## A qui preguntar
{{steward}}
`,
    },
    'after-action-review': {
      fileName: "Revisió posterior a l'acció.md",
      content: `---
type: after-action-review
template-description: Una mirada breu i sense buscar culpables a un projecte, un esdeveniment o una incidència, per aprendre'n.
tags: []
---
# {{title}}

*Revisió feta el {{date}}.*

## Què esperàvem
<!-- Què ens vam proposar? Com seria un bon resultat? -->

## Què va passar en realitat
<!-- Els fets, per ordre, sense jutjar ningú. -->

## Per què hi va haver diferències
<!-- Què hi va ajudar, què ho va dificultar i per què. -->

## Què farem la propera vegada
<!-- Què cal mantenir, què cal canviar i qui se n'encarregarà. -->
- [ ] 
`,
    },
    practice: {
      fileName: 'Bona pràctica.md',
      content: `---
type: practice
template-description: Una manera de treballar o una guia pas a pas que la teva comunitat recomana.
tags: []
---
# {{title}}

## Per a què serveix
<!-- Què s'aconsegueix amb aquesta pràctica, en una o dues frases. -->

## Quan aplicar-la
<!-- Les situacions en què encaixa i les que no. -->

## Com fer-ho
1. 

## Consells i errors habituals
<!-- El que a qui ja l'ha aplicada li hauria agradat saber. -->

## Exemples
<!-- Enllaça notes on s'hagi aplicat, p. ex. [[Nom de la nota]]. -->

## A qui preguntar
{{steward}}
`,
    },
    meeting: {
      fileName: 'Sessió de la comunitat.md',
      content: `---
type: meeting
template-description: Acta d'una reunió o d'una sessió de la comunitat de pràctica — qui hi va assistir, què s'hi va decidir i qui s'encarrega de què.
tags: [sessió-comunitat]
---
# {{title}}

**Data:** {{date}}, {{time}}
**Comunitat:** {{domain}}

## Assistents
- 

## Ordre del dia
1. 

## Notes

## Acords
- 

## Tasques
- [ ] <!-- tasca — responsable — data límit -->
`,
    },
    question: {
      fileName: 'Pregunta.md',
      content: `---
type: question
template-description: Una pregunta per a la teva comunitat. Queda oberta fins que s'hi accepta una resposta.
tags: []
---
# {{title}}

## Pregunta
<!-- Què vols saber? Dona prou context perquè et pugui respondre algú d'un altre departament. -->

## Respostes
<!-- Afegeix la teva resposta a sota com a "### Resposta de <el teu nom>". -->

## Resposta acceptada
<!-- Quan una resposta resolgui la pregunta, copia-la o mou-la sota aquest títol: la pregunta deixarà de sortir com a oberta. -->
`,
    },
    note: {
      fileName: 'Nota.md',
      content: `---
type: note
template-description: Una nota senzilla.
tags: []
---
# {{title}}

`,
    },
  },
  noteToWrite: 'Llista de comprovació de la jornada amb proveïdors',
  sampleNotes: ({ day, fm, daysFromToday }) => {
    const [year] = day.split('-');
    return {
      'Benvinguda a Praxis.md': `${fm({ type: 'note', tags: ['praxis/visita'] })}Praxis desa el que tu i la teva comunitat de pràctica apreneu a la feina, al teu ordinador. Tot el que veus aquí és un fitxer markdown normal dins d'aquesta carpeta: el pots obrir amb qualsevol editor, fer-ne còpies de seguretat o portar-ne un control de versions.

## L'essencial en dos minuts

1. **Enllaços entre notes.** Escriu \`[[\` i tria una nota per enllaçar-la, com ara [[Acords marc]]. Un enllaç a una nota que encara no existeix, com ara [[Llista de comprovació de la jornada amb proveïdors]], la crea quan el segueixes.
2. **Referències inverses.** Obre [[Acollida de noves incorporacions]] i mira el tauler de la dreta: hi veuràs que aquesta nota l'enllaça, amb el paràgraf on apareix l'enllaç.
3. **Àmbits de la comunitat.** Les notes pertanyen als àmbits de les teves comunitats de pràctica —contractació pública, persones i talent, serveis digitals…— i a etiquetes lliures com ara \`#acollida\`.
4. **Solucions.** Una nota de solució recull un problema, què s'hi va provar i què va funcionar, perquè la persona següent no comenci de zero: mira [[Valoració d'ofertes en la meitat de temps]].
5. **Diari.** L'entrada d'avui és a una tecla (Ctrl+J, o ⌘J en un Mac). Apunta el que has après i converteix el millor en una nota útil per a la teva comunitat. La teva d'avui: [[${day}]].
6. **Cerca.** Tot es pot cercar sense connexió, mentre escrius (Ctrl+Maj+F). Per anar a una nota pel títol, fes servir el canvi ràpid (Ctrl+O); totes les accions són a la paleta d'ordres (Ctrl+Maj+P).

La visita guiada de Praxis és sempre a Ajuda › Mostra la visita guiada. Pots esborrar aquesta nota quan vulguis: anirà a la paperera, d'on la podràs recuperar.
`,

      'Contractació/Acords marc.md': `${fm({ type: 'practice', domains: ['procurement'], tags: ['contractes'], steward: 'Marta Vidal', 'review-by': daysFromToday(-10) })}Un acord marc fixa les condicions (preus, qualitat, terminis de lliurament) amb un o diversos proveïdors durant un període, de manera que les comandes concretes es fan ràpidament sense haver de licitar cada vegada.

## Quan convé

- Compres que es repeteixen i de les quals no se sap per endavant la quantitat exacta.
- Diversos departaments que compren el mateix: sumeu esforços i repartiu-vos la feina.

## El que ha après la nostra comunitat

- Implica en la consulta preliminar al mercat els departaments que faran les comandes.
- Divideix-lo en lots prou petits perquè s'hi puguin presentar les pimes.

A [[Valoració d'ofertes en la meitat de temps]] s'explica com la fase de valoració va passar de dotze a sis setmanes.
`,

      "Contractació/Valoració d'ofertes en la meitat de temps.md": `${fm({ type: 'solution', domains: ['procurement', 'digital-services'], tags: ['contractes', 'valoració'], steward: 'Jordi Puig', 'review-by': daysFromToday(365) })}## Problema
Valorar les ofertes de les licitacions de serveis informàtics duia dotze setmanes de mitjana i endarreria els projectes.

## Context
Tres persones avaluadores d'unitats diferents, fitxes de puntuació en paper i una reunió per lot.

## Què s'hi va provar
- Una plantilla de puntuació compartida, amb els criteris d'adjudicació ponderats per endavant.
- Que cada avaluadora puntués primer pel seu compte i després una sola reunió de consens per a tots els lots.

## Resultat
Sis setmanes de mitjana en les quatre darreres licitacions, sense que augmentessin els recursos contra les adjudicacions.

## Lliçons apreses
Cal acordar l'escala de puntuació abans que arribin les ofertes. Pràctica relacionada: [[Acords marc]].

## A qui preguntar
A les persones que moderen la comunitat de contractació pública.
`,

      'Persones i talent/Acollida de noves incorporacions.md': `${fm({ type: 'practice', domains: ['hr-and-talent'], tags: ['acollida'], steward: 'Anna Ruiz', 'review-by': daysFromToday(180) })}Una persona d'acompanyament d'una altra unitat, unes lectures per a la primera setmana i una tasca real i acotada a la segona fan que el personal tècnic que s'incorpora sigui productiu abans i estigui més connectat amb la resta de l'organització.

- Setmana 1: conèixer qui l'acompanya, llegir la [[Benvinguda a Praxis|introducció a la base de coneixement]] i assistir com a oient a una reunió.
- Setmana 2: una tasca petita i real, amb una persona responsable clara.
- Setmana 4: una conversa breu sobre què l'ha sorprès; sol fer aflorar el que donem per sabut.
`,

      'Serveis digitals/Sprint de disseny de serveis.md': `${fm({ title: 'Sessió de la comunitat: sprint de disseny de serveis', type: 'meeting', domains: ['digital-services'], tags: ['sessió-comunitat', 'disseny-de-serveis'] })}**Assistents:** membres de la comunitat de serveis digitals de quatre departaments.

## Acords
- Fer un sprint d'una setmana sobre el servei de cita prèvia.
- Aplicar a qui s'afegeixi a l'sprint el model d'acompanyament d'[[Acollida de noves incorporacions]].

## Tasques
- [ ] Reservar la sala de recerca amb persones usuàries.
- [ ] Compartir el pla de l'sprint amb la comunitat.
`,

      'Serveis digitals/Com provar un servei amb la ciutadania.md': `${fm({ title: 'Com provem un servei nou amb la ciutadania?', type: 'question', domains: ['digital-services', 'citizen-services'], tags: ['recerca-amb-usuaris'] })}Volem provar el nou servei de cita prèvia amb persones reals abans de posar-lo en marxa. Qui ho ha fet ja i com vau trobar els participants?

## Respostes

## Resposta acceptada
<!-- Quan una resposta resolgui la pregunta, mou-la aquí: la pregunta deixarà d'estar oberta. -->
`,

      [`journal/${year}/${day}.md`]: `${fm({ type: 'journal', private: 'true', tags: ['diari'] })}# ${day}

## Què ha passat
He començat a fer servir Praxis i he llegit la [[Benvinguda a Praxis]].

## Què he après
Els acords marc estalvien temps quan diversos departaments compren el mateix: vegeu [[Acords marc]].

## Què vull compartir amb la meva comunitat
- [ ] Preguntar a la comunitat de contractació per la seva plantilla de valoració.
`,
    };
  },
};
