import type { FaqTexts } from './meta';

export const texts: FaqTexts = {
  'domestic-violence-link': {
    question: '¿La trata de personas tiene relación con la violencia doméstica?',
    answer: `Muchas veces, sí. Los tratantes y las parejas o familiares que maltratan suelen usar las mismas formas de control: manejar su dinero, alejarle de sus amistades y su familia, amenazarle o hacerle sentir que les debe algo. Si esto le suena conocido, no está sola ni solo, y no es su culpa.

Haber sufrido maltrato antes también puede hacer que una persona corra más riesgo de que un tratante se fije en ella. Eso dice algo de quien hace daño, no de usted.

Puede hablarlo con alguien, decida lo que decida:

- **Línea Nacional de Violencia Doméstica:** llame al 1-800-799-7233 (TTY 1-800-787-3224), las 24 horas, o visite [thehotline.org](https://www.thehotline.org).
- **Línea Nacional contra la Trata de Personas:** llame al 1-888-373-7888 o envíe un mensaje de texto al 233733, las 24 horas.

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'psychological-harm': {
    question: '¿Lo que me pasó puede afectar mi mente y mis emociones por mucho tiempo?',
    answer: `Puede pasar. Muchas personas sobrevivientes viven con depresión, ansiedad o estrés postraumático (TEPT) mucho después de que termina la trata. Algunas sienten disociación: sentirse adormecidas, lejos o desconectadas de su cuerpo. Son reacciones comunes, no una señal de debilidad.

El apoyo ayuda, y sanar puede llevar su propio tiempo. Algunas personas buscan un consejero o terapeuta que entienda el trauma; otras empiezan con un grupo de apoyo o una línea de ayuda. En California, la Junta de Compensación para Víctimas (CalVCB) puede ayudar a pagar el tratamiento de salud mental: 1-800-777-9229, [victims.ca.gov](https://victims.ca.gov).

Si en algún momento siente que podría hacerse daño o está en crisis, puede llamar o enviar un texto al **988** a cualquier hora. Si está en peligro ahora mismo, llame al 911.

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'child-sex-trafficking': {
    question: '¿Qué es la trata sexual de menores?',
    answer: `Es cuando alguien recluta, esconde, traslada u obtiene a una persona menor de 18 años para usarla en sexo comercial, es decir, sexo a cambio de dinero o de algo de valor, como comida, un lugar donde dormir o regalos.

Un niño, niña o adolescente nunca tiene la culpa de ser víctima de trata, aunque pareciera estar de acuerdo o aunque quien lo hace sea su pareja o un familiar.

Los jóvenes que se han ido de su casa o que viven en cuidado temporal (foster care) corren más riesgo. Los tratantes pueden ofrecerles lo que les falta: un lugar donde dormir, atención o sentirse parte de algo.

Si le preocupa un menor, o usted misma o usted mismo, puede llamar a la Línea Nacional contra la Trata de Personas al 1-888-373-7888 o enviar un texto al 233733, las 24 horas. Si alguien está en peligro ahora mismo, llame al 911.

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'recognizing-signs': {
    question: '¿Cómo puedo reconocer las señales de la trata?',
    answer: `Algunas señales que pueden indicar que alguien está en peligro:

- faltas a la escuela sin explicación;
- cambios repentinos en la apariencia o el comportamiento;
- señales de maltrato físico;
- alejarse de la familia y de las amistades.

Una señal no es una prueba. Si algo le preocupa, puede hablarlo con la Línea Nacional contra la Trata de Personas al 1-888-373-7888, sin tener que estar segura o seguro de lo que pasa.

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'police-report-compensation': {
    question: '¿Necesito un reporte policial para pedir compensación?',
    answer: `No siempre. La Junta de Compensación para Víctimas de California (CalVCB) no puede negar la solicitud de una persona sobreviviente de trata solo porque no hay un reporte policial.

En lugar de un reporte, pueden servir otros documentos, por ejemplo:

- una declaración de su trabajador o trabajadora social (caseworker);
- documentos de visa;
- expedientes médicos.

Puede llamar a CalVCB al 1-800-777-9229 o visitar [victims.ca.gov](https://victims.ca.gov) para preguntar qué documentos sirven en su caso.

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'compensation-deadline': {
    question: '¿Cuánto tiempo tengo para pedir compensación o presentar una demanda?',
    answer: `Depende de lo que quiera hacer:

- **CalVCB (compensación para víctimas):** en general, tiene 7 años para presentar la solicitud; si era menor de edad, hasta cumplir 28 años.
- **Demanda civil según el Código Civil de California § 52.5:** 7 años después de que termina la trata, o 10 años después de cumplir 18 si era menor de edad.
- **Demanda civil según la ley federal 18 U.S.C. § 1595:** 10 años, o 10 años después de cumplir 18.

Los plazos pueden ser complicados. Si puede, hable pronto con un abogado; puede encontrar ayuda legal gratuita en su condado en [LawHelpCA](https://www.lawhelpca.org).

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'hotline-immigration-police': {
    question: 'Si llamo a la línea de ayuda, ¿se enterarán la policía o inmigración?',
    answer: `La Línea Nacional contra la Trata de Personas, operada por Polaris, es confidencial y no es parte de la policía ni de inmigración. Usted decide qué contar y qué no.

Atienden las 24 horas, en inglés y en español, y con intérpretes en más de 200 idiomas:

- llame al 1-888-373-7888;
- envíe un texto al 233733;
- TTY: 711.

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'quick-exit-history': {
    question: '¿La salida rápida borra mi historial?',
    answer: `No. La **salida rápida** le saca de este sitio enseguida y reemplaza la página actual en el historial de la pestaña, así que el botón Atrás no vuelve a ella. Pero las páginas que visitó antes pueden seguir en el historial del navegador.

Algunas cosas que pueden ayudar:

- borrar solo las entradas del historial de este sitio, en lugar de borrar todo (borrar todo puede llamar la atención);
- usar la navegación privada o de incógnito;
- usar un teléfono o computadora al que la persona que le hace daño no tenga acceso.

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
};
