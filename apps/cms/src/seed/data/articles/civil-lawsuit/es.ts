import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Cómo demandar a un tratante en un tribunal civil',
  slug: 'demandar-al-tratante',
  summary:
    'Las leyes de California y las federales permiten a sobrevivientes demandar por dinero a las personas y negocios responsables de su trata. Aquí verá lo que ofrece cada ley y cuánto tiempo tiene.',
  body: `## Qué es una demanda civil

Una demanda civil es un caso que usted presenta para pedirle a un tribunal que ordene a las personas que le hicieron daño que le paguen. Es aparte de cualquier caso penal. Usted decide si quiere demandar, y un abogado le puede ayudar a tomar esa decisión.

Por lo general, un caso civil tiene que mostrar:

- Que el tratante usó fuerza, engaño o coerción (amenazas o presión)
- Una relación directa entre lo que hizo y el daño que usted sufrió

Es posible que pueda demandar a los tratantes, a los negocios que se beneficiaron a sabiendas y a otras personas que participaron.

## La ley de California: Código Civil § 52.5

Si usted es víctima de trata según la definición del Código Penal de California § 236.1, puede demandar bajo el [Código Civil § 52.5](https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=52.5). Puede pedirle al tribunal:

- **Daños reales y compensatorios:** dinero por las pérdidas y el daño que sufrió
- **Daños punitivos:** dinero adicional para castigar a quien hizo el daño
- **Una orden judicial (medida cautelar):** una orden que obliga a alguien a hacer algo o a dejar de hacerlo
- **Honorarios de abogado:** el costo de su abogado

El tribunal puede otorgar hasta el triple de sus daños reales o $10,000, lo que sea mayor.

**Plazo:** 7 años después de que termina la trata. Si usted era menor de edad, tiene hasta 10 años después de cumplir 18.

## La ley federal: 18 U.S.C. § 1595

Bajo el [18 U.S.C. § 1595](https://www.law.cornell.edu/uscode/text/18/1595), usted puede demandar a:

- La persona que le sometió a la trata
- Cualquier persona o negocio que se benefició a sabiendas de la trata, como un negocio que ganó dinero con ella

Puede pedir una indemnización por daños y el pago de los honorarios de abogado. Si hay un caso penal relacionado, el caso civil queda en pausa hasta que termine el caso penal.

**Plazo:** 10 años. Si usted era menor de edad, tiene hasta 10 años después de cumplir 18.

## Cosas que conviene pensar

- **Tiempo:** una demanda puede tardar mucho. Puede preguntarle a un abogado qué esperar.
- **Plazos:** hablar pronto con un abogado ayuda a mantener abiertas todas sus opciones.
- **Las dos leyes:** según su situación, un abogado puede usar la ley estatal, la federal o las dos.
- **Otra ayuda:** una demanda no es la única manera de recibir dinero. La Junta de Compensación a Víctimas de California (CalVCB) puede ayudar a pagar gastos como terapia e ingresos perdidos. Nuestro artículo sobre compensación explica más.

## Dónde buscar ayuda

- **Women's Rights Group:** consulta legal gratuita para sobrevivientes en California, las 24 horas del día, al (844) 240-4967.
- **Ayuda legal gratuita:** busque ayuda en su condado en [LawHelpCA](https://www.lawhelpca.org).
- **Coalition to Abolish Slavery and Trafficking (CAST):** condado de Los Ángeles, las 24 horas del día, al 1-888-539-2373.
- **Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline):** llame al 1-888-373-7888 o envíe un mensaje de texto al 233733, las 24 horas del día. Es confidencial y no es la policía ni inmigración.

Esta es información general, no asesoría legal. Para recibir asesoría sobre su situación, puede hablar con un abogado.`,
  seoTitle: 'Cómo demandar a un tratante en California',
  seoDescription:
    'Cómo demandar a tratantes y a negocios que se beneficiaron según el Código Civil § 52.5 y el 18 U.S.C. § 1595: qué puede pedir y cuáles son los plazos.',
  translationStatus: 'draft_translation',
} satisfies SeedArticleText;
