import type { Schema, Struct } from '@strapi/strapi';

export interface SharedSource extends Struct.ComponentSchema {
  collectionName: 'components_shared_sources';
  info: {
    description: 'A statute or program page an article relies on';
    displayName: 'Source';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'shared.source': SharedSource;
    }
  }
}
