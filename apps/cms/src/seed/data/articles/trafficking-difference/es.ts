import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Trata sexual y trata de personas: ¿cuál es la diferencia?',
  slug: 'trata-sexual-y-trata-de-personas',
  summary:
    'La trata de personas es el delito más amplio, y la trata sexual es un tipo de trata. Conozca qué significa cada término y qué muestran las cifras de California.',
  body: `## La trata de personas

La trata de personas consiste en reclutar, trasladar, esconder o recibir a personas por medio de la fuerza, el engaño o la coerción para explotarlas.

- **Fuerza** quiere decir violencia o control físico.
- **Engaño** quiere decir mentiras, como falsas promesas de trabajo o de una relación.
- **Coerción** quiere decir amenazas o presión, como amenazas contra la familia de alguien.

La trata tiene que ver con el control, no con cruzar una frontera. Le puede pasar a cualquier persona.

## La trata sexual

La trata sexual es un tipo de trata de personas. Es la trata en la que la explotación es sexo comercial, es decir, sexo a cambio de dinero o de otra cosa de valor.

## La trata laboral

La trata laboral es otro tipo de trata de personas. En ella, se obliga a las personas a trabajar. Aproximadamente una de cada cinco víctimas de trata laboral trabaja en casas particulares.

Algunas personas sufren trata sexual y laboral a la vez.

## Lo que muestran las cifras

Según el Departamento de Justicia de California, en 2018 se reportaron 1,656 casos de trata de personas en California:

- 1,226 fueron de explotación sexual
- 110 fueron de trata laboral y sexual a la vez
- En 169 no se registró el tipo de trata

Además, la trata sexual representa una parte cada vez mayor de los casos. De 2015 a 2021, el porcentaje de casos de trata que incluían trata sexual subió:

- En California, del 87% al 89%
- En todo Estados Unidos, del 85% al 88%

Los lugares que se reportaron con más frecuencia fueron la pornografía, los salones de masaje y los hoteles.

Estas cifras solo cuentan los casos que se reportaron. Detrás de cada número hay una persona.

## Por qué importan las palabras

Las palabras pueden ayudarle a entender lo que pasó y a encontrar el tipo de ayuda adecuado. Pero no necesita saber cómo se llama exactamente lo que vivió para pedir ayuda. En cualquier caso, usted merece apoyo, y lo que pasó no fue su culpa.

## Dónde buscar ayuda

La **Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline)** es confidencial y atiende las 24 horas del día. No es la policía ni inmigración.

- Llame al 1-888-373-7888
- Envíe un mensaje de texto al 233733
- TTY: 711
- Escriba a help@humantraffickinghotline.org
- Visite [humantraffickinghotline.org](https://humantraffickinghotline.org)

Atienden en inglés y en español, y en más de 200 idiomas con intérpretes.

Si está en peligro ahora mismo, llame al 911.

Esta es información general, no asesoría legal. Para recibir asesoría sobre su situación, puede hablar con un abogado.`,
  seoTitle: 'Trata sexual y trata de personas: la diferencia',
  seoDescription:
    'Qué significan la trata de personas y la trata sexual, en qué se diferencian de la trata laboral y qué muestran los datos de California. Ayuda 24/7.',
  translationStatus: 'draft_translation',
} satisfies SeedArticleText;
