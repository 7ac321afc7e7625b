import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Cómo limpiar sus antecedentes después de la trata',
  slug: 'limpiar-sus-antecedentes',
  summary:
    'Si usted recibió una condena por un delito que cometió a causa de la trata, la ley de California le permite pedirle a un tribunal que anule esa condena. Aquí le explicamos cómo funciona.',
  body: `## Por qué es importante

A veces, a las personas víctimas de trata las obligan a hacer cosas que van contra la ley. Después, tener antecedentes penales puede hacer más difícil conseguir trabajo, vivienda o un lugar en la escuela. La ley de California ofrece una manera de pedir un nuevo comienzo.

## Lo que dice la ley

El [Código Penal de California § 236.14](https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=236.14) permite a una persona sobreviviente pedirle al tribunal que **anule** una condena (en inglés, vacatur). Anular quiere decir que el tribunal cancela o deja sin efecto la condena.

La ley cubre condenas que:

- Fueron por delitos **no violentos**, y
- Ocurrieron como **resultado directo** de la trata

## Cuándo puede pedirlo

Puede pedirlo en cualquier momento después de que ya no sea víctima de trata. No tiene que hacerlo de inmediato. Algunas personas lo piden poco después de salir. Otras esperan hasta sentirse seguras y estables. Usted decide.

## Cómo puede ser el proceso

Cada caso es diferente, pero muchas personas siguen pasos como estos:

1. **Hable con un abogado o con una oficina de ayuda legal.** Le pueden decir qué condenas podrían calificar.
2. **Reúna lo que tenga.** Por ejemplo, documentos del tribunal sobre la condena. Un abogado le puede decir qué más puede ayudar.
3. **Presente una solicitud ante el tribunal.** Un abogado la puede preparar con usted.
4. **Espere la decisión del tribunal.** El tribunal revisa su solicitud y decide si anula la condena.

No tiene que pasar por esto sin apoyo. Puede pedirle a alguien de confianza, como una persona de apoyo o una amistad, que le acompañe en el proceso.

## Preguntas que puede tener

- **¿Y si tengo más de una condena?** Un abogado puede revisar cada una con usted.
- **¿Cuesta dinero?** Puede haber ayuda legal gratuita. Vea la lista de abajo.

## Dónde buscar ayuda

- **Ayuda legal gratuita:** busque ayuda en su condado en [LawHelpCA](https://www.lawhelpca.org).
- **Formularios y guías de los tribunales:** visite [California Courts Self-Help](https://selfhelp.courts.ca.gov) (Centro de Ayuda de las Cortes de California).
- **Women's Rights Group:** consulta legal gratuita para sobrevivientes en California, las 24 horas del día, al (844) 240-4967.
- **Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline):** llame al 1-888-373-7888 o envíe un mensaje de texto al 233733, las 24 horas del día. Es confidencial y no es la policía ni inmigración.

Esta es información general, no asesoría legal. Para recibir asesoría sobre su situación, puede hablar con un abogado.`,
  seoTitle: 'Limpiar sus antecedentes: anular condenas en California',
  seoDescription:
    'Según el Código Penal § 236.14, sobrevivientes de trata pueden pedir que se anulen condenas por delitos no violentos causados directamente por la trata.',
  translationStatus: 'draft_translation',
} satisfies SeedArticleText;
