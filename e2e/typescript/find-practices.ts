// The root README's TypeScript example: published practices of Chihuahua (state 08) about participation,
// through the typescript-fetch client generated from the gateway's /openapi. Run: node find-practices.js GATEWAY
import { Configuration, SearchApi } from '../target/generated-test-sources/openapi-typescript';

async function main(gateway: string): Promise<void> {
  const search = new SearchApi(new Configuration({ basePath: gateway }));
  const page = await search.listPractices({ q: 'participativo', state: ['08'], facets: true, limit: 10 });
  for (const practice of page.items ?? []) {
    console.log(`${practice.id}  ${practice.title}`);
  }
  console.log(`By state: ${JSON.stringify(page.facets?.state)}`);
}

main(process.argv[2] ?? 'http://localhost:8080').catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
