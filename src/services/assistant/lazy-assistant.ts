import type { Principal } from '../../core/access';
import type { AssistantService } from './assistant.service';

/** What the routes and MCP ask of the assistant. */
export type Assistant = Pick<AssistantService, 'ask'>;

/**
 * The assistant, built by its first question. A build that fails is not
 * kept, so the next question tries again.
 */
export class LazyAssistant implements Assistant {
  private service?: Promise<Assistant>;

  constructor(private readonly build: () => Promise<Assistant>) {}

  async ask(principal: Principal, question: string): ReturnType<Assistant['ask']> {
    this.service ??= this.build().catch((error: unknown) => {
      this.service = undefined;
      throw error;
    });
    return (await this.service).ask(principal, question);
  }
}
