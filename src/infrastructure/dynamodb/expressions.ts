/**
 * SET expressions with every attribute behind a #name placeholder: many of
 * ours (name, role, status, position…) are DynamoDB reserved words.
 */
export interface Expression {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

export function setAttributes(values: Record<string, unknown>, extra?: { names?: Record<string, string>; values?: Record<string, unknown> }): Expression {
  const entries = Object.entries(values).filter(([, value]) => value !== undefined);
  return {
    UpdateExpression: `SET ${entries.map(([name]) => `#set_${name} = :set_${name}`).join(', ')}`,
    ExpressionAttributeNames: { ...Object.fromEntries(entries.map(([name]) => [`#set_${name}`, name])), ...extra?.names },
    ExpressionAttributeValues: { ...Object.fromEntries(entries.map(([name, value]) => [`:set_${name}`, value])), ...extra?.values },
  };
}
