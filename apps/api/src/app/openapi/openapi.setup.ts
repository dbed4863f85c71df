// OpenAPI 3, generated from the controllers and the shared contract classes. The contract
// classes' property types, limits and doc comments come from the @nestjs/swagger plugin's
// metadata, generated ahead of time (npm run openapi:metadata) so that the webpack bundle and the
// SWC-compiled tests load the very same metadata and serve the same document.
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { openApiPluginMetadata } from './openapi-plugin.metadata';

export async function setUpOpenApi(app: INestApplication): Promise<void> {
  await SwaggerModule.loadPluginMetadata(openApiPluginMetadata);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Amparo API')
      .setDescription('Case management for legal-aid teams defending people facing removal.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    raw: ['json', 'yaml'],
  });
}
