import type { SeedContent } from '../seedTypes';

/** The seed content in Spanish (see SeedContent). */
export const esSeed: SeedContent = {
  domains: {
    procurement: {
      name: 'Contratación pública',
      description:
        'Compra de bienes, obras y servicios para la ciudadanía: consultas preliminares al mercado, diseño y valoración de licitaciones, acuerdos marco, ejecución de contratos y relación con proveedores.',
    },
    'hr-and-talent': {
      name: 'Personas y talento',
      description:
        'Selección, acogida, formación y desarrollo, movilidad y bienestar del personal público, y las prácticas que mantienen a los equipos preparados y conectados.',
    },
    'digital-services': {
      name: 'Servicios digitales',
      description:
        'Diseño, desarrollo y funcionamiento de los servicios públicos digitales: investigación con personas usuarias, diseño de servicios, accesibilidad, metodologías ágiles, plataformas y componentes comunes.',
    },
    'finance-and-budget': {
      name: 'Presupuestos y finanzas',
      description:
        'Elaboración y ejecución del presupuesto, control financiero, subvenciones, estimación de costes y rendición de cuentas sobre el uso del dinero público.',
    },
    'legal-and-regulatory': {
      name: 'Asuntos jurídicos y normativa',
      description:
        'Elaboración y aplicación de normas, procedimiento administrativo, protección de datos, obligaciones de transparencia y revisión jurídica de resoluciones y contratos.',
    },
    'citizen-services': {
      name: 'Atención a la ciudadanía',
      description:
        'Atención a personas y empresas en oficinas, por teléfono y en línea: cita previa, quejas y sugerencias, lenguaje claro y simplificación de trámites.',
    },
    'data-and-statistics': {
      name: 'Datos y estadística',
      description:
        'Recogida, gestión, análisis y apertura de datos: estadísticas, cuadros de mando, calidad e interoperabilidad de los datos y evidencias para tomar decisiones.',
    },
    'policy-evaluation': {
      name: 'Evaluación de políticas públicas',
      description:
        'Saber si las políticas y los programas funcionan: diseño de evaluaciones, indicadores, evaluación de impacto y aprovechamiento de los resultados para mejorar las políticas.',
    },
  },
  templates: {
    solution: {
      fileName: 'Solución.md',
      content: `---
type: solution
template-description: Un problema que tu equipo resolvió, lo que se probó y lo que funcionó, para que la próxima persona no empiece de cero.
tags: []
---
# {{title}}

## Problema
<!-- Qué había que resolver, para quién y por qué era importante. -->

## Contexto
<!-- La organización, las normas, las limitaciones, las personas y los sistemas implicados. -->

## Qué se probó
<!-- Cada opción que probasteis, también las que no funcionaron, y por qué. -->

## Resultado
<!-- Qué cambió gracias a ello, con cifras si las tienes. -->

## Lecciones aprendidas
<!-- Lo que le dirías a una compañera o un compañero que mañana se encuentre con el mismo problema. -->

## A quién preguntar
{{steward}}
`,
    },
    'after-action-review': {
      fileName: 'Revisión posterior a la acción.md',
      content: `---
type: after-action-review
template-description: Una mirada breve y sin buscar culpables a un proyecto, un evento o una incidencia, para aprender de ello.
tags: []
---
# {{title}}

*Revisión realizada el {{date}}.*

## Qué esperábamos
<!-- ¿Qué nos propusimos? ¿Cómo sería un buen resultado? -->

## Qué ocurrió en realidad
<!-- Los hechos, por orden, sin juzgar a nadie. -->

## Por qué hubo diferencias
<!-- Qué ayudó, qué lo dificultó y por qué. -->

## Qué haremos la próxima vez
<!-- Qué mantener, qué cambiar y quién se encargará de hacerlo. -->
- [ ] 
`,
    },
    practice: {
      fileName: 'Buena práctica.md',
      content: `---
type: practice
template-description: Una forma de trabajar o una guía paso a paso que tu comunidad recomienda.
tags: []
---
# {{title}}

## Para qué sirve
<!-- Qué se consigue con esta práctica, en una o dos frases. -->

## Cuándo aplicarla
<!-- Las situaciones en que encaja y aquellas en que no. -->

## Cómo hacerlo
1. 

## Consejos y errores habituales
<!-- Lo que a quienes ya la han aplicado les habría gustado saber. -->

## Ejemplos
<!-- Enlaza notas donde se haya aplicado, p. ej. [[Nombre de la nota]]. -->

## A quién preguntar
{{steward}}
`,
    },
    meeting: {
      fileName: 'Sesión de la comunidad.md',
      content: `---
type: meeting
template-description: Acta de una reunión o de una sesión de la comunidad de práctica — quién asistió, qué se decidió y quién se encarga de qué.
tags: [sesión-comunidad]
---
# {{title}}

**Fecha:** {{date}}, {{time}}
**Comunidad:** {{domain}}

## Asistentes
- 

## Orden del día
1. 

## Notas

## Acuerdos
- 

## Tareas
- [ ] <!-- tarea — responsable — fecha límite -->
`,
    },
    question: {
      fileName: 'Pregunta.md',
      content: `---
type: question
template-description: Una pregunta para tu comunidad. Sigue abierta hasta que se acepta una respuesta.
tags: []
---
# {{title}}

## Pregunta
<!-- ¿Qué quieres saber? Da el contexto suficiente para que te pueda responder alguien de otro departamento. -->

## Respuestas
<!-- Añade tu respuesta debajo como "### Respuesta de <tu nombre>". -->

## Respuesta aceptada
<!-- Cuando una respuesta resuelva la pregunta, cópiala o muévela bajo este título: la pregunta dejará de aparecer como abierta. -->
`,
    },
    note: {
      fileName: 'Nota.md',
      content: `---
type: note
template-description: Una nota sin más.
tags: []
---
# {{title}}

`,
    },
  },
  noteToWrite: 'Lista de comprobación de la jornada con proveedores',
  sampleNotes: ({ day, fm, daysFromToday }) => {
    const [year] = day.split('-');
    return {
      'Bienvenida a Praxis.md': `${fm({ type: 'note', tags: ['praxis/visita'] })}Praxis guarda lo que tú y tu comunidad de práctica aprendéis en el trabajo, en tu propio ordenador. Todo lo que ves aquí es un archivo markdown normal dentro de esta carpeta: puedes abrirlo con cualquier editor, hacer copias de seguridad o llevar un control de versiones.

## Lo esencial en dos minutos

1. **Enlaces entre notas.** Escribe \`[[\` y elige una nota para enlazarla, como [[Acuerdos marco]]. Un enlace a una nota que todavía no existe, como [[Lista de comprobación de la jornada con proveedores]], la crea cuando lo sigues.
2. **Referencias inversas.** Abre [[Acogida de nuevas incorporaciones]] y mira el panel de la derecha: verás que esta nota la enlaza, con el párrafo en que aparece el enlace.
3. **Ámbitos de la comunidad.** Las notas pertenecen a los ámbitos de tus comunidades de práctica —contratación pública, personas y talento, servicios digitales…— y a etiquetas libres como \`#acogida\`.
4. **Soluciones.** Una nota de solución recoge un problema, lo que se probó y lo que funcionó, para que la próxima persona no empiece de cero: mira [[Valoración de ofertas en la mitad de tiempo]].
5. **Diario.** La entrada de hoy está a una tecla (Ctrl+J, o ⌘J en un Mac). Apunta lo que has aprendido y convierte lo mejor en una nota que sirva a tu comunidad. La tuya de hoy: [[${day}]].
6. **Búsqueda.** Todo se puede buscar sin conexión, mientras escribes (Ctrl+Mayús+F). Para ir a una nota por su título, usa el cambio rápido (Ctrl+O); todas las acciones están en la paleta de comandos (Ctrl+Mayús+P).

La visita guiada de Praxis está siempre en Ayuda › Mostrar la visita guiada. Puedes borrar esta nota cuando quieras: irá a la papelera, desde donde podrás recuperarla.
`,

      'Contratación/Acuerdos marco.md': `${fm({ type: 'practice', domains: ['procurement'], tags: ['contratos'], steward: 'Marta Vidal', 'review-by': daysFromToday(-10) })}Un acuerdo marco fija las condiciones (precios, calidad, plazos de entrega) con uno o varios proveedores durante un periodo, de modo que los pedidos concretos se hacen con rapidez sin tener que licitar cada vez.

## Cuándo conviene

- Compras que se repiten y cuyas cantidades exactas no se conocen de antemano.
- Varios departamentos que compran lo mismo: sumad esfuerzos y repartid el trabajo.

## Lo que ha aprendido nuestra comunidad

- Implica en la consulta preliminar al mercado a los departamentos que harán los pedidos.
- Divide en lotes lo bastante pequeños para que puedan presentarse las pymes.

En [[Valoración de ofertas en la mitad de tiempo]] se explica cómo la fase de valoración pasó de doce a seis semanas.
`,

      'Contratación/Valoración de ofertas en la mitad de tiempo.md': `${fm({ type: 'solution', domains: ['procurement', 'digital-services'], tags: ['contratos', 'valoración'], steward: 'Jordi Puig', 'review-by': daysFromToday(365) })}## Problema
Valorar las ofertas de las licitaciones de servicios informáticos llevaba doce semanas de media y retrasaba los proyectos.

## Contexto
Tres personas evaluadoras de unidades distintas, fichas de puntuación en papel y una reunión por lote.

## Qué se probó
- Una plantilla de puntuación compartida, con los criterios de adjudicación ponderados de antemano.
- Que cada evaluadora puntuara primero por su cuenta y después una única reunión de consenso para todos los lotes.

## Resultado
Seis semanas de media en las cuatro últimas licitaciones, sin que aumentaran los recursos contra las adjudicaciones.

## Lecciones aprendidas
Hay que acordar la escala de puntuación antes de que lleguen las ofertas. Práctica relacionada: [[Acuerdos marco]].

## A quién preguntar
A las personas que moderan la comunidad de contratación pública.
`,

      'Personas y talento/Acogida de nuevas incorporaciones.md': `${fm({ type: 'practice', domains: ['hr-and-talent'], tags: ['acogida'], steward: 'Ana Ruiz', 'review-by': daysFromToday(180) })}Una persona de acompañamiento de otra unidad, unas lecturas para la primera semana y una tarea real y acotada en la segunda hacen que el personal técnico que se incorpora sea productivo antes y esté más conectado con el resto de la organización.

- Semana 1: conocer a su acompañante, leer la [[Bienvenida a Praxis|introducción a la base de conocimiento]] y asistir como oyente a una reunión.
- Semana 2: una tarea pequeña y real, con una persona responsable clara.
- Semana 4: una conversación breve sobre lo que le ha sorprendido; suele poner de manifiesto lo que damos por sabido.
`,

      'Servicios digitales/Sprint de diseño de servicios.md': `${fm({ title: 'Sesión de la comunidad: sprint de diseño de servicios', type: 'meeting', domains: ['digital-services'], tags: ['sesión-comunidad', 'diseño-de-servicios'] })}**Asistentes:** miembros de la comunidad de servicios digitales de cuatro departamentos.

## Acuerdos
- Hacer un sprint de una semana sobre el servicio de cita previa.
- Aplicar a quienes se sumen al sprint el modelo de acompañamiento de [[Acogida de nuevas incorporaciones]].

## Tareas
- [ ] Reservar la sala de investigación con personas usuarias.
- [ ] Compartir el plan del sprint con la comunidad.
`,

      'Servicios digitales/Cómo probar un servicio con la ciudadanía.md': `${fm({ title: '¿Cómo probamos un servicio nuevo con la ciudadanía?', type: 'question', domains: ['digital-services', 'citizen-services'], tags: ['investigación-con-usuarios'] })}Queremos probar el nuevo servicio de cita previa con personas reales antes de ponerlo en marcha. ¿Quién lo ha hecho ya y cómo encontrasteis a los participantes?

## Respuestas

## Respuesta aceptada
<!-- Cuando una respuesta resuelva la pregunta, muévela aquí: la pregunta dejará de estar abierta. -->
`,

      [`journal/${year}/${day}.md`]: `${fm({ type: 'journal', private: 'true', tags: ['diario'] })}# ${day}

## Qué ha pasado
He empezado a usar Praxis y he leído la [[Bienvenida a Praxis]].

## Qué he aprendido
Los acuerdos marco ahorran tiempo cuando varios departamentos compran lo mismo: ver [[Acuerdos marco]].

## Qué quiero compartir con mi comunidad
- [ ] Preguntar a la comunidad de contratación por su plantilla de valoración.
`,
    };
  },
};
