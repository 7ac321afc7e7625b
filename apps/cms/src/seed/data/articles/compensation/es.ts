import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Cómo obtener compensación como sobreviviente en California',
  slug: 'obtener-compensacion',
  summary:
    'Si usted sobrevivió a la trata sexual en California, es posible que pueda recibir dinero para ayudarle a recuperarse. Esta guía explica el programa estatal de compensación, la restitución y las demandas civiles.',
  body: `## Usted tiene opciones

Lo que le pasó no fue su culpa. Muchas personas sobrevivientes tienen gastos por lo que vivieron, como cuentas médicas, terapia o trabajo perdido. En California hay tres maneras principales de pedir dinero para cubrir esos gastos:

- Una solicitud ante la Junta de Compensación a Víctimas de California (CalVCB)
- La restitución en un caso penal
- Una demanda civil contra las personas que le hicieron daño

Puede usar más de una. También puede tomarse su tiempo y elegir lo que le parezca mejor.

## Qué puede cubrir la compensación

Según el camino que elija, la compensación puede ayudar a pagar:

- Atención médica y dental
- Terapia y consejería
- Los ingresos que perdió
- Capacitación laboral o estudios
- Mudarse a un lugar más seguro y gastos de vivienda

## El programa estatal: CalVCB

CalVCB paga los gastos que ninguna otra fuente, como un seguro, va a cubrir. Por eso se dice que es el "pagador de último recurso". Puede pagar atención médica y dental, tratamiento de salud mental, ingresos perdidos, capacitación laboral, mudanza, seguridad para el hogar y más. No paga por dolor y sufrimiento.

Algunos puntos para sobrevivientes de trata:

- **Ingresos perdidos:** hasta $10,000 al año, por un máximo de dos años, para solicitudes hechas a partir del 1 de enero de 2020. Estos límites son correctos a noviembre de 2026; confírmelos con el programa.
- **Plazo para solicitar:** en general, tiene 7 años para presentar su solicitud. Si era menor de 18 años, puede solicitar hasta que cumpla 28 años. CalVCB le puede explicar cómo se aplica esto a su caso.
- **No se necesita un informe policial:** no pueden negarle la solicitud solo porque no hay un informe de la policía. Se puede usar, en su lugar, una declaración de su administrador de casos, documentos de visa o registros médicos.

Puede comunicarse con CalVCB al 1-800-777-9229, por correo electrónico a info@victims.ca.gov o en [victims.ca.gov](https://victims.ca.gov).

## La restitución en un caso penal

Si un tribunal penal declara culpable a la persona que le sometió a la trata, el juez puede ordenarle que le pague a usted por sus pérdidas. Esto se llama restitución. Si hay un caso penal, puede preguntar a las personas que lo llevan cómo funciona la restitución.

## Una demanda civil

También puede demandar en un tribunal civil. Un caso civil es aparte de cualquier caso penal. Por lo general, tiene que mostrar:

- Que el tratante usó fuerza, engaño o coerción (amenazas o presión)
- Una relación directa entre lo que hizo el tratante y el daño que usted sufrió

Es posible que pueda demandar a:

- Los tratantes
- Los negocios que se beneficiaron a sabiendas de la trata
- Otras personas que participaron

Las demandas tienen plazos. Nuestro artículo sobre cómo demandar a un tratante explica las leyes y los plazos.

## Dónde buscar ayuda

- **Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline):** llame al 1-888-373-7888 o envíe un mensaje de texto al 233733, las 24 horas del día. Es confidencial y no es la policía ni inmigración.
- **Ayuda legal gratuita:** busque ayuda legal en su condado en [LawHelpCA](https://www.lawhelpca.org). Women's Rights Group ofrece a sobrevivientes una consulta legal gratuita al (844) 240-4967.
- **Si está en peligro ahora mismo:** llame al 911.

Esta es información general, no asesoría legal. Para recibir asesoría sobre su situación, puede hablar con un abogado.`,
  seoTitle: 'Compensación para sobrevivientes de trata en California',
  seoDescription:
    'Qué puede cubrir la compensación para sobrevivientes de trata sexual en California: CalVCB, restitución, demandas civiles y ayuda legal gratuita.',
  translationStatus: 'draft_translation',
} satisfies SeedArticleText;
