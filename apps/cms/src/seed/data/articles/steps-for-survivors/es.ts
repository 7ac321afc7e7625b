import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Pasos para sobrevivientes y para sus seres queridos',
  slug: 'pasos-para-sobrevivientes',
  summary:
    'No hay una sola manera correcta de seguir adelante. Estos pasos pueden ayudar a sobrevivientes a encontrar apoyo y opciones legales, y a sus seres queridos a apoyar sin presionar.',
  body: `## Para sobrevivientes

Usted decide lo que pasa después, y puede ir a su propio ritmo. Estos pasos son opciones, no una lista obligatoria.

### 1. Busque ayuda

- **Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline):** llame al 1-888-373-7888 o envíe un mensaje de texto al 233733, las 24 horas del día. Es confidencial y no es la policía ni inmigración.
- **En el condado de Los Ángeles:** la Coalition to Abolish Slavery and Trafficking (CAST) atiende las 24 horas del día al 1-888-539-2373.
- **Si está en crisis o piensa en el suicidio:** llame o envíe un mensaje de texto al 988.
- **Si está en peligro ahora mismo:** llame al 911.

### 2. Use los servicios de apoyo

El apoyo puede incluir atención médica y dental, terapia y ayuda para encontrar un lugar más seguro donde vivir. La Junta de Compensación a Víctimas de California (CalVCB) podría ayudar a pagar gastos como estos. Puede llamar a CalVCB al 1-800-777-9229 o visitar [victims.ca.gov](https://victims.ca.gov).

### 3. Conozca sus opciones legales

Es posible que tenga derechos que no conocía. Por ejemplo, tal vez pueda:

- Recibir compensación por sus pérdidas
- Demandar al tratante, o a un negocio que se benefició a sabiendas, según el Código Civil de California § 52.5 o la ley federal (18 U.S.C. § 1595)
- Pedirle a un tribunal que anule condenas que fueron resultado directo de la trata, según el Código Penal de California § 236.14

Women's Rights Group ofrece a sobrevivientes una consulta legal gratuita, las 24 horas del día, al (844) 240-4967. También puede buscar ayuda legal gratuita en su condado en [LawHelpCA](https://www.lawhelpca.org).

### 4. Decida sobre la policía

Colaborar con la policía es su decisión. La línea nacional no es la policía ni inmigración. Una solicitud ante CalVCB no se puede negar solo porque no hay un informe policial.

## Para familiares y amistades

Si le importa alguien que podría estar en una situación de trata, su apoyo puede hacer una gran diferencia.

### Conozca las señales

Algunas señales a las que conviene prestar atención:

- Faltar a la escuela sin una razón clara
- Cambios repentinos en su apariencia o su forma de actuar
- Señales de maltrato físico
- Alejarse de la familia y de las amistades

Estas señales no siempre significan trata, pero son un motivo para preguntar con cuidado cómo está.

### Apoye sin presionar

- Escuche sin juzgar ni culpar.
- Hágale saber que le cree y que le importa.
- Deje que tome sus propias decisiones, aunque sea difícil verlo.
- Tenga paciencia. Salir de una situación así puede tomar tiempo.

### Ayúdele a encontrar servicios

Puede compartir el número de la línea nacional, o llamar usted si le preocupa alguien. Si alguien está en peligro ahora mismo, llame al 911.

## Cuídese también

Acompañar a alguien en esto es difícil. Está bien pedir apoyo para usted también.

Esta es información general, no asesoría legal. Para recibir asesoría sobre su situación, puede hablar con un abogado.`,
  seoTitle: 'Pasos para sobrevivientes de trata y sus seres queridos',
  seoDescription:
    'Pasos que sobrevivientes de trata en California pueden dar para buscar ayuda y opciones legales, y cómo familiares y amistades pueden apoyar sin presionar.',
  translationStatus: 'draft_translation',
} satisfies SeedArticleText;
