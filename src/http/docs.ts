import { Router, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import swaggerUi, { type JsonObject } from 'swagger-ui-express';
import { DOCS_HELMET_OPTIONS } from './security-headers';
import { SWAGGER_UI_ASSETS, swaggerUiAssetsFolder } from './swagger-ui-assets';

/**
 * /docs: Swagger UI's page, its init script and the listed assets, each
 * under its own exact path; anything else under /docs falls through to the
 * app's 404. They get helmet's document policy (the page loads scripts and
 * styles) less one directive (DOCS_HELMET_OPTIONS), which the API's defaults
 * then leave as it is.
 */
export function docsRouter(openApiDocument: () => JsonObject): Router {
  const router = Router();
  const document = helmet(DOCS_HELMET_OPTIONS);
  const folder = swaggerUiAssetsFolder();
  // swagger-ui-express's serve is [its init script, express.static of swagger-ui-dist's __dirname]; only the first is wanted.
  // Read on the first request, so the Lambda bundle loads the package only then (build-lambda.ts).
  const initScript = () => (swaggerUi.serve as [RequestHandler, ...RequestHandler[]])[0];
  let page: RequestHandler | undefined;
  // Built on first use: the document is complete only once every route is registered. setup() also writes the init script.
  const built = () => (page ??= swaggerUi.setup(openApiDocument(), { customSiteTitle: 'workforce-api docs' }));

  router.get('/', document, (req: Request, res: Response, next) => {
    // The page's asset links are relative, so they need the trailing slash; relative, so an API Gateway stage prefix stays.
    if (!req.originalUrl.split('?')[0]!.endsWith('/')) return res.redirect(301, `${req.baseUrl.split('/').pop()}/`);
    built()(req, res, next);
  });
  router.get('/swagger-ui-init.js', document, (req, res, next) => {
    built();
    initScript()(req, res, next);
  });
  for (const name of SWAGGER_UI_ASSETS) {
    router.get(`/${name}`, document, (_req, res, next) =>
      res.sendFile(name, { root: folder }, (error) => {
        if (error) next(error);
      }),
    );
  }
  return router;
}
