/**
 * Catalan function words: articles, prepositions and their contractions, pronouns, conjunctions,
 * auxiliaries and question words (lunr-languages has no Catalan list, nor does @nlpjs/lang-ca).
 * Lower case, accented as written; the analyzer also checks the folded form, so `que` and `què`
 * both match.
 */
export const catalanStopWords: ReadonlySet<string> = new Set(
  `
a al als amb ans cap contra d de del dels des durant en entre fins malgrat mitjançant per pel pels
segons sense sobre sota tret vers
el la els les l lo un una uns unes
i o ni però que perquè si com quan on mentre doncs també tampoc sinó ja encara
jo tu ell ella nosaltres vosaltres ells elles em m et t es s ens us li hi ho n ne me te se
mi ti si meu meva meus meves teu teva teus teves seu seva seus seves nostre nostra nostres vostre
vostra vostres llur llurs
aquest aquesta aquests aquestes aquell aquella aquells aquelles això allò açò
qui què quin quina quins quines quant quanta quants quantes
és són era eren sóc ets som sou sigui siguin fou foren ser estar està estan estic estàs estem
esteu estava estaven ha han he has hem heu havia havies havíem havíeu havien haver hagi hagin
va van vaig vas vam vau
no més molt molta molts moltes poc poca pocs poques tot tota tots totes cada altre altra altres
només així aquí allà ara aleshores llavors abans després sempre mai
`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
