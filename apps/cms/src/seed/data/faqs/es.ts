import type { FaqTexts } from './meta';

export const texts: FaqTexts = {
  'domestic-violence-link': {
    question: '¿La trata de personas tiene relación con la violencia doméstica?',
    answer: `Muchas veces, sí. Los tratantes pueden usar las mismas formas de control que una pareja o un familiar que maltrata. Pueden controlar su dinero, alejarle de sus amistades y su familia, o hacer amenazas. Si esto le suena conocido, no está solo ni sola, y no es su culpa.

Haber sufrido maltrato antes también puede aumentar el riesgo de caer en la trata. Quienes hacen daño suelen buscar a alguien que ya está sufriendo. Eso habla de ellos, no de usted.

Hay apoyo para ambas situaciones. Si quiere hablar con alguien, la **Línea Nacional de Violencia Doméstica** atiende las 24 horas, los 7 días: llame al 1-800-799-7233 (TTY 1-800-787-3224).

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'child-sex-trafficking': {
    question: '¿Qué es la trata sexual de menores?',
    answer: `La trata sexual de menores ocurre cuando alguien recluta, esconde, traslada u obtiene a una persona menor de 18 años para usarla en el sexo comercial. Sexo comercial quiere decir sexo a cambio de dinero o de otra cosa de valor.

No hace falta demostrar que hubo fuerza, engaño o amenazas. Un niño, niña o adolescente no puede dar su consentimiento para esto, y nunca tiene la culpa. Los jóvenes que se han ido de su casa o que viven en hogares de crianza (foster care) corren más riesgo.

Si alguien está en peligro ahora mismo, puede llamar al 911. Para hablar o pedir ayuda, puede comunicarse con la **Línea Nacional contra la Trata de Personas**: llame al 1-888-373-7888 o envíe un mensaje de texto al 233733.

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'recognizing-signs': {
    question: '¿Cómo puedo darme cuenta si alguien podría ser víctima de trata?',
    answer: `Algunas señales a las que puede prestar atención:

- faltar a la escuela sin una razón clara
- cambios repentinos en su apariencia o en su forma de actuar
- señales de maltrato físico
- alejarse de su familia y sus amistades

Una señal por sí sola no es prueba de nada. Muchas cosas pueden causar estos cambios. Si le preocupa alguien, puede hablarlo con la Línea Nacional contra la Trata de Personas al 1-888-373-7888. Ahí le pueden ayudar a pensar qué hacer.

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'psychological-harm': {
    question: '¿Lo que me pasó puede afectarme por mucho tiempo?',
    answer: `Puede pasar. Muchas personas sobrevivientes viven con depresión, ansiedad, estrés postraumático (TEPT) o disociación, que puede sentirse como estar adormecido o lejos de uno mismo. Son reacciones comunes ante algo que nunca debió pasar. No son una señal de debilidad.

El apoyo ayuda, y sanar es posible. Puede tomar su propio tiempo, y usted decide qué tipo de ayuda le parece mejor.

Si está en crisis o piensa en hacerse daño, puede llamar o enviar un mensaje de texto al **988**, la Línea de Prevención del Suicidio y Crisis. Atiende las 24 horas, los 7 días.

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'hotline-immigration-police': {
    question: 'Si llamo a la línea de ayuda, ¿se enterarán la policía o inmigración?',
    answer: `La Línea Nacional contra la Trata de Personas está a cargo de Polaris. Es confidencial y atiende las 24 horas, los 7 días. **No** es la policía y **no** es inmigración.

Usted decide qué contar. No tiene que dar ningún detalle que no esté listo o lista para compartir. El personal habla inglés y español, y hay intérpretes en más de 200 idiomas.

- llame al 1-888-373-7888
- envíe un mensaje de texto al 233733
- TTY 711

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'police-report-compensation': {
    question: '¿Necesito un reporte policial para pedir compensación?',
    answer: `No siempre. Si usted es sobreviviente de trata, la Junta de Compensación para Víctimas de California (CalVCB) no puede negar su solicitud solo porque no hay un reporte policial.

En su lugar se pueden usar otros documentos, como una declaración de su trabajador o trabajadora de casos, sus documentos de visa o sus expedientes médicos. Ir o no a la policía es su decisión.

Puede hacerle preguntas a CalVCB sobre su solicitud: llame al 1-800-777-9229 o visite [victims.ca.gov](https://victims.ca.gov).

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'compensation-deadline': {
    question: '¿Cuánto tiempo tengo para pedir compensación o presentar una demanda?',
    answer: `Para la Junta de Compensación para Víctimas de California (CalVCB), tiene 7 años para presentar su solicitud. Si era menor de 18 años, puede presentarla hasta que cumpla 28 años.

Una demanda civil, en la que le pide a un tribunal que el tratante le pague, tiene sus propios plazos:

- **Cal. Civ. Code § 52.5:** 7 años después de que termina la trata, o 10 años después de cumplir 18 si era menor de edad.
- **18 U.S.C. § 1595:** 10 años, o 10 años después de cumplir 18.

Los plazos pueden ser complicados, así que puede ser útil hablar pronto con un abogado o una abogada. Puede encontrar ayuda legal gratuita en su condado en [LawHelpCA](https://www.lawhelpca.org).

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
  'quick-exit-history': {
    question: '¿La Salida rápida borra mi historial de navegación?',
    answer: `No. La Salida rápida le saca de este sitio enseguida. También reemplaza la página actual en el historial de esa pestaña, así que al pulsar Atrás no vuelve a aparecer. Pero las páginas que abrió antes pueden seguir en su historial de navegación.

Algunas cosas que puede hacer, si le sirven en su situación:

- Borrar solo las entradas del historial de este sitio. Borrar todo el historial también puede llamar la atención.
- Usar la navegación privada.
- Usar un dispositivo al que no tenga acceso la persona que le hace daño.

Esta es información general, no asesoría legal.`,
    translationStatus: 'draft_translation',
  },
};
