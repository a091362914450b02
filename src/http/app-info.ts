/** What the service says of itself in /status and the OpenAPI document. */
export interface AppInfo {
  service: string;
  version: string;
  environment: string;
}
