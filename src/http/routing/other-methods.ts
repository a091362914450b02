import { Router } from 'express';
import { MethodNotAllowedError } from '../../core/errors';

/**
 * The methods each known path takes, and a router that answers any other
 * method there with 405 and Allow: mounted after every group's routes.
 */
export class OtherMethods {
  readonly router = Router();
  private readonly methodsByPath = new Map<string, Set<string>>();

  /** The paths routes were added for, as Express writes them. */
  get paths(): string[] {
    return [...this.methodsByPath.keys()];
  }

  add(expressPath: string, method: string): void {
    let methods = this.methodsByPath.get(expressPath);
    if (!methods) {
      const known = (methods = new Set<string>());
      this.methodsByPath.set(expressPath, known);
      this.router.all(expressPath, (req) => {
        throw new MethodNotAllowedError(req.method, [...known, ...(known.has('GET') ? ['HEAD'] : [])]);
      });
    }
    methods.add(method.toUpperCase());
  }
}
