import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Cómo protegerse en internet',
  slug: 'seguridad-en-internet',
  summary:
    'Maneras sencillas de reducir la posibilidad de que alguien sepa que usted visitó este sitio, y lo que la Salida rápida puede y no puede hacer.',
  body: `## Su seguridad es lo primero

Si alguien revisa su teléfono o su computadora, buscar ayuda en internet puede dar miedo. Usted conoce su situación mejor que nadie. Los consejos de abajo pueden reducir el riesgo, pero ninguno es perfecto. Elija los que se adapten a su vida.

## Lo que hace la Salida rápida

Cada página de este sitio tiene un botón de **Salida rápida**.

- Tóquelo o haga clic en él para salir de este sitio de inmediato e ir a un sitio web neutral.
- Si usa un teclado, también puede presionar la tecla Shift (Mayús) tres veces seguidas. La página se oculta al instante y se abre un sitio web neutral.
- El atajo de la tecla Shift también reemplaza, en el historial del navegador, la página en la que estaba por el sitio neutral.
- El botón de Salida rápida funciona aunque JavaScript esté desactivado.

## Lo que la Salida rápida no hace

- No borra su historial de navegación. Otras páginas de este sitio que abrió antes pueden seguir apareciendo en su historial.
- Si presiona el botón Atrás, es posible que vuelvan a aparecer páginas de este sitio que visitó antes.
- No puede ocultar su visita a alguien que instaló un programa de vigilancia en su dispositivo o que puede ver su actividad en internet.

## Use la navegación privada

Cuando usted cierra una ventana privada (en algunos navegadores se llama Incógnito o InPrivate), las páginas que visitó en ella no quedan guardadas en el historial.

- Abra una ventana privada antes de entrar a este sitio.
- Cierre todas las ventanas privadas cuando termine.
- La navegación privada no oculta lo que hace a un programa de vigilancia, a la red de un trabajo o escuela, ni a su proveedor de internet.

## Borre solo algunas entradas, no todo el historial

Si su historial de repente aparece vacío, la persona que lo revisa podría notarlo. En lugar de borrarlo todo, puede quitar solo las páginas de este sitio:

1. Abra el historial de su navegador.
2. Busque las páginas de este sitio.
3. Borre solo esas entradas.

Las llamadas y los mensajes de texto también pueden quedar en su teléfono. Después de comunicarse con una línea de ayuda, algunas personas deciden borrar esa llamada o ese mensaje de las listas del teléfono.

## Use un dispositivo que el agresor no pueda alcanzar

Lo más seguro es usar un teléfono o una computadora que la persona que le hace daño no pueda usar ni revisar. Por ejemplo, algunas personas usan una computadora de una biblioteca pública o el teléfono de una amistad de confianza. Si cree que su propio dispositivo está vigilado, puede buscar ayuda desde otro.

## Dónde buscar ayuda

- **Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline):** llame al 1-888-373-7888 o envíe un mensaje de texto al 233733, las 24 horas del día. Es confidencial y no es la policía ni inmigración.
- **Línea Nacional contra la Violencia Doméstica (National Domestic Violence Hotline):** llame al 1-800-799-7233 (TTY 1-800-787-3224), las 24 horas del día, o visite [thehotline.org](https://www.thehotline.org).
- **Si está en peligro ahora mismo:** llame al 911.

Esta es información general, no asesoría legal. Para recibir asesoría sobre su situación, puede hablar con un abogado.`,
  seoTitle: 'Seguridad en internet: Salida rápida e historial',
  seoDescription:
    'Qué hace y qué no hace la Salida rápida, cómo ayuda la navegación privada y cómo borrar solo algunas entradas del historial o usar un dispositivo seguro.',
  translationStatus: 'draft_translation',
} satisfies SeedArticleText;
